// The command's fast path for household cells (plain digits) agrees with the library's
// PovertyRecordTextSchema on every row it accepts; every other row goes through the schema.
import fc from 'fast-check';
import { PovertyRecordTextSchema } from 'sejahtera';
import { describe, expect, it } from 'vitest';
import { readHouseholdFast } from '../../cli/src/poverty-chunk.js';

const cell = fc.oneof(
  fc.stringMatching(/^[0-9]{0,17}$/),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '00',
    '1',
    '450000',
    ' 450000',
    '450.000',
    'Rp 1',
    '1,5',
    '-1',
    '1e3',
  ),
  fc.string({ maxLength: 6 }),
);
const optional = fc.option(cell, { nil: undefined });

describe('readHouseholdFast', () => {
  it('returns what the schema returns, whenever it returns anything', () => {
    fc.assert(
      fc.property(cell, optional, optional, (e, size, weight) => {
        const fast = readHouseholdFast(e, size, weight);
        if (fast === undefined) return;
        const row: Record<string, unknown> = { expenditurePerCapita: e };
        if (size !== undefined) row.size = size;
        if (weight !== undefined) row.weight = weight;
        const parsed = PovertyRecordTextSchema.safeParse(row);
        expect(parsed.success).toBe(true);
        const data = parsed.data as Record<string, unknown>;
        expect(fast.expenditurePerCapita).toBe(data.expenditurePerCapita);
        expect(fast.size).toBe(data.size);
        expect(fast.weight).toBe(data.weight);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes plain digits and leaves everything else to the schema', () => {
    expect(readHouseholdFast('450000', '4', '')).toEqual({
      expenditurePerCapita: 450000,
      size: 4,
      weight: undefined,
    });
    expect(readHouseholdFast('450.000', '4', '1')).toBeUndefined();
    expect(readHouseholdFast('', '4', '1')).toBeUndefined();
    expect(readHouseholdFast('450000', '0', '1')).toBeUndefined();
    expect(readHouseholdFast('1234567890123456', undefined, undefined)).toBeUndefined();
  });
});
