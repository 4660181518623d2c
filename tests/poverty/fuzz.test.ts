import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corrupt, expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';
import {
  classifyByPovertyLine,
  classifyFamilyWelfare,
  classifyRiceEquivalent,
  computePerCapitaExpenditure,
  createPovertyAccumulator,
  definePovertyLineTable,
  type PovertyMeasuresResult,
  parsePovertyRecord,
  povertyLineAt,
  povertyLineTables,
  povertyMeasures,
  povertyMeasuresBy,
  safeParsePovertyRecord,
} from '../../src/poverty/index.js';

const RUNS = { numRuns: 300 };
// biome-ignore lint/suspicious/noExplicitAny: fuzzing passes anything on purpose
type Any = any;

const throwingGetter = Object.defineProperty({}, 'date', {
  get() {
    throw new Error('boom');
  },
  enumerable: true,
});

const accountingHolds = (r: PovertyMeasuresResult) => {
  expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
  expect(r.rejected.length).toBe(r.counts.rejected);
};

describe('fuzz: every public function returns its result or throws a SejahteraError', () => {
  it('povertyLineAt', () => {
    const valid = { date: '2024-06-30', area: 'urban' };
    fc.assert(
      fc.property(fc.oneof(hostile, corrupt(valid)), (input) => {
        expectReturnsOrSejahteraError(() => povertyLineAt(input as Any));
      }),
      RUNS,
    );
    expectReturnsOrSejahteraError(() => povertyLineAt(throwingGetter as Any));
    expectReturnsOrSejahteraError(() =>
      povertyLineAt({ date: '2024-06-30', table: { id: 'x', entries: [] } as Any }),
    );
  });

  it('povertyLineAt with a province, area and allowStale', () => {
    const valid = { date: '2025-03-01', area: 'rural', province: '18', allowStale: true };
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(valid)),
        fc.oneof(hostile, fc.constantFrom('11', '18', '31', '33', '96', '00')),
        (input, province) => {
          expectReturnsOrSejahteraError(() => povertyLineAt(input as Any));
          expectReturnsOrSejahteraError(() =>
            povertyLineAt({ date: '2025-03-01', province: province as Any }),
          );
        },
      ),
      RUNS,
    );
  });

  it('povertyLineTables', () => {
    expectReturnsOrSejahteraError(() => povertyLineTables());
  });

  it('classifyByPovertyLine with a line lookup', () => {
    const valid = { date: '2023-06-30', area: 'urban', province: '18' };
    fc.assert(
      fc.property(fc.oneof(hostile, corrupt(valid)), (line) => {
        expectReturnsOrSejahteraError(() => classifyByPovertyLine(500_000, { line: line as Any }));
      }),
      RUNS,
    );
  });

  it('definePovertyLineTable', () => {
    const valid = {
      id: 'x',
      description: 'd',
      unit: 'u',
      values: { '2024-03-01': { value: 1, source: 's' } },
    };
    fc.assert(
      fc.property(fc.oneof(hostile, corrupt(valid)), (input) => {
        expectReturnsOrSejahteraError(() => definePovertyLineTable(input as Any));
      }),
      RUNS,
    );
  });

  it('classifyByPovertyLine', () => {
    const valid = {
      e: 500_000,
      options: {
        line: 582_910,
        bands: { sangat_miskin: 0.8, miskin: 1, hampir_miskin: 1.2, rentan: 1.6 },
      },
    };
    fc.assert(
      fc.property(
        fc.oneof(
          hostile.map((h) => ({ e: h, options: h })),
          corrupt(valid),
        ),
        (input) => {
          const i = input as Any;
          expectReturnsOrSejahteraError(() => classifyByPovertyLine(i?.e, i?.options));
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(hostile, hostile, (e, line) => {
        expectReturnsOrSejahteraError(() => classifyByPovertyLine(e as Any, { line: line as Any }));
      }),
      RUNS,
    );
  });

  it('classifyRiceEquivalent', () => {
    const valid = {
      expenditurePerCapitaPerYear: 4_000_000,
      ricePricePerKg: 12_000,
      thresholds: { miskin: 480, miskinSekali: 380, palingMiskin: 270 },
    };
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(valid), corrupt({ ...valid, thresholds: 'sajogyo-urban' })),
        (input) => {
          expectReturnsOrSejahteraError(() => classifyRiceEquivalent(input as Any));
        },
      ),
      RUNS,
    );
  });

  it('classifyFamilyWelfare', () => {
    const valid = {
      answers: Array.from({ length: 21 }, () => true),
      options: { version: 'bkkbn-21' },
    };
    fc.assert(
      fc.property(
        fc.oneof(
          hostile.map((h) => ({ answers: h, options: h })),
          corrupt(valid),
        ),
        (input) => {
          const i = input as Any;
          expectReturnsOrSejahteraError(() => classifyFamilyWelfare(i?.answers, i?.options));
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), hostile), (answers) => {
        expectReturnsOrSejahteraError(() =>
          classifyFamilyWelfare(answers as Any, { version: 'bkkbn-23' }),
        );
      }),
      RUNS,
    );
  });

  it('computePerCapitaExpenditure', () => {
    const valid = {
      input: { householdExpenditure: 1_000_000, size: 3 },
      options: { rounding: 'half-up' },
    };
    fc.assert(
      fc.property(
        fc.oneof(
          hostile.map((h) => ({ input: h, options: h })),
          corrupt(valid),
        ),
        (v) => {
          const i = v as Any;
          expectReturnsOrSejahteraError(() => computePerCapitaExpenditure(i?.input, i?.options));
        },
      ),
      RUNS,
    );
  });

  it('povertyMeasures: rows are rejected, never thrown, and the counts add up', () => {
    const validRow = { expenditurePerCapita: 400_000, size: 4, weight: 1.5 };
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, corrupt(validRow)), { maxLength: 20 }), (rows) => {
        const r = povertyMeasures(rows as Any, { line: 500_000 });
        accountingHolds(r);
        expect(r.counts.total).toBe(rows.length);
        expect(Number.isNaN(r.p0)).toBe(false);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(hostile, hostile, (rows, options) => {
        expectReturnsOrSejahteraError(() => povertyMeasures(rows as Any, options as Any));
      }),
      RUNS,
    );
    // A line function that returns hostile values rejects rows, never throws.
    fc.assert(
      fc.property(hostile, (z) => {
        const r = povertyMeasures([validRow], { line: () => z as Any });
        accountingHolds(r);
      }),
      RUNS,
    );
  });

  it('povertyMeasuresBy', () => {
    const validRow = { kelurahan: 'Kedaton', expenditurePerCapita: 400_000, size: 4 };
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, corrupt(validRow)), { maxLength: 20 }), (rows) => {
        const r = povertyMeasuresBy(rows as Any, 'kelurahan', { line: 500_000 });
        expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
        expect(r.counts.total).toBe(rows.length);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, (rows, key, options) => {
        expectReturnsOrSejahteraError(() =>
          povertyMeasuresBy(rows as Any, key as Any, options as Any),
        );
      }),
      RUNS,
    );
  });

  it('createPovertyAccumulator and its methods', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (options, record, index, other) => {
        expectReturnsOrSejahteraError(() => createPovertyAccumulator(options as Any));
        const acc = createPovertyAccumulator({ line: 100 });
        expectReturnsOrSejahteraError(() => acc.add(record as Any));
        expectReturnsOrSejahteraError(() => acc.add(record as Any, index as Any));
        expectReturnsOrSejahteraError(() => acc.addAll(record as Any));
        expectReturnsOrSejahteraError(() => acc.merge(other as Any));
        accountingHolds(acc.result());
      }),
      RUNS,
    );
    const snapshot = createPovertyAccumulator({ line: 100 })
      .add({ expenditurePerCapita: 5 })
      .add(null as Any)
      .snapshot();
    fc.assert(
      fc.property(corrupt(snapshot), (bad) => {
        const acc = createPovertyAccumulator({ line: 100 });
        expectReturnsOrSejahteraError(() => acc.merge(bad as Any));
        accountingHolds(acc.result());
      }),
      RUNS,
    );
  });

  it('parsePovertyRecord / safeParsePovertyRecord', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt({ expenditurePerCapita: 1, size: 2, weight: 3 })),
        (v) => {
          expectReturnsOrSejahteraError(() => parsePovertyRecord(v));
          const r = safeParsePovertyRecord(v);
          expect(typeof r.success).toBe('boolean');
        },
      ),
      RUNS,
    );
  });
});
