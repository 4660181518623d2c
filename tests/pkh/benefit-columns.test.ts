import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  PKH_COMPONENTS,
  type PkhComponent,
  pkhBenefit,
  pkhBenefitColumns,
} from '../../src/pkh/index.js';

describe('pkhBenefitColumns (the fast path)', () => {
  it('worked example: SD child; two elderly of whom one counts', () => {
    const r = pkhBenefitColumns({ counts: { sd: [1, 0], lansia: [0, 2] } }, { year: 2022 });
    expect(Array.from(r.totals)).toEqual([900_000, 2_400_000]);
    expect(Array.from(r.stages)).toEqual([
      225_000, 225_000, 225_000, 225_000, 600_000, 600_000, 600_000, 600_000,
    ]);
    expect(Array.from(r.counted)).toEqual([1, 1]);
    expect(Array.from(r.excluded)).toEqual([0, 1]);
  });

  it('2019: the fixed amount lands in tahap 1, AKSES families get 1,000,000', () => {
    const r = pkhBenefitColumns(
      { counts: { sd: new Uint8Array([1, 1]) }, akses: [0, 1] },
      { year: 2019 },
    );
    expect(Array.from(r.totals)).toEqual([1_450_000, 1_900_000]);
    expect(Array.from(r.stages.subarray(4, 8))).toEqual([1_225_000, 225_000, 225_000, 225_000]);
  });

  it('gives exactly the totals and stages of pkhBenefit (property)', () => {
    const family = fc.record({
      akses: fc.boolean(),
      persons: fc.array(fc.record({ component: fc.constantFrom(...PKH_COMPONENTS) }), {
        maxLength: 10,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(family, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 2019, max: 2027 }),
        fc.boolean(),
        (families, year, limits) => {
          const counts = Object.fromEntries(
            PKH_COMPONENTS.map((c) => [
              c,
              families.map((f) => f.persons.filter((p) => p.component === c).length),
            ]),
          ) as Record<PkhComponent, number[]>;
          const r = pkhBenefitColumns(
            { counts, akses: families.map((f) => f.akses) },
            { year, componentLimits: limits },
          );
          families.forEach((f, i) => {
            const slow = pkhBenefit(f, { year, componentLimits: limits });
            expect(r.totals[i]).toBe(slow.total);
            expect(r.componentTotals[i]).toBe(slow.componentTotal);
            expect(Array.from(r.stages.subarray(i * 4, i * 4 + 4))).toEqual(slow.stages);
            expect(r.counted[i]).toBe(slow.counted.length);
            expect(r.excluded[i]).toBe(slow.excluded.length);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a family with a bad count by index and computes the others', () => {
    const r = pkhBenefitColumns(
      { counts: { sd: [1, -1, 2.5, Number.NaN, 101, 3] } },
      { year: 2022 },
    );
    expect(r.counts).toEqual({ total: 6, valid: 2, rejected: 4 });
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [1, 'too_small'],
      [2, 'not_integer'],
      [3, 'invalid_type'],
      [4, 'too_big'],
    ]);
    expect(Array.from(r.ok)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(r.totals[5]).toBe(2_700_000);
  });

  it('rejects columns of different lengths or an unknown component', () => {
    expect(() => pkhBenefitColumns({ counts: { sd: [1], smp: [1, 2] } }, { year: 2022 })).toThrow(
      ValidationError,
    );
    expect(() => pkhBenefitColumns({ counts: { kuliah: [1] } as never }, { year: 2022 })).toThrow(
      ValidationError,
    );
  });
});
