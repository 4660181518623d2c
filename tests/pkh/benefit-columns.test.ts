import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, defineDatedTable, ValidationError } from '../../src/core/index.js';
import {
  PKH_COMPONENTS,
  type PkhComponent,
  type PkhIndeks,
  pkhBenefit,
  pkhBenefitColumns,
  pkhIndeksAt,
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

  it('into: reuses the arrays of an earlier result and gives the same figures as new arrays', () => {
    const first = pkhBenefitColumns(
      { counts: { sd: [1, 2, 0], lansia: [2, 0, 1] } },
      { year: 2022 },
    );
    const totals = first.totals;
    const second = pkhBenefitColumns(
      { counts: { sma: [1, 0], ibu_hamil: [0, 1] } },
      { year: 2022, into: first },
    );
    // The same memory, cut to two families.
    expect(second.totals.buffer).toBe(totals.buffer);
    expect(second.length).toBe(2);
    expect(Array.from(second.totals)).toEqual([2_000_000, 3_000_000]);
    expect(Array.from(second.stages)).toEqual([
      500_000, 500_000, 500_000, 500_000, 750_000, 750_000, 750_000, 750_000,
    ]);
    const fresh = pkhBenefitColumns({ counts: { sma: [1, 0], ibu_hamil: [0, 1] } }, { year: 2022 });
    for (const key of ['ok', 'totals', 'componentTotals', 'stages', 'counted', 'excluded'] as const)
      expect(Array.from(second[key])).toEqual(Array.from(fresh[key]));
  });

  it('into: a rejected family of a reused result is all zeros, not the earlier figures', () => {
    const first = pkhBenefitColumns({ counts: { lansia: [1, 2] } }, { year: 2019 });
    expect(Array.from(first.totals)).toEqual([2_950_000, 2_950_000]);
    const second = pkhBenefitColumns({ counts: { lansia: [1, -1] } }, { year: 2019, into: first });
    expect(second.counts).toEqual({ total: 2, valid: 1, rejected: 1 });
    expect([second.ok[1], second.totals[1], second.componentTotals[1]]).toEqual([0, 0, 0]);
    expect([second.counted[1], second.excluded[1]]).toEqual([0, 0]);
    expect(Array.from(second.stages.subarray(4, 8))).toEqual([0, 0, 0, 0]);
  });

  it('into: too small or of another stage count gives new arrays; not a result is a ConfigurationError', () => {
    const small = pkhBenefitColumns({ counts: { sd: [1] } }, { year: 2022 });
    const bigger = pkhBenefitColumns({ counts: { sd: [1, 1] } }, { year: 2022, into: small });
    expect(bigger.totals.buffer).not.toBe(small.totals.buffer);
    expect(Array.from(bigger.totals)).toEqual([900_000, 900_000]);
    const base = pkhIndeksAt(2022).value;
    const monthly = defineDatedTable<PkhIndeks>({
      id: 'monthly',
      description: 'a monthly local programme',
      unit: 'rupiah/jiwa/tahun',
      values: {
        '2022-01-01': {
          source: 'test',
          value: { ...base, stages: { value: 12, source: 't', confirmed: false } },
        },
      },
    });
    const m = pkhBenefitColumns(
      { counts: { sd: [1, 1] } },
      { year: 2022, table: monthly, into: bigger },
    );
    expect(m.stageCount).toBe(12);
    expect(m.stages.buffer).not.toBe(bigger.stages.buffer);
    expect(Array.from(m.stages.subarray(0, 12))).toEqual(new Array(12).fill(75_000));
    for (const into of [{}, { totals: [1] }, 5, null, { ...small, ok: [1] }]) {
      expect(() =>
        pkhBenefitColumns({ counts: { sd: [1] } }, { year: 2022, into: into as never }),
      ).toThrow(ConfigurationError);
    }
  });

  it('checks a caller table as pkhBenefit does: a fractional or huge amount is a ConfigurationError', () => {
    const base = pkhIndeksAt(2022).value;
    for (const value of [900_000.5, 2e12]) {
      const table = defineDatedTable<PkhIndeks>({
        id: 'bad',
        description: 'a bad local table',
        unit: 'rupiah/jiwa/tahun',
        values: {
          '2022-01-01': {
            source: 'test',
            value: {
              ...base,
              components: { ...base.components, sd: { value, source: 't', confirmed: false } },
            },
          },
        },
      });
      expect(() => pkhBenefitColumns({ counts: { sd: [1] } }, { year: 2022, table })).toThrow(
        ConfigurationError,
      );
      expect(() => pkhBenefit({ persons: [{ component: 'sd' }] }, { year: 2022, table })).toThrow(
        ConfigurationError,
      );
    }
  });
});
