import * as z from 'zod';
import * as zm from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, RateSchema, RupiahSchema } from '../../src/index.js';
import { MemberSchema } from '../../src/kpb/index.js';
import { PkhFamilySchema, PkhPersonSchema } from '../../src/pkh/index.js';
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
});
