import type { CalendarDate, DatedTable, DatedValueInput } from '../core/index.js';
import { shippedDatedTable } from '../_internal/dated-table-build.js';
import { define } from '../_internal/memo.js';
import { BPS_PROVINCE_CODES, PAPUA_SPLIT } from './data/province-codes.js';
import { BPS_PROVINCIAL_RELEASES } from './data/provincial.js';
import type { BpsLineSet } from './data/types.js';
import { configurationError } from './issues.js';
import {
  AREA_ID,
  AREA_LABEL,
  BPS_NATIONAL_CADENCE,
  entryOf,
  PARTS,
  POVERTY_LINE_AREAS,
  type PovertyLineArea,
  partsOf,
  type ProvinceTables,
  UNIT,
} from './national-lines.js';

// The BPS provincial poverty line tables (about 9 kB of a gzipped bundle): only code that asks for a
// provincial line imports this module (povertyLineAt, povertyLineTables).

function buildProvincial(): Readonly<
  Record<string, Readonly<Partial<Record<PovertyLineArea, DatedTable<number>>>>>
> {
  const out: Record<string, Partial<Record<PovertyLineArea, DatedTable<number>>>> = {};
  const releases = BPS_PROVINCIAL_RELEASES as readonly {
    period: string;
    release: string;
    provinces: Readonly<Record<string, BpsLineSet>>;
  }[];
  const splitCodes: readonly string[] = PAPUA_SPLIT.provinces;
  for (const code of BPS_PROVINCE_CODES) {
    const tables: Partial<Record<PovertyLineArea, DatedTable<number>>> = {};
    for (const area of POVERTY_LINE_AREAS) {
      const values: Record<CalendarDate, DatedValueInput<number>> = {};
      const sets: { period: string; set: BpsLineSet | undefined }[] = [];
      for (const r of releases) {
        const set = r.provinces[code];
        const figure = set?.[area];
        if (figure === undefined) continue;
        if (splitCodes.includes(code) && r.period < PAPUA_SPLIT.firstRelease) {
          throw new Error(`province ${code} has a line before ${PAPUA_SPLIT.firstRelease}`);
        }
        values[r.period] = entryOf(r.release, figure);
        sets.push({ period: r.period, set });
      }
      if (Object.keys(values).length === 0) continue;
      const table = shippedDatedTable<number>(
        {
          id: `bps-garis-kemiskinan-provinsi-${code}-${AREA_ID[area]}`,
          description: `BPS poverty line of province ${code}, ${AREA_LABEL[area]}`,
          unit: UNIT,
          values: values as Record<CalendarDate, { value: number; source: string }>,
        },
        BPS_NATIONAL_CADENCE,
      );
      define(PARTS, table, partsOf(sets, area));
      tables[area] = table;
    }
    out[code] = Object.freeze(tables);
  }
  return Object.freeze(out);
}

/**
 * The BPS provincial poverty line tables, by Kemendagri province code (the code `parseNik` returns)
 * and area. Every code of {@link BPS_PROVINCE_CODES} is a key; a province or area with no confirmed
 * figure has no table (`povertyLineAt` then throws `parameter_not_found`). The lines of 93 to 96 start
 * no earlier than {@link PAPUA_SPLIT}`.firstRelease`.
 *
 * @category Poverty lines
 * @example
 * valueAt(BPS_PROVINCIAL_POVERTY_LINES['18'].urban!, '2023-06-30').value
 * //=> 610614
 */
export const BPS_PROVINCIAL_POVERTY_LINES: Readonly<
  Record<string, Readonly<Partial<Record<PovertyLineArea, DatedTable<number>>>>>
> = buildProvincial();

/** The provincial table of a lookup (a province code checked against {@link BPS_PROVINCE_CODES}). */
export const provinceTables: ProvinceTables = (province, area) => {
  if (
    typeof province !== 'string' ||
    !(BPS_PROVINCE_CODES as readonly string[]).includes(province)
  ) {
    throw configurationError('unknown_province', {}, ['province']);
  }
  const table = BPS_PROVINCIAL_POVERTY_LINES[province]?.[area];
  return table ?? { missing: `bps-garis-kemiskinan-provinsi-${province}-${AREA_ID[area]}` };
};
