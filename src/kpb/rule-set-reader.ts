import {
  array,
  bool,
  calendarDate,
  int,
  nullable,
  num,
  strictObject,
  str,
} from '../_internal/zod-like-reader.js';

// `RuleSetSchema` read without zod, for the rule-set engine of this domain (issue 11: a rule set
// written by the caller is validated on verifyGroup's own path, and the schema brought zod into its
// bundle). The same fields and bounds as the schema (rule-set.ts, and the header of
// _internal/rule-set-engine.ts), which stays public and is the reference:
// tests/kpb/rule-set-reader.test.ts proves the reader equal to `RuleSetSchema` on arbitrary input.

/** At most two decimals (a multiple of 0.01): `minWomenPercent`, in the schema and the reader. */
export const hasHundredths = (v: number): boolean => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;

const age = nullable(int(0, 150));
const count = nullable(int(0, 100_000));

/** `RuleSetSchema`'s rules, read (rule-set.ts wraps them for the rule-set engine). */
export const readRuleSet = strictObject({
  id: str(1, 200),
  title: str(0, 500),
  source: str(1, 4000),
  unconfirmed: array(str(0, 200), 100),
  validFrom: calendarDate,
  validTo: nullable(calendarDate),
  member: strictObject({
    minAge: age,
    maxAge: age,
    requireRegistry: bool,
    maxDesil: nullable(int(1, 10)),
    checkDeclaredIdentity: bool,
    requireValidNik: bool,
    requireValidKk: bool,
    exclusiveMembership: bool,
    notFundedBefore: bool,
  }),
  group: strictObject({
    minSize: count,
    maxSize: count,
    onePerHousehold: bool,
    sameVillage: bool,
    minWomenPercent: nullable(num(0, 100, hasHundredths, 'not_multiple_of', { divisor: 0.01 })),
    minSavingsMonths: nullable(int(0, 1200)),
    maxLeaders: count,
    requireJointLiability: bool,
  }),
});
