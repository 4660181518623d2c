import * as z from 'zod';
import * as zm from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, RateSchema, RupiahSchema } from '../../src/index.js';
import { MemberSchema } from '../../src/kpb/index.js';
import { PovertyRecordSchema } from '../../src/poverty/index.js';
import { LoanSchema } from '../../src/revolving-fund/index.js';

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
    const Member = MemberSchema.extend({ catatan: z.string().optional() });
    expect(Member.safeParse({ nik: '3304124505850001', catatan: 'x' }).success).toBe(true);
    const Mini = zm.object({ household: PovertyRecordSchema });
    expect(zm.safeParse(Mini, { household: { expenditurePerCapita: 1, size: 1 } }).success).toBe(
      true,
    );
    expect(zm.safeParse(Mini, { household: { expenditurePerCapita: 'x', size: 1 } }).success).toBe(
      false,
    );
  });
});
