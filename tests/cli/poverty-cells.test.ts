// The command's household cell reader (cli/src/poverty-cells.ts) against the library: for arbitrary
// rows (plain digits, Indonesian thousands, `Rp`, decimals, blanks, junk, absent cells, non-strings),
// a row is accepted exactly when `validateBatch(PovertyRecordTextSchema, [row])` accepts it, with the
// same values, and otherwise rejected with the very same issues (codes, paths, params, messages) in
// both languages, whether its cells were read fresh or remembered from an earlier row.
import fc from 'fast-check';
import { PovertyRecordTextSchema, validateBatch } from 'sejahtera';
import { describe, expect, it } from 'vitest';
import { fastWholeNumber, HouseholdCells } from '../../cli/src/poverty-cells.js';

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const thousands = fc
  .tuple(
    fc.constantFrom('', 'Rp ', 'Rp', 'rp ', 'Rp. ', 'IDR '),
    digits(1, 4),
    fc.array(digits(2, 4), { maxLength: 5 }),
    fc.constantFrom('', ',00', ',5', ',-', ' ', '.'),
  )
  .map(([p, head, groups, tail]) => `${p}${[head, ...groups].join('.')}${tail}`);
const cell = fc.oneof(
  digits(0, 18),
  thousands,
  fc.constantFrom('', ' ', '0', '00', '007', '1', '450000', ' 450000', '450.000', '0.450', 'Rp 1'),
  fc.constantFrom('1,5', '-1', '1e3', 'n/a', '1.000.000.000.000.000', 'Rp 1.234.567', '12.34'),
  fc.string({ maxLength: 6 }),
);
const anyCell = fc.oneof(
  { weight: 8, arbitrary: cell },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, 12, -1, 1.5, true, {}) },
);

/** The row as the command builds it for the library: absent columns have no key. */
function rowOf(e: unknown, size: unknown, weight: unknown): Record<string, unknown> {
  const row: Record<string, unknown> = { expenditurePerCapita: e };
  if (size !== undefined) row.size = size;
  if (weight !== undefined) row.weight = weight;
  return row;
}

describe('HouseholdCells', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`accepts and rejects exactly as validateBatch does (${lang})`, () => {
      // One reader for the whole property: later rows reuse the texts it remembered.
      const cells = new HouseholdCells(lang);
      fc.assert(
        fc.property(anyCell, anyCell, anyCell, (e, size, weight) => {
          const issues = cells.read(e, size, weight);
          const batch = validateBatch(PovertyRecordTextSchema, [rowOf(e, size, weight)], {
            locale: lang,
          });
          if (batch.valid.length === 1) {
            expect(issues).toBeUndefined();
            const value = batch.valid[0]?.value as Record<string, unknown>;
            expect(cells.y).toBe(value.expenditurePerCapita);
            expect(Number.isNaN(cells.s) ? undefined : cells.s).toBe(value.size);
            expect(Number.isNaN(cells.w) ? undefined : cells.w).toBe(value.weight);
          } else {
            expect(issues).toEqual(batch.rejected[0]?.issues);
          }
        }),
        { numRuns: 4000 },
      );
    });
  }

  it('reads the common cells on the fast path, and nothing else', () => {
    expect(fastWholeNumber('450000', true)).toBe(450000);
    expect(fastWholeNumber('Rp 1.234.567', true)).toBe(1234567);
    expect(fastWholeNumber('1.234.567', false)).toBe(1234567);
    expect(fastWholeNumber('Rp 1.234.567', false)).toBe(-1);
    for (const text of ['', 'Rp ', '1.23', '1234.567', '0.123', '1.234,5', ' 1', '1.', '-1']) {
      expect(fastWholeNumber(text, true), text).toBe(-1);
    }
    expect(fastWholeNumber('1234567890123456', true)).toBe(-1);
  });
});
