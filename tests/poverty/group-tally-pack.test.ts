// A group tally's `pack()` and `merge(pack, into)` (src/poverty/group-tally.ts) against accumulators
// used the plain way. The reference follows the documented rule with `createPovertyAccumulator` only:
// households added to a group since the last merge are one `addAll`, and a merge then merges each pack
// group's snapshot (built here by an accumulator over that group's households, not by a tally) in pack
// order. Then a case worked out by hand, JSON packs, the errors (a refused pack leaves the tally as it
// was), and the fuzz.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  createPovertyAccumulator,
  createPovertyGroupTally,
  MAX_TALLY_GROUPS,
  type PovertyAccumulator,
  type PovertyGroupTallyPack,
  type PovertyRecord,
} from '../../src/poverty/index.js';
import { corrupt, expectReturnsOrSejahteraError, hostile, nasty } from '../helpers/fuzz.js';

const GROUPS = 5;

/** Accepted households only (the tally's refusals are tested in group-tally.test.ts). */
const household = fc.tuple(
  fc.integer({ min: 0, max: GROUPS - 1 }),
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }) },
  ),
  fc.integer({ min: 1, max: 9 }),
  fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 1e4, noNaN: true })),
);
type Household = [group: number, y: number, size: number, weight: number];

const recordOf = ([, y, size, w]: Household): PovertyRecord =>
  Number.isNaN(w)
    ? { expenditurePerCapita: y, size }
    : { expenditurePerCapita: y, size, weight: w };

/** A step on the target tally: households added to it, or a pack of households merged into it. */
const step = fc.oneof(
  fc.record({
    add: fc.array(household, { maxLength: 400, size: 'max' }),
  }),
  fc.record({
    merge: fc.array(household, { maxLength: 400, size: 'max' }),
    /** Groups packed beyond the source's own (packed as groups of no records). */
    extra: fc.integer({ min: 0, max: 3 }),
    /** Where each pack group goes (`undefined`: group i to group i); repeats allowed. */
    into: fc.option(
      fc.array(fc.integer({ min: 0, max: GROUPS + 2 }), { minLength: 9, maxLength: 9 }),
      {
        nil: undefined,
      },
    ),
  }),
);

