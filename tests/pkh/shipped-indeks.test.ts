// PKH_INDEKS is assembled at import without running a schema (so pkhBenefit carries no zod for it
// into a browser bundle). This test is the validation it skips: the shipped table is exactly what
// the validating constructor, the core's defineDatedTable, makes of the same input.
import { describe, expect, it } from 'vitest';
import { defineDatedTable, valueAt } from '../../src/index.js';
import { PKH_INDEKS } from '../../src/pkh/index.js';
import { PKH_INDEKS_INPUT } from '../../src/pkh/indeks.js';

describe('the shipped PKH indeks equals what defineDatedTable makes of its input', () => {
  it('same entries, dates, values, sources and notes; no cadence', () => {
    const checked = defineDatedTable(PKH_INDEKS_INPUT);
    expect(PKH_INDEKS).toEqual(checked);
    expect(PKH_INDEKS.entries.map((e) => e.from)).toEqual(checked.entries.map((e) => e.from));
    expect('cadence' in PKH_INDEKS).toBe(false);
  });

  it('is a table valueAt accepts, frozen', () => {
    // 2020: pregnancy Rp 3,000,000 a year (Kepdirjen indeks bantuan 2020, docs/pkh.md).
    expect(valueAt(PKH_INDEKS, '2020-01-01').value.components.ibu_hamil.value).toBe(3_000_000);
    expect(Object.isFrozen(PKH_INDEKS)).toBe(true);
    expect(Object.isFrozen(PKH_INDEKS.entries[0]?.value)).toBe(true);
  });
});
