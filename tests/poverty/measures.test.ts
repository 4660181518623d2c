import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import {
  createPovertyAccumulator,
  type PovertyMeasuresResult,
  type PovertyRecord,
  parsePovertyRecord,
  povertyMeasures,
  povertyMeasuresBy,
  safeParsePovertyRecord,
} from '../../src/poverty/index.js';

describe('povertyMeasures, hand-computed FGT', () => {
  it('computes P0, P1, P2 person-weighted by size on a small population', () => {
    // Line z = 600,000.
    //   A: y = 300,000, size 4 -> gap (600-300)/600 = 0.5,  gap^2 = 0.25
    //   B: y = 450,000, size 2 -> gap (600-450)/600 = 0.25, gap^2 = 0.0625
    //   C: y = 900,000, size 4 -> not poor
    // N = 10, poor persons = 6
    // P0 = 6/10 = 0.6; P1 = (4*0.5 + 2*0.25)/10 = 2.5/10 = 0.25; P2 = (4*0.25 + 2*0.0625)/10 = 1.125/10 = 0.1125
    const r = povertyMeasures(
      [
        { expenditurePerCapita: 300_000, size: 4 },
        { expenditurePerCapita: 450_000, size: 2 },
        { expenditurePerCapita: 900_000, size: 4 },
      ],
      { line: 600_000 },
    );
    expect(r.p0).toBeCloseTo(0.6, 15);
    expect(r.p1).toBeCloseTo(0.25, 15);
    expect(r.p2).toBeCloseTo(0.1125, 15);
    expect(r.population).toBe(10);
    expect(r.poorPopulation).toBe(6);
    expect(r.counts).toEqual({ total: 3, valid: 3, rejected: 0 });
    expect(r.rejected).toEqual([]);
  });

  it('weights by size x survey weight and takes the line per record (urban/rural)', () => {
    // Urban line 600,000, rural line 500,000 (checked with python3 fractions: 13/20, 9/40, 103/800).
    //   A urban y=450,000 size 3 weight 2   -> w 6, gap 0.25
    //   B rural y=400,000 size 5 weight 1   -> w 5, gap 0.2
    //   C urban y=600,000 size 2 weight 1.5 -> w 3, exactly the line: not poor
    //   D rural y=0       size 1 weight 2   -> w 2, gap 1
    //   E rural y=700,000 size 4            -> w 4, not poor
    // N = 20; poor = 13; P0 = 0.65; P1 = (6*.25 + 5*.2 + 2*1)/20 = 4.5/20 = 0.225;
    // P2 = (6*.0625 + 5*.04 + 2*1)/20 = 2.575/20 = 0.12875
    const records = [
      { area: 'urban', expenditurePerCapita: 450_000, size: 3, weight: 2 },
      { area: 'rural', expenditurePerCapita: 400_000, size: 5, weight: 1 },
      { area: 'urban', expenditurePerCapita: 600_000, size: 2, weight: 1.5 },
      { area: 'rural', expenditurePerCapita: 0, size: 1, weight: 2 },
      { area: 'rural', expenditurePerCapita: 700_000, size: 4 },
    ];
    const r = povertyMeasures(records, { line: (h) => (h.area === 'urban' ? 600_000 : 500_000) });
    expect(r.population).toBe(20);
    expect(r.poorPopulation).toBe(13);
    expect(r.p0).toBeCloseTo(0.65, 15);
    expect(r.p1).toBeCloseTo(0.225, 15);
    expect(r.p2).toBeCloseTo(0.12875, 15);
  });

  it('treats expenditure exactly at the line as not poor and size/weight as 1 by default', () => {
    // Two persons: one at the line (not poor), one at half the line (gap 0.5).
    const r = povertyMeasures([{ expenditurePerCapita: 100 }, { expenditurePerCapita: 50 }], {
      line: 100,
    });
    expect(r).toMatchObject({ p0: 0.5, p1: 0.25, p2: 0.125, population: 2, poorPopulation: 1 });
  });

  it('returns zeros for an empty population', () => {
    expect(povertyMeasures([], { line: 100 })).toEqual({
      p0: 0,
      p1: 0,
      p2: 0,
      population: 0,
      poorPopulation: 0,
      counts: { total: 0, valid: 0, rejected: 0 },
      rejected: [],
    });
  });

  it('accepts the result of povertyLineAt-like { value } as the line', () => {
    expect(povertyMeasures([{ expenditurePerCapita: 50 }], { line: { value: 100 } }).p1).toBe(0.5);
  });
});

