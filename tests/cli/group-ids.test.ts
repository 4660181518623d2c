// The group numbering of `poverty` (cli/src/group-ids.ts) against the plain rule it speeds up: a
// cell's group is its text trimmed, blank or non-text cells have none, and groups are numbered in
// order of first appearance, as a Map of the trimmed texts numbers them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupIds, shortKeyCode } from '../../cli/src/group-ids.js';

/** The rule, written the slow way. */
function reference(cells: readonly unknown[]): { ids: number[]; keys: string[] } {
  const seen = new Map<string, number>();
  const ids = cells.map((raw) => {
    const key = typeof raw === 'string' ? raw.trim() : '';
    if (key === '') return -1;
    let id = seen.get(key);
    if (id === undefined) {
      id = seen.size;
      seen.set(key, id);
    }
    return id;
  });
  return { ids, keys: [...seen.keys()] };
}

const pad = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\n', '\ufeff', '\u3000');
const core = fc.oneof(
  fc.constantFrom('1101', '3171', '11', 'A', 'Kedaton', 'Kota Bandung', 'a b', '~', '!', '1101x'),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 9 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 9 }),
  fc.string({ maxLength: 9 }),
);
const cell = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(pad, core, pad).map(([a, b, c]) => `${a}${b}${c}`) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 1101, '', ' ') },
);

/** One GroupIds over `cells`: the numbers and keys the rule gives. */
function expectNumberedAsReference(cells: readonly unknown[]): void {
  const groups = new GroupIds();
  const ids = cells.map((c) => groups.idOf(c));
  const want = reference(cells);
  expect(ids).toEqual(want.ids);
  expect(groups.keys).toEqual(want.keys);
}

describe('GroupIds', () => {
  it('numbers groups as a Map of the trimmed texts does', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => expectNumberedAsReference(cells)),
      { numRuns: 3000 },
    );
  });

  it('numbers thousands of short keys as the Map does (the code table grows and probes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9_999_999 }).map(String), core), {
          minLength: 600,
          maxLength: 4000,
        }),
        fc.integer({ min: 1, max: 3 }),
        (distinct, repeats) => {
          const cells: string[] = [];
          for (let r = 0; r < repeats; r++) for (const c of distinct) cells.push(c);
          expectNumberedAsReference(cells);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('after clear() numbers as a new one, whatever it numbered before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9_999 }).map(String), cell), {
          maxLength: 1500,
          size: 'max',
        }),
        fc.array(cell, { maxLength: 200 }),
        (before, after) => {
          const groups = new GroupIds();
          for (const c of before) groups.idOf(c);
          const handed = groups.keys;
          const kept = [...handed];
          groups.clear();
          const ids = after.map((c) => groups.idOf(c));
          const want = reference(after);
          expect(ids).toEqual(want.ids);
          expect(groups.keys).toEqual(want.keys);
          // The keys handed out before (a chunk's result) are left as they were.
          expect(handed).toEqual(kept);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a number only to short printable ASCII keys that need no trim, one per key', () => {
    expect(shortKeyCode('1101')).toBe(((49 * 128 + 49) * 128 + 48) * 128 + 49);
    expect(shortKeyCode('a b')).toBe((97 * 128 + 32) * 128 + 98);
    for (const text of ['', ' 1101', '1101 ', '12345678', 'Kédaton', '11\t01', '\u00a01']) {
      expect(shortKeyCode(text), JSON.stringify(text)).toBe(-1);
    }
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
        (a, b) => {
          const ca = shortKeyCode(a);
          const cb = shortKeyCode(b);
          if (ca >= 0 && cb >= 0) expect(ca === cb).toBe(a === b);
        },
      ),
    );
  });
});
