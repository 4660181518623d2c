import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyByPovertyLine,
  classifyFamilyWelfare,
  classifyRiceEquivalent,
  FAMILY_WELFARE_VERSIONS,
  povertyMeasures,
} from '../../src/poverty/index.js';

// Each property checks the implementation against an oracle written here, straight from the issue
// text, without reusing any of the module's code.

describe('povertyMeasures against the FGT formula', () => {
  it('equals (1/N) sum over the poor of w ((z - y)/z)^alpha, N = sum of size x weight, poor = y < z', () => {
    const record = fc.record({
      expenditurePerCapita: fc.integer({ min: 0, max: 1_500_000 }),
      size: fc.integer({ min: 1, max: 10 }),
      weight: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 150 }),
        fc.integer({ min: 1, max: 1_200_000 }),
        (records, z) => {
          let n = 0;
          const sums: [number, number, number] = [0, 0, 0];
          for (const r of records) {
            const w = r.size * r.weight;
            n += w;
            if (r.expenditurePerCapita < z) {
              const gap = (z - r.expenditurePerCapita) / z;
              sums[0] += w;
              sums[1] += w * gap;
              sums[2] += w * gap ** 2;
            }
          }
          const got = povertyMeasures(records, { line: z });
          const want = n > 0 ? sums.map((s) => s / n) : [0, 0, 0];
          expect(Math.abs(got.p0 - (want[0] as number))).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(got.p1 - (want[1] as number))).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(got.p2 - (want[2] as number))).toBeLessThanOrEqual(1e-12);
          // Integer sizes and weights: the person counts are exact integers.
          expect(got.population).toBe(n);
          expect(got.poorPopulation).toBe(
            records.reduce((s, r) => s + (r.expenditurePerCapita < z ? r.size * r.weight : 0), 0),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('classifyByPovertyLine against exact integer arithmetic', () => {
  it('puts integer rupiah in the first band with 10 x e < k x 10 x line (k = 8, 10, 12, 16 tenths)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (e, line) => {
          const tenths: [number, string][] = [
            [8, 'sangat_miskin'],
            [10, 'miskin'],
            [12, 'hampir_miskin'],
            [16, 'rentan'],
          ];
          const want = tenths.find(([k]) => 10 * e < k * line)?.[1] ?? 'tidak_miskin';
          expect(classifyByPovertyLine(e, { line }).status).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('classifyRiceEquivalent against exact integer arithmetic', () => {
  it('classifies integer rupiah and prices with e < kg x price, strictly', () => {
    const presets = {
      'sajogyo-urban': [270, 360, 480],
      'sajogyo-rural': [180, 240, 320],
      'bandar-lampung-2013': [270, 380, 480],
    } as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(presets) as (keyof typeof presets)[])),
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: -2, max: 2 }),
        (name, price, kg, delta) => {
          const e = Math.max(0, kg * price + delta);
          const [paling, sekali, miskin] = presets[name];
          const want =
            e < paling * price
              ? 'paling_miskin'
              : e < sekali * price
                ? 'miskin_sekali'
                : e < miskin * price
                  ? 'miskin'
                  : 'tidak_miskin';
          const got = classifyRiceEquivalent({
            expenditurePerCapitaPerYear: e,
            ricePricePerKg: price,
            thresholds: name,
          });
          expect(got.status).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('classifyFamilyWelfare against the stage rule', () => {
  for (const version of ['bkkbn-21', 'bkkbn-23'] as const) {
    it(`${version}: KS n meets all of stages I..n and fails one of n+1; KS III Plus meets all`, () => {
      const stages = FAMILY_WELFARE_VERSIONS[version].indicators.map((i) => i.stage);
      const order = ['ks1', 'ks2', 'ks3', 'ks3_plus'];
      const below = ['pra_sejahtera', 'ks1', 'ks2', 'ks3'];
      fc.assert(
        fc.property(
          fc.array(fc.boolean(), { minLength: stages.length, maxLength: stages.length }),
          (answers) => {
            // The first stage (in order) with a failed indicator decides; none failed: KS III Plus.
            const firstFailing = order.findIndex((s) =>
              stages.some((st, k) => st === s && !answers[k]),
            );
            const want = firstFailing < 0 ? 'ks3_plus' : below[firstFailing];
            const got = classifyFamilyWelfare(answers, { version });
            expect(got.stage).toBe(want);
            expect(got.failed).toHaveLength(answers.filter((a) => !a).length);
            expect(got.missing).toEqual([]);
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});