describe('povertyMeasures batch rules', () => {
  const getterThrows = Object.defineProperty({}, 'expenditurePerCapita', {
    get() {
      throw new Error('boom');
    },
    enumerable: true,
  });

  it('returns every bad record as a rejection with its index; counts add up; nothing thrown', () => {
    const records: unknown[] = [
      { expenditurePerCapita: 50 }, // 0 ok
      null, // 1
      { expenditurePerCapita: -1 }, // 2
      { expenditurePerCapita: 50, size: 0 }, // 3
      { expenditurePerCapita: 50, size: 1.5 }, // 4
      { expenditurePerCapita: 50, weight: -2 }, // 5
      { expenditurePerCapita: '50' }, // 6
      getterThrows, // 7
      { expenditurePerCapita: 150, size: 2 }, // 8 ok
      {}, // 9
    ];
    const r = povertyMeasures(records as PovertyRecord[], { line: 100 });
    expect(r.counts).toEqual({ total: 10, valid: 2, rejected: 8 });
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    const codes = r.rejected.map((x) => x.issues[0]?.code);
    expect(codes).toEqual([
      'invalid_type',
      'negative_expenditure',
      'household_size_not_positive',
      'household_size_not_integer',
      'invalid_weight',
      'invalid_type', // a string is a wrong type, not a negative amount (issue 9)
      'unreadable_row',
      'required',
    ]);
    // The valid records: one person at 50 (gap 0.5), two persons at 150.
    expect(r.population).toBe(3);
    expect(r.p0).toBeCloseTo(1 / 3, 15);
  });

  it('rejects a record whose line function throws or returns a bad line', () => {
    const r = povertyMeasures(
      [
        { expenditurePerCapita: 1, tag: 'x' },
        { expenditurePerCapita: 1, tag: 'y' },
        { expenditurePerCapita: 1, tag: 'z' },
      ],
      {
        line: (h) => {
          if (h.tag === 'x') throw new Error('no line');
          return h.tag === 'y' ? -5 : 10;
        },
      },
    );
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [0, 'line_function_failed'],
      [1, 'line_function_failed'],
    ]);
    expect(r.counts).toEqual({ total: 3, valid: 1, rejected: 2 });
  });

  it('reads any iterable the same as an array', () => {
    const records = [
      { expenditurePerCapita: 10 },
      { expenditurePerCapita: -1 },
      { expenditurePerCapita: 200, size: 3 },
    ];
    function* gen() {
      yield* records;
    }
    expect(povertyMeasures(gen(), { line: 100 })).toEqual(povertyMeasures(records, { line: 100 }));
  });

  it('reads an array-like { length, 0, 1, ... } (which the types accept) by index', () => {
    // Persons at 50 (gap 0.5) and 200 (not poor) against a line of 100: P0 = 1/2, P1 = 0.25.
    const arrayLike = {
      length: 3,
      0: { expenditurePerCapita: 50 },
      1: null,
      2: { expenditurePerCapita: 200 },
    } as unknown as ArrayLike<PovertyRecord>;
    const r = povertyMeasures(arrayLike, { line: 100 });
    expect(r).toMatchObject({ p0: 0.5, p1: 0.25, population: 2 });
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
    const by = povertyMeasuresBy(arrayLike, () => 'all', { line: 100 });
    expect(by.counts).toEqual({ total: 3, valid: 2, rejected: 1 });
    expect(createPovertyAccumulator({ line: 100 }).addAll(arrayLike).result().p1).toBe(0.25);
  });

  it('rejects a non-iterable input and a bad line', () => {
    expect(() => povertyMeasures(42 as never, { line: 100 })).toThrow(ValidationError);
    expect(() => povertyMeasures([], { line: 0 })).toThrow(ConfigurationError);
    expect(() => povertyMeasures([], { line: 'x' as never })).toThrow(ConfigurationError);
  });

  it('parses a single record with parse/safeParse', () => {
    expect(parsePovertyRecord({ expenditurePerCapita: 1, size: 2, kelurahan: 'Kedaton' })).toEqual({
      expenditurePerCapita: 1,
      size: 2,
      kelurahan: 'Kedaton',
    });
    expect(() => parsePovertyRecord({ expenditurePerCapita: 1, size: 0 })).toThrow(ValidationError);
    const bad = safeParsePovertyRecord({ expenditurePerCapita: Number.NaN });
    expect(bad.success).toBe(false);
  });
});

const recordArb: fc.Arbitrary<PovertyRecord> = fc.record(
  {
    expenditurePerCapita: fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.double({ min: 0, max: 2_000_000, noNaN: true }),
    ),
    size: fc.integer({ min: 1, max: 12 }),
    weight: fc.double({ min: 0, max: 500, noNaN: true }),
  },
  { requiredKeys: ['expenditurePerCapita'] },
);