describe('PovertyGroupTally pack and merge', () => {
  it('gives each group what accumulators give that add and merge the same households', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(600_000, 550_458.5, { value: 612_345 }),
        (steps, lineOption) => {
          const line = typeof lineOption === 'number' ? lineOption : lineOption.value;
          const tally = createPovertyGroupTally({ line: lineOption });
          const G = GROUPS + 3;
          const refs: PovertyAccumulator[] = Array.from({ length: G }, () =>
            createPovertyAccumulator({ line }),
          );
          const pending: PovertyRecord[][] = Array.from({ length: G }, () => []);
          let groups = 0;
          for (const s of steps) {
            if ('add' in s) {
              for (const h of s.add) {
                expect(tally.add(h[0], h[1], h[2], h[3])).toBe(true);
                pending[h[0]]?.push(recordOf(h));
                groups = Math.max(groups, h[0] + 1);
              }
              continue;
            }
            const source = createPovertyGroupTally({ line });
            const own: PovertyRecord[][] = Array.from({ length: GROUPS }, () => []);
            for (const h of s.merge) {
              source.add(h[0], h[1], h[2], h[3]);
              own[h[0]]?.push(recordOf(h));
            }
            const n = source.groups + s.extra;
            const pack = source.pack(n);
            expect(pack.valid.length).toBe(n);
            expect(pack.sums.length).toBe(8 * n);
            const into = s.into?.slice(0, n);
            tally.merge(pack, into);
            for (let i = 0; i < n; i++) {
              const g = into === undefined ? i : (into[i] as number);
              groups = Math.max(groups, g + 1);
              // A group a pack group is sent to: its households so far are one addAll, then merges.
              (refs[g] as PovertyAccumulator).addAll(pending[g] as PovertyRecord[]);
              pending[g] = [];
              const part = createPovertyAccumulator({ line }).addAll(own[i] ?? []);
              (refs[g] as PovertyAccumulator).merge(part.snapshot());
            }
          }
          expect(tally.groups).toBe(groups);
          for (let g = 0; g < G; g++) {
            const ref = (refs[g] as PovertyAccumulator).addAll(pending[g] as PovertyRecord[]);
            expect(tally.snapshot(g)).toStrictEqual(ref.snapshot());
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('packs each group as its snapshot, and groups beyond the tally as no records', () => {
    const tally = createPovertyGroupTally({ line: 600_000 });
    for (let i = 0; i < 300; i++) tally.add(i % 3, 100_000 + i * 2_017, 1 + (i % 4), i % 7);
    const pack = tally.pack(5);
    expect(pack.kind).toBe('sejahtera/poverty-tally-pack');
    expect(pack.line).toBe(600_000);
    for (let g = 0; g < 5; g++) {
      const snap = tally.snapshot(g);
      expect(Array.from(pack.sums.slice(8 * g, 8 * g + 8))).toEqual(snap.sums);
      expect(pack.valid[g]).toBe(snap.valid);
    }
    expect(tally.pack().valid.length).toBe(3);
    expect(createPovertyGroupTally({ line: 1 }).pack().sums.length).toBe(0);
  });

  it('merges a small population as worked out by hand', () => {
    // Line 600,000. Pack A, group 0: 300,000 x 4 persons (gap 0.5). Pack B, group 1: 450,000 x 2
    // persons (gap 0.25) and 900,000 x 3 (not poor). Both into group 7: population 9, poor 6; gap
    // sum 4 x 0.5 + 2 x 0.25 = 2.5; squared 4 x 0.25 + 2 x 0.0625 = 1.125. Group 7 also gets one
    // household added directly: 0 x 1 person (gap 1): population 10, poor 7, 3.5, 2.125.
    const a = createPovertyGroupTally({ line: 600_000 });
    a.add(0, 300_000, 4);
    const b = createPovertyGroupTally({ line: 600_000 });
    b.add(1, 450_000, 2);
    b.add(1, 900_000, 3);
    const tally = createPovertyGroupTally({ line: 600_000 });
    tally.add(7, 0, 1);
    tally.merge(a.pack(), [7]);
    tally.merge(b.pack(), [7, 7]);
    expect(tally.groups).toBe(8);
    const r = createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(7)).result();
    expect(r.population).toBe(10);
    expect(r.poorPopulation).toBe(7);
    expect(r.p0).toBeCloseTo(0.7, 15);
    expect(r.p1).toBeCloseTo(0.35, 15);
    expect(r.p2).toBeCloseTo(0.2125, 15);
    expect(r.counts.valid).toBe(4);
    // Groups the packs' other numbers were not sent to stay empty.
    expect(tally.snapshot(0).valid).toBe(0);
    expect(tally.snapshot(1).valid).toBe(0);
  });

  it("adds a pack's compensations as accumulator.merge does (a case where their order shows)", () => {
    // Group 0 holds population 1e30 with compensation 2^53; a pack brings 1 with compensation 1.
    // 1e30 + 1 rounds to 1e30 (TwoSum error 1), and the compensation becomes 2^53 + (1 + 1), exact;
    // added left to right, (2^53 + 1) + 1 would round twice, back to 2^53.
    const first = { kind: 'sejahtera/poverty-tally-pack', line: 600_000, valid: [1] } as const;
    const tally = createPovertyGroupTally({ line: 600_000 });
    tally.merge({ ...first, sums: [1e30, 2 ** 53, 0, 0, 0, 0, 0, 0] });
    tally.merge({ ...first, sums: [1, 1, 0, 0, 0, 0, 0, 0] });
    expect(tally.snapshot(0).sums.slice(0, 2)).toEqual([1e30, 2 ** 53 + 2]);
    const snap = (sums: number[]) => ({
      kind: 'sejahtera/poverty-accumulator' as const,
      sums: sums as never,
      total: 1,
      valid: 1,
      rejected: [],
      line: 600_000,
    });
    const acc = createPovertyAccumulator({ line: 600_000 })
      .merge(snap([1e30, 2 ** 53, 0, 0, 0, 0, 0, 0]))
      .merge(snap([1, 1, 0, 0, 0, 0, 0, 0]));
    expect(tally.snapshot(0).sums).toEqual(acc.snapshot().sums);
  });

  it('merges a pack that went through JSON (number arrays) as the typed one', () => {
    const source = createPovertyGroupTally({ line: 550_458.5 });
    for (let i = 0; i < 500; i++)
      source.add(i % 4, 1_000 + ((i * 7919) % 997) * 1_103.7, 1 + (i % 5));
    const pack = source.pack();
    const json = JSON.parse(
      JSON.stringify({ ...pack, sums: Array.from(pack.sums), valid: Array.from(pack.valid) }),
    ) as PovertyGroupTallyPack;
    const typed = createPovertyGroupTally({ line: 550_458.5 });
    const plain = createPovertyGroupTally({ line: 550_458.5 });
    typed.merge(pack);
    plain.merge(json);
    for (let g = 0; g < 4; g++) {
      expect(plain.snapshot(g)).toStrictEqual(typed.snapshot(g));
      expect(plain.snapshot(g)).toStrictEqual(source.snapshot(g));
    }
  });

  /** The error `fn` throws. */
  const thrown = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  /** A tally with something in it, and its snapshots (to check a refused merge changed nothing). */
  const filled = () => {
    const tally = createPovertyGroupTally({ line: 600_000 });
    for (let i = 0; i < 200; i++) tally.add(i % 3, 200_000 + i * 3_001, 2);
    const before = () => [0, 1, 2, 3].map((g) => tally.snapshot(g));
    return { tally, before: before(), now: before };
  };

  it('refuses what is not a pack with invalid_accumulator, and changes nothing', () => {
    const good = createPovertyGroupTally({ line: 600_000 }).pack(2);
    const bads: unknown[] = [
      null,
      {},
      { ...good, kind: 'sejahtera/poverty-accumulator' },
      { ...good, sums: new Float64Array(15) },
      { ...good, sums: [...Array.from(good.sums).slice(0, 15), Number.NaN] },
      { ...good, sums: Array.from(good.sums).map(String) },
      { ...good, valid: [0, 1.5] },
      { ...good, valid: [0, -1] },
      { ...good, valid: new Int32Array(2) },
    ];
    for (const bad of bads) {
      const { tally, before, now } = filled();
      const error = thrown(() => tally.merge(bad as PovertyGroupTallyPack)) as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.code).toBe('invalid_accumulator');
      expect(error.messages.en).toMatch(/merge needs a pack from a poverty group tally's pack\(\)/);
      expect(error.messages.id).toMatch(/memerlukan paket dari `pack\(\)`/);
      expect(now()).toStrictEqual(before);
    }
  });

  it('names the rule and the group of a pack whose sums break a rule, and changes nothing', () => {
    // Group 1 of the pack has more poor people (5) than people (4); group 0 is fine and comes first.
    const sums = [10, 0, 2, 0, 1, 0, 0.5, 0, 4, 0, 5, 0, 0, 0, 0, 0];
    const { tally, before, now } = filled();
    const pack = {
      kind: 'sejahtera/poverty-tally-pack',
      line: 600_000,
      sums,
      valid: [3, 2],
    } as const;
    const error = thrown(() => tally.merge(pack)) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('invalid_accumulator');
    expect(error.messages.en).toBe(
      'merge rejected a pack that breaks its own rule: poorPopulation <= population (group 1 of the pack)',
    );
    expect(error.messages.id).toMatch(
      /menolak paket .* `poorPopulation` <= `population` \(kelompok 1 dalam paket\)/,
    );
    expect(now()).toStrictEqual(before);
  });

  it('merges the numbers it checked, even from arrays that change when read again', () => {
    // A Proxy of an array (Array.isArray is true for it) whose first element reads 4 the first time
    // and 1e300 after: the pack is checked with 4, and 4 is what is merged.
    let reads = 0;
    const sums = new Proxy([4, 0, 0, 0, 0, 0, 0, 0], {
      get: (target, key, receiver) =>
        key === '0' ? (reads++ === 0 ? 4 : 1e300) : Reflect.get(target, key, receiver),
    });
    const tally = createPovertyGroupTally({ line: 600_000 });
    tally.merge({ kind: 'sejahtera/poverty-tally-pack', line: 600_000, sums, valid: [1] });
    expect(tally.snapshot(0).sums[0]).toBe(4);
    expect(reads).toBe(1);
  });

  it('refuses a pack of another line with accumulator_mismatch', () => {
    const { tally, before, now } = filled();
    const other = createPovertyGroupTally({ line: 600_001 });
    other.add(0, 1, 1);
    const error = thrown(() => tally.merge(other.pack())) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('accumulator_mismatch');
    expect(now()).toStrictEqual(before);
  });

  it('puts everything back when a population total overflows part way', () => {
    const big = Number.MAX_VALUE / 1.5;
    // Two pack groups, both sent to group 0: the first fits, the second overflows.
    const pack = {
      kind: 'sejahtera/poverty-tally-pack',
      line: 600_000,
      sums: [big, 0, 0, 0, 0, 0, 0, 0, big, 0, 0, 0, 0, 0, 0, 0],
      valid: [1, 1],
    } as const;
    const { tally, before, now } = filled();
    const error = thrown(() => tally.merge(pack, [0, 0])) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('invalid_accumulator');
    expect(error.messages.en).toBe(
      'merge refused: the population total would overflow (group 1 of the pack)',
    );
    expect(error.messages.id).toMatch(/akan melampaui batas \(kelompok 1 dalam paket\)$/);
    expect(now()).toStrictEqual(before);
    expect(tally.groups).toBe(3);
  });

  it('says why accumulator.merge refuses a snapshot whose population total would overflow', () => {
    // The accumulator's own merge gives the same reason (before, it said it needed an accumulator).
    const snap = {
      kind: 'sejahtera/poverty-accumulator' as const,
      sums: [Number.MAX_VALUE / 1.5, 0, 0, 0, 0, 0, 0, 0] as never,
      total: 1,
      valid: 1,
      rejected: [],
      line: 600_000,
    };
    const acc = createPovertyAccumulator({ line: 600_000 }).merge(snap);
    const error = thrown(() => acc.merge(snap)) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('invalid_accumulator');
    expect(error.messages.en).toBe('merge refused: the population total would overflow');
    expect(error.messages.id).toMatch(/^penggabungan \(`merge`\) ditolak: jumlah `population`/);
  });

  it('names a bad `into` in a ValidationError', () => {
    const pack = createPovertyGroupTally({ line: 600_000 }).pack(2);
    for (const [into, code, path] of [
      [[0], 'too_small', ['into']],
      [[0, 1, 2], 'too_big', ['into']],
      [[0, -1], 'not_integer', ['into', 1]],
      [[0.5, 1], 'not_integer', ['into', 0]],
      [[0, MAX_TALLY_GROUPS], 'too_big', ['into', 1]],
      ['01', 'invalid_type', ['into']],
    ] as const) {
      const { tally, before, now } = filled();
      const error = thrown(() => tally.merge(pack, into as never)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues[0]?.code).toBe(code);
      expect(error.issues[0]?.path).toEqual(path);
      expect(now()).toStrictEqual(before);
    }
    const { tally } = filled();
    expect(thrown(() => tally.pack(-1))).toBeInstanceOf(ValidationError);
    expect(thrown(() => tally.pack(MAX_TALLY_GROUPS + 1))).toBeInstanceOf(ValidationError);
    expect(tally.pack(MAX_TALLY_GROUPS).valid.length).toBe(MAX_TALLY_GROUPS);
  });

  it('returns its result or throws a SejahteraError for anything (fuzz)', () => {
    const source = createPovertyGroupTally({ line: 600_000 });
    source.add(0, 100_000, 2);
    source.add(2, 700_000, 1, 3);
    const valid = { ...source.pack(), sums: Array.from(source.pack().sums) };
    fc.assert(
      fc.property(
        fc.oneof(nasty, corrupt(valid)),
        fc.oneof(fc.constant(undefined), nasty, corrupt([0, 1, 2])),
        hostile,
        (other, into, groups) => {
          const tally = createPovertyGroupTally({ line: 600_000 });
          expectReturnsOrSejahteraError(() => tally.merge(other as never, into as never));
          expectReturnsOrSejahteraError(() => tally.pack(groups as never));
        },
      ),
      { numRuns: 400 },
    );
  });
});
