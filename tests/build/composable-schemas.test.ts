import * as z from 'zod';
import * as zm from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, RateSchema, RupiahSchema } from '../../src/index.js';
import { GroupSchema, kpbRuleSets, MemberSchema, RuleSetSchema } from '../../src/kpb/index.js';
import {
  P2k2GroupSchema,
  PKH_GRADUATION_RULE_SETS,
  PkhCommitmentRecordSchema,
  PkhFamilyCommitmentSchema,
  PkhFamilySchema,
  PkhGraduationInputSchema,
  PkhGraduationRuleSetSchema,
  PkhPersonSchema,
} from '../../src/pkh/index.js';
import { PovertyRecordSchema } from '../../src/poverty/index.js';
import { LoanSchema } from '../../src/revolving-fund/index.js';
import { InstrumentDefinitionSchema } from '../../src/tridaya/index.js';

// The public schemas are values users put inside their own schemas, with classic zod or zod/mini.
describe("public schemas compose in a user's own zod objects", () => {
  const Household = z.object({
    household: PovertyRecordSchema,
    surveyedOn: CalendarDateSchema,
    transfer: RupiahSchema,
  });

  it("parses through a classic z.object and keeps the library's rules", () => {
    const ok = Household.safeParse({
      household: { expenditurePerCapita: 550_000, size: 4, weight: 1 },
      surveyedOn: '2024-03-31',
      transfer: 300_000,
    });
    expect(ok.success).toBe(true);
    const bad = Household.safeParse({
      household: { expenditurePerCapita: -1, size: 4 },
      surveyedOn: '2023-02-29',
      transfer: 1.5,
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['household.expenditurePerCapita', 'surveyedOn', 'transfer']),
    );
  });

  it('composes with classic methods (array, optional, extend) and in zod/mini', () => {
    const Batch = z.array(z.object({ loan: LoanSchema, rate: RateSchema.optional() })).max(10);
    expect(Batch.safeParse([]).success).toBe(true);
    const Member = z.object({ ...MemberSchema.shape, catatan: z.string().optional() });
    expect(Member.safeParse({ nik: '3304124505850001', catatan: 'x' }).success).toBe(true);
    const Mini = zm.object({ household: PovertyRecordSchema });
    expect(zm.safeParse(Mini, { household: { expenditurePerCapita: 1, size: 1 } }).success).toBe(
      true,
    );
    expect(zm.safeParse(Mini, { household: { expenditurePerCapita: 'x', size: 1 } }).success).toBe(
      false,
    );
  });

  // Classic zod objects over fields the library checks with zod/mini internally (Tridaya), and zod/mini
  // schemas (PKH) that compose in classic objects all the same.
  it('Tridaya instrument definitions: classic object, extend, and the refinement still runs', () => {
    const Survey = z.object({ instrument: InstrumentDefinitionSchema, kecamatan: z.string() });
    const instrument = { id: 'x', scale: { min: 1, max: 5 }, items: [{ id: 'a', daya: 'sosial' }] };
    expect(Survey.safeParse({ instrument, kecamatan: 'Cilacap' }).success).toBe(true);
    const bad = Survey.safeParse({
      instrument: { ...instrument, scale: { min: 5, max: 1 } },
      kecamatan: 'Cilacap',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['instrument.scale']);
    const Extended = InstrumentDefinitionSchema.extend({ year: z.int() });
    expect(Extended.safeParse({ ...instrument, year: 2024 }).success).toBe(true);
    expect(InstrumentDefinitionSchema.optional().safeParse(undefined).success).toBe(true);
  });

  it('PKH families and persons (zod/mini): classic object, shape spread, and a wrong component at its path', () => {
    const Row = z.object({ family: PkhFamilySchema, desa: z.string() });
    const family = { persons: [{ component: 'sd' }] };
    expect(Row.safeParse({ family, desa: 'Kebumen' }).success).toBe(true);
    const bad = Row.safeParse({ family: { persons: [{ component: 'x' }] }, desa: 'Kebumen' });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['family.persons.0.component']);
    const Person = z.object({ ...PkhPersonSchema.shape, umur: z.int().min(0) });
    expect(Person.safeParse({ component: 'lansia', umur: 70 }).success).toBe(true);
    expect(z.array(PkhPersonSchema).max(2).safeParse([{}, {}, {}]).success).toBe(false);
  });

  // Every PKH and KPB public schema is zod/mini (so the subpaths carry no classic zod): each one, put
  // in a user's classic z.object, accepts a valid value and reports a bad one at its full path with
  // the library's own rule (calendar dates, integer ranges, enums, strict keys).
  const cases = [
    [
      'PkhCommitmentRecordSchema',
      PkhCommitmentRecordSchema,
      { component: 'sd', attended: 51, expected: 60 },
      { component: 'sd', attended: 1.5, expected: 60 },
      'x.attended',
    ],
    [
      'PkhFamilyCommitmentSchema',
      PkhFamilyCommitmentSchema,
      { persons: [], p2k2: { attended: 1, expected: 1 } },
      { persons: [], p2k2: { attended: 1, expected: 1001 } },
      'x.p2k2.expected',
    ],
    [
      'PkhGraduationInputSchema',
      PkhGraduationInputSchema,
      { components: 0, desil: null },
      { components: 0, desil: 11 },
      'x.desil',
    ],
    [
      'PkhGraduationRuleSetSchema',
      PkhGraduationRuleSetSchema,
      PKH_GRADUATION_RULE_SETS['pkh-default'],
      { ...PKH_GRADUATION_RULE_SETS['pkh-default'], validFrom: '2023-02-29' },
      'x.validFrom',
    ],
    [
      'P2k2GroupSchema',
      P2k2GroupSchema,
      { families: ['A'], sessions: [{ date: '2024-02-29', attendees: ['A'] }] },
      { families: ['A'], sessions: [{ date: '2023-02-29', attendees: [] }] },
      'x.sessions.0.date',
    ],
    [
      'MemberSchema',
      MemberSchema,
      { nik: '3304124505850001', sex: 'female' },
      { nik: '3304124505850001', sex: 'f' },
      'x.sex',
    ],
    [
      'GroupSchema',
      GroupSchema,
      { id: 'G', members: [{ nik: '1' }], savingsMonths: 3 },
      { id: 'G', members: [{ nik: '1' }], savingsMonths: 2.5 },
      'x.savingsMonths',
    ],
    [
      'RuleSetSchema',
      RuleSetSchema,
      kpbRuleSets['kube-2020'],
      { ...kpbRuleSets['kube-2020'], extra: 1 },
      'x',
    ],
  ] as const;

  it.each(cases)('%s composes in a classic z.object', (_name, schema, good, bad, path) => {
    const Outer = z.object({ x: schema, note: z.string().optional() });
    expect(Outer.safeParse({ x: good }).success).toBe(true);
    const failed = Outer.safeParse({ x: bad });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
    // And in classic wrappers: optional, array with a bound.
    expect(schema.safeParse(bad).success).toBe(false);
    expect(z.array(schema).max(1).safeParse([good, good]).success).toBe(false);
    expect(z.optional(schema).safeParse(undefined).success).toBe(true);
  });

  it('a classic object spread from a zod/mini shape keeps the rules and adds fields', () => {
    const Row = z.object({ ...PkhFamilySchema.shape, desa: z.string().min(1) });
    expect(Row.safeParse({ persons: [{ component: 'lansia' }], desa: 'Kebumen' }).success).toBe(
      true,
    );
    const bad = Row.safeParse({ persons: [{ component: 'lansia' }], desa: '', akses: 'ya' });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['akses', 'desa']);
  });
});