const close = (a: PovertyMeasuresResult, b: PovertyMeasuresResult) => {
  expect(Math.abs(a.p0 - b.p0)).toBeLessThanOrEqual(1e-12);
  expect(Math.abs(a.p1 - b.p1)).toBeLessThanOrEqual(1e-12);
  expect(Math.abs(a.p2 - b.p2)).toBeLessThanOrEqual(1e-12);
  expect(Math.abs(a.population - b.population)).toBeLessThanOrEqual(
    1e-12 * Math.max(1, b.population),
  );
  expect(Math.abs(a.poorPopulation - b.poorPopulation)).toBeLessThanOrEqual(
    1e-12 * Math.max(1, b.population),
  );
  expect(a.counts).toEqual(b.counts);
  expect(a.rejected.map((r) => r.index)).toEqual(b.rejected.map((r) => r.index));
};

describe('createPovertyAccumulator properties', () => {
  it('merging the accumulators of any partition equals one pass (to 1e-12)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 9, arbitrary: recordArb },
            { weight: 1, arbitrary: fc.constant({ expenditurePerCapita: -1 }) },
          ),
          { maxLength: 200 },
        ),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 200, maxLength: 200 }),
        fc.integer({ min: 1, max: 6 }),
        (records, assignment, parts) => {
          const line = 600_000;
          const whole = povertyMeasures(records, { line });
          const accs = Array.from({ length: parts }, () => createPovertyAccumulator({ line }));
          records.forEach((r, i) => {
            (accs[(assignment[i] as number) % parts] as (typeof accs)[number]).add(r, i);
          });
          // Merge in a random-ish order (reverse), through a snapshot for half of them.
          const [first, ...rest] = accs.reverse();
          const merged = first as (typeof accs)[number];
          rest.forEach((a, k) => {
            merged.merge(k % 2 === 0 ? a : a.snapshot());
          });
          close(merged.result(), whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merging chunks of a large population (many 128-record blocks) equals one pass (to 1e-12)', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 500, maxLength: 3000 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        (records, cuts) => {
          const line = 750_000;
          const total = createPovertyAccumulator({ line });
          let at = 0;
          for (const size of cuts) {
            const part = createPovertyAccumulator({ line, firstIndex: at }).addAll(
              records.slice(at, at + size),
            );
            total.merge(part.snapshot());
            at += size;
          }
          total.merge(createPovertyAccumulator({ line, firstIndex: at }).addAll(records.slice(at)));
          close(total.result(), povertyMeasures(records, { line }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('chunked addAll with firstIndex equals one pass, indexes included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(recordArb, fc.constant(null)), { maxLength: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (records, cut) => {
          const k = Math.min(cut, records.length);
          const a = createPovertyAccumulator({ line: 500_000 }).addAll(
            records.slice(0, k) as PovertyRecord[],
          );
          const b = createPovertyAccumulator({ line: 500_000, firstIndex: k }).addAll(
            records.slice(k) as PovertyRecord[],
          );
          close(
            a.merge(b).result(),
            povertyMeasures(records as PovertyRecord[], { line: 500_000 }),
          );
        },
      ),
    );
  });

  it('keeps P2 <= P1 <= P0 within 0..1', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 100 }),
        fc.integer({ min: 1, max: 3_000_000 }),
        (records, line) => {
          const r = povertyMeasures(records, { line });
          expect(r.p2).toBeLessThanOrEqual(r.p1);
          expect(r.p1).toBeLessThanOrEqual(r.p0);
          expect(r.p0).toBeLessThanOrEqual(1);
          expect(r.p2).toBeGreaterThanOrEqual(0);
          expect(r.poorPopulation).toBeLessThanOrEqual(r.population);
        },
      ),
    );
  });

  it('does not change the merged accumulator when merged into another', () => {
    const a = createPovertyAccumulator({ line: 100 }).add({ expenditurePerCapita: 50 });
    const b = createPovertyAccumulator({ line: 100 }).add({ expenditurePerCapita: 150 });
    a.merge(b);
    expect(b.result().population).toBe(1);
    expect(a.result().population).toBe(2);
  });

  it('rejects merging something that is neither an accumulator nor a snapshot', () => {
    const a = createPovertyAccumulator({ line: 100 });
    expect(() => a.merge({} as never)).toThrow(ConfigurationError);
    expect(() =>
      a.merge({
        kind: 'sejahtera/poverty-accumulator',
        sums: [1],
        total: 0,
        valid: 0,
        rejected: [],
      } as never),
    ).toThrow(ConfigurationError);
    // a bad row index is the same error in every accumulator (CHANGELOG, issue 10)
    expect(() => a.add({ expenditurePerCapita: 1 }, -1)).toThrow(ValidationError);
    expect(() => a.add({ expenditurePerCapita: 1 }, -1)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'not_integer', path: ['index'] })],
      }),
    );
  });
});

