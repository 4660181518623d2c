// Issue 10, one rule in one place: parseNik accepts through a fast reader (readNikFast) and explains
// a rejection with a slow one (nikIssues). These properties prove the two agree on every input: the
// fast reader accepts exactly the NIKs in which the slow one finds no issue, and what it reads is what
// the NIK rules say (a model written here from the rules: day + 40 for women, the latest birth date
// with that DD-MM-YY not after the reference date, among its century and the one before).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/kpb/index.js';
import { nikIssues, readNikFast, referenceOf } from '../../src/kpb/nik.js';

const two = (n: number) => String(n).padStart(2, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;

/** The NIK rules, written independently of src/kpb/nik.ts. */
function model(nik: string, ref: string) {
  if (!/^[0-9]{16}$/.test(nik)) return undefined;
  const n = (a: number, b: number) => Number(nik.slice(a, b));
  const province = PROVINCES.provinces.find((p) => p.code === nik.slice(0, 2));
  const dd = n(6, 8);
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  const month = n(8, 10);
  if (province === undefined || n(2, 4) === 0 || n(4, 6) === 0 || n(12, 16) === 0) return undefined;
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const refYear = Number(ref.slice(0, 4));
  const base = refYear - (refYear % 100) + n(10, 12);
  const key = (y: number) => `${String(y).padStart(4, '0')}-${two(month)}-${two(day)}`;
  const later = day <= daysIn(base, month) && key(base) <= ref ? base : undefined;
  const earlier = base - 100 >= 1 && day <= daysIn(base - 100, month) ? base - 100 : undefined;
  const year = later ?? earlier;
  if (year === undefined) return undefined;
  return {
    provinceCode: nik.slice(0, 2),
    provinceName: province.name,
    regencyCode: nik.slice(2, 4),
    districtCode: nik.slice(4, 6),
    birthDate: key(year),
    sex: female ? 'female' : 'male',
    serial: nik.slice(12, 16),
  };
}

const pair = (max: number) => fc.integer({ min: 0, max }).map(two);
// Mostly near-valid NIKs (so every rule is met or broken by one field), some with any characters.
const nearValid = fc
  .tuple(
    fc.oneof(fc.constantFrom(...PROVINCES.provinces.map((p) => p.code)), pair(99)),
    pair(99),
    pair(99),
    fc.oneof(pair(31), fc.integer({ min: 41, max: 71 }).map(String), pair(99)),
    fc.oneof(pair(12), pair(99)),
    pair(99),
    fc.oneof(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'))),
  )
  .map((parts) => parts.join(''));
const anyChars = fc.string({
  unit: fc.constantFrom(...'0123456789/:a ٣０'),
  minLength: 16,
  maxLength: 16,
});
const withOneBadChar = fc
  .tuple(nearValid, fc.integer({ min: 0, max: 15 }), fc.constantFrom('/', ':', 'x', '٣', '０', ' '))
  .map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
const nikArb = fc.oneof(nearValid, nearValid, anyChars, withOneBadChar);
const refArb = fc
  .date({
    min: new Date('1900-03-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseNik: the fast reader agrees with the slow one and with the NIK rules', () => {
  it('accepts exactly the NIKs in which nikIssues finds nothing (property)', () => {
    fc.assert(
      fc.property(nikArb, refArb, (nik, ref) => {
        const reference = referenceOf(ref);
        expect(reference).toBeDefined();
        const fast = readNikFast(nik, reference as NonNullable<typeof reference>);
        const slow = nikIssues(nik, reference, undefined);
        expect(fast === undefined).toBe(slow.length > 0);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads what the NIK rules say (property, against a model written from the rules)', () => {
    fc.assert(
      fc.property(nikArb, refArb, (nik, ref) => {
        const reference = referenceOf(ref) as NonNullable<ReturnType<typeof referenceOf>>;
        expect(readNikFast(nik, reference)).toEqual(model(nik, ref));
      }),
      { numRuns: 20_000 },
    );
  });

  it('the cases that tell a loose digit check from an exact one', () => {
    const ref = referenceOf('2024-06-01') as NonNullable<ReturnType<typeof referenceOf>>;
    // ':' is code 58, one past '9': an OR of the digit values would let it through.
    expect(readNikFast('33041:4505850001', ref)).toBeUndefined();
    expect(nikIssues('33041:4505850001', ref, undefined).map((i) => i.code)).toEqual([
      'nik_non_digit',
    ]);
    expect(readNikFast('3304124505850001', ref)?.birthDate).toBe('1985-05-05');
  });
});
