// Issue 10, "types come from schemas": the rule-set header fields of KPB's `RuleSet` and PKH's
// `PkhGraduationRuleSet` are derived from their schemas' output (`RuleSetHeaderOf`, over the fields of
// `ruleSetHeaderShape()`), not written beside the schemas. These are the types users had (the
// hand-written interfaces, copied here as they were) and must keep: the derived ones equal them.
import { describe, expectTypeOf, it } from 'vitest';
import type { CalendarDate } from '../../src/core/index.js';
import type { GroupRules, MemberRules, RuleSet } from '../../src/kpb/index.js';
import type { PkhGraduationRules, PkhGraduationRuleSet } from '../../src/pkh/index.js';

interface HeaderBefore {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly unconfirmed: readonly string[];
  readonly validFrom: CalendarDate;
  readonly validTo: CalendarDate | null;
}

interface RuleSetBefore extends HeaderBefore {
  readonly member: MemberRules;
  readonly group: GroupRules;
}

interface PkhGraduationRuleSetBefore extends HeaderBefore {
  readonly rules: PkhGraduationRules;
}

describe('rule-set types from their schemas (issue 10)', () => {
  it('KPB RuleSet is what it was', () => {
    expectTypeOf<RuleSet>().toEqualTypeOf<RuleSetBefore>();
  });

  it('PkhGraduationRuleSet is what it was', () => {
    expectTypeOf<PkhGraduationRuleSet>().toEqualTypeOf<PkhGraduationRuleSetBefore>();
  });

  it('a header field is read-only, as it was', () => {
    // @ts-expect-error the derived header stays read-only
    const write = (r: RuleSet) => (r.id = 'x');
    // @ts-expect-error and its list of unconfirmed paths a read-only array
    const push = (r: PkhGraduationRuleSet) => r.unconfirmed.push('x');
    expectTypeOf(write).toBeFunction();
    expectTypeOf(push).toBeFunction();
  });
});
