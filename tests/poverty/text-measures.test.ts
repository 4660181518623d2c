import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError, validateBatch } from '../../src/core/index.js';
import {
  PovertyRecordTextSchema,
  povertyMeasures,
  povertyMeasuresFromText,
} from '../../src/poverty/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Issue 9, "Benchmarks: text rows through the household text schema and P0/P1/P2": the fast entry
// must be exactly validateBatch(PovertyRecordTextSchema) followed by povertyMeasures over the valid
// records: same rows accepted, same outputs, same rejections (index, codes, paths, messages), same
// arithmetic.

/** The reference: the two public steps the fast entry replaces. */
function reference(rows: unknown[], line: number, locale?: 'en' | 'id') {
  const batch = validateBatch(
    PovertyRecordTextSchema,
    rows,
    locale === undefined ? {} : { locale },
  );
  const m = povertyMeasures(
    batch.valid.map((v) => v.value),
    { line },
  );
  return {
    p0: m.p0,
    p1: m.p1,
    p2: m.p2,
    population: m.population,
    poorPopulation: m.poorPopulation,
    counts: { total: rows.length, valid: batch.valid.length, rejected: batch.rejected.length },
    rejected: batch.rejected,
  };
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '1',
    '4',
    '1,5',
    '1.500',
    'Rp 450.000',
    'Rp1.250.000,00',
    'IDR 600.000',
    'Rp 5.000,-',
    '450000.5',
    '-1',
    'x',
    '2,0',
    '1e3',
    '1,250,000',
    '\u00a04\u00a0',
  ),
  fc.stringMatching(/^[0-9.,]{0,8}$/),
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.double().map(String),
  hostile,
);
const row = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { expenditurePerCapita: cell, size: cell, weight: cell, kecamatan: fc.string() },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: hostile },
);

describe('povertyMeasuresFromText', () => {
  it('works a small population out by hand', () => {
    // Persons 4 + 2 + 4 = 10 (the blank row is rejected, never a zero expenditure); poor: the
    // households at 300,000 and 450,000 under a 600,000 line, 6 persons: P0 = 0.6.
    // P1 = (4 x 0.5 + 2 x 0.25) / 10 = 0.25; P2 = (4 x 0.25 + 2 x 0.0625) / 10 = 0.1125.
    const r = povertyMeasuresFromText(
      [
        { expenditurePerCapita: 'Rp 300.000', size: '4', weight: '' },
        { expenditurePerCapita: '450.000', size: '2', weight: '' },
        { expenditurePerCapita: '900000', size: '4', weight: '' },
        { expenditurePerCapita: '', size: '3', weight: '' },
      ],
      { line: 600_000 },
    );
    expect([r.p0, r.p1, r.p2, r.population, r.poorPopulation]).toEqual([0.6, 0.25, 0.1125, 10, 6]);
    expect(r.counts).toEqual({ total: 4, valid: 3, rejected: 1 });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => [i.code, i.path])])).toEqual([
      [3, [['required', ['expenditurePerCapita']]]],
    ]);
  });

  it('agrees with validateBatch + povertyMeasures on arbitrary rows, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom(1, 450_000, 582_910.5),
        fc.constantFrom(undefined, 'en' as const, 'id' as const),
        (rows, line, locale) => {
          const got = povertyMeasuresFromText(
            rows,
            locale === undefined ? { line } : { line, locale },
          );
          expect(got).toEqual(reference(rows, line, locale));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees across its chunks (more than 4,096 rows, good and bad mixed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4_000, max: 13_000 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (n, seed) => {
          let s = seed;
          const next = () => {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            return s / 2_147_483_648;
          };
          const rows = Array.from({ length: n }, (_, i) => {
            const bad = next() < 0.07;
            return {
              expenditurePerCapita: bad
                ? ['', 'x', '1,250,000', '-5'][i % 4]
                : `${i % 3 === 0 ? 'Rp ' : ''}${Math.round(100_000 + next() * 1_400_000)}`,
              size: String(1 + Math.floor(next() * 8)),
              weight: i % 5 === 0 ? '' : `${Math.round(next() * 40_000) / 100}`,
            };
          });
          expect(povertyMeasuresFromText(rows, { line: 582_910 })).toEqual(
            reference(rows, 582_910),
          );
        },
      ),
      { numRuns: 4 },
    );
  });

  it('reads any iterable once, like validateBatch', () => {
    const rows = [
      { expenditurePerCapita: '300.000', size: '4' },
      { expenditurePerCapita: 'empat' },
    ];
    function* gen() {
      yield* rows;
    }
    expect(povertyMeasuresFromText(gen(), { line: 600_000 })).toEqual(reference(rows, 600_000));
  });

  it('rejects what validateBatch rejects, with the same errors', () => {
    expect(() => povertyMeasuresFromText(5 as never, { line: 1 })).toThrow(ValidationError);
    expect(() =>
      povertyMeasuresFromText([{ expenditurePerCapita: '1' }, { expenditurePerCapita: '2' }], {
        line: 1,
        maxRows: 1,
      }),
    ).toThrow(/1/);
    expect(() => povertyMeasuresFromText([], { line: -1 })).toThrow(ConfigurationError);
    expect(() => povertyMeasuresFromText([], { line: 1, lien: 2 } as never)).toThrow(
      /did you mean "line"/,
    );
    // A line function has no column to choose by here: refused as an invalid line.
    expect(() => povertyMeasuresFromText([], { line: (() => 1) as never })).toThrow(
      ConfigurationError,
    );
  });

  it('returns its result or throws a SejahteraError for any input', () => {
    fc.assert(
      fc.property(hostile, hostile, (rows, options) => {
        expectReturnsOrSejahteraError(() =>
          povertyMeasuresFromText(rows as never, options as never),
        );
      }),
      { numRuns: 300 },
    );
  });
});
