import { describe, expect, it } from 'vitest';
import {
  type DatedTable,
  defineDatedTable,
  ParameterNotFoundError,
  ValidationError,
} from '../../src/index.js';
import {
  BPS_NATIONAL_CADENCE,
  BPS_POVERTY_LINE_RURAL_INPUT,
  BPS_POVERTY_LINE_TOTAL_INPUT,
  BPS_POVERTY_LINE_URBAN_INPUT,
  BPS_POVERTY_LINES,
  BPS_PROVINCIAL_POVERTY_LINES,
  definePovertyLineTable,
} from '../../src/poverty/index.js';

// The shipped BPS tables are assembled at import without running a schema (so a poverty line
// lookup carries no zod into a browser bundle). These tests are the validation they skip: every
// shipped table is exactly what the validating constructors make of the same data.

const asInput = (table: DatedTable<number>) => ({
  id: table.id,
  description: table.description,
  unit: table.unit,
  values: Object.fromEntries(
    table.entries.map((e) => [
      e.from,
      e.note === undefined
        ? { value: e.value, source: e.source }
        : { value: e.value, source: e.source, note: e.note },
    ]),
  ),
});

describe('shipped poverty line tables equal what the validating constructors make', () => {
  it('national tables: defineDatedTable of the published inputs (positive whole rupiah, BPS cadence)', () => {
    const inputs = {
      total: BPS_POVERTY_LINE_TOTAL_INPUT,
      urban: BPS_POVERTY_LINE_URBAN_INPUT,
      rural: BPS_POVERTY_LINE_RURAL_INPUT,
    };
    for (const area of ['total', 'urban', 'rural'] as const) {
      const checked = definePovertyLineTable(inputs[area], { cadence: BPS_NATIONAL_CADENCE });
      expect(BPS_POVERTY_LINES[area]).toEqual(checked);
      expect(Object.isFrozen(BPS_POVERTY_LINES[area].entries)).toBe(true);
    }
  });

  it('every provincial table passes definePovertyLineTable unchanged', () => {
    let count = 0;
    for (const tables of Object.values(BPS_PROVINCIAL_POVERTY_LINES)) {
      for (const table of Object.values(tables)) {
        if (table === undefined) continue;
        expect(table).toEqual(
          definePovertyLineTable(asInput(table), { cadence: BPS_NATIONAL_CADENCE }),
        );
        expect(table).toEqual(defineDatedTable(asInput(table), { cadence: BPS_NATIONAL_CADENCE }));
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('the lookup still refuses a bad date and a date before the data', async () => {
    const { povertyLineAt } = await import('../../src/poverty/index.js');
    expect(() => povertyLineAt({ date: '2023-02-29' })).toThrow(ValidationError);
    expect(() => povertyLineAt({ date: '1990-01-01' })).toThrow(ParameterNotFoundError);
  });
});