describe('povertyMeasuresBy', () => {
  it('computes one result per group key in order of first appearance', () => {
    // Kedaton: 300,000 (gap 0.5) and 900,000 -> P0 = 1/2, P1 = 0.25; Rajabasa: 450,000 x 2 persons (gap 0.25) -> P0 1, P1 0.25.
    const r = povertyMeasuresBy(
      [
        { kecamatan: 'Kedaton', expenditurePerCapita: 300_000 },
        { kecamatan: 'Rajabasa', expenditurePerCapita: 450_000, size: 2 },
        { kecamatan: 'Kedaton', expenditurePerCapita: 900_000 },
      ],
      'kecamatan',
      { line: 600_000 },
    );
    expect(r.groups.map((g) => [g.key, g.p0, g.p1, g.population])).toEqual([
      ['Kedaton', 0.5, 0.25, 2],
      ['Rajabasa', 1, 0.25, 2],
    ]);
    expect(r.counts).toEqual({ total: 3, valid: 3, rejected: 0 });
  });

  it('rejects records without a usable key or with bad data, with their input index', () => {
    const r = povertyMeasuresBy(
      [
        { kecamatan: 'Kedaton', expenditurePerCapita: 1 },
        { expenditurePerCapita: 1 },
        { kecamatan: 'Kedaton', expenditurePerCapita: -1 },
        { kecamatan: { x: 1 }, expenditurePerCapita: 1 },
        null,
      ] as never[],
      'kecamatan',
      { line: 100 },
    );
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [1, 'invalid_group_key'],
      [2, 'negative_expenditure'],
      [3, 'invalid_group_key'],
      [4, 'invalid_group_key'],
    ]);
    expect(r.counts).toEqual({ total: 5, valid: 1, rejected: 4 });
    expect(r.groups[0]?.rejected.map((x) => x.index)).toEqual([2]);
  });

  it('groups by a function of the record (urban/rural)', () => {
    const r = povertyMeasuresBy(
      [
        { urban: true, expenditurePerCapita: 10 },
        { urban: false, expenditurePerCapita: 200 },
      ],
      (h) => (h.urban ? 'urban' : 'rural'),
      { line: 100 },
    );
    expect(r.groups.map((g) => [g.key, g.p0])).toEqual([
      ['urban', 1],
      ['rural', 0],
    ]);
  });
});

describe('overflow', () => {
  it('rejects a survey weight above 2^917, so the population total can never overflow to NaN', () => {
    const heavy = { expenditurePerCapita: 1, weight: 2 ** 917 };
    const tooHeavy = { expenditurePerCapita: 1, weight: 2 ** 918 };
    const r = povertyMeasures(
      [
        heavy,
        { ...heavy, size: 8 },
        tooHeavy,
        { expenditurePerCapita: 1, weight: Number.MAX_VALUE },
      ],
      {
        line: 100,
      },
    );
    expect(r.counts).toEqual({ total: 4, valid: 2, rejected: 2 });
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [2, 'invalid_weight'],
      [3, 'invalid_weight'],
    ]);
    // 2^917 + 8 x 2^917 = 9 x 2^917
    expect(r.population).toBe(9 * 2 ** 917);
    expect(r.p0).toBe(1);
  });
});

describe('hostile containers', () => {
  it('rejects a row whose array slot throws when read, and keeps going', () => {
    const base = [
      { expenditurePerCapita: 50 },
      { expenditurePerCapita: 60 },
      { expenditurePerCapita: 200 },
    ];
    const trap = new Proxy(base, {
      get(target, prop, receiver) {
        if (prop === '1') throw new Error('slot 1 is cursed');
        return Reflect.get(target, prop, receiver);
      },
    });
    const r = povertyMeasures(trap, { line: 100 });
    expect(r.counts).toEqual({ total: 3, valid: 2, rejected: 1 });
    expect(r.rejected[0]).toMatchObject({ index: 1, issues: [{ code: 'unreadable_row' }] });
    const by = povertyMeasuresBy(trap, () => 'all', { line: 100 });
    expect(by.counts).toEqual({ total: 3, valid: 2, rejected: 1 });
    expect(by.rejected[0]).toMatchObject({ index: 1, issues: [{ code: 'unreadable_row' }] });
  });
});
