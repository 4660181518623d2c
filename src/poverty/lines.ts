import type { CalendarDate, DatedTable } from '../core/index.js';
import { addMonthsYmd, civil, epochDay, formatYmd, readYmd } from '../_internal/days.js';
import { BPS_PROVINCE_CODES } from './data/province-codes.js';
import {
  BPS_NATIONAL_CADENCE,
  BPS_POVERTY_LINES,
  lookupLine,
  POVERTY_LINE_AREAS,
  type PovertyLineArea,
  type PovertyLineAtInput,
  type PovertyLineInForce,
} from './national-lines.js';
import { BPS_PROVINCIAL_POVERTY_LINES, provinceTables } from './provincial-lines.js';

export type {
  BpsLineFigure,
  BpsLineSet,
  BpsNationalRelease,
  BpsProvincialRelease,
} from './data/types.js';
export { BPS_NATIONAL_NOT_PUBLISHED, BPS_NATIONAL_RELEASES } from './data/national.js';
export { BPS_PROVINCE_CODES, PAPUA_SPLIT } from './data/province-codes.js';
export { BPS_PROVINCIAL_RELEASES } from './data/provincial.js';
export {
  BPS_NATIONAL_CADENCE,
  BPS_POVERTY_LINE_RURAL_INPUT,
  BPS_POVERTY_LINE_TOTAL_INPUT,
  BPS_POVERTY_LINE_URBAN_INPUT,
  BPS_POVERTY_LINES,
  type DefinePovertyLineTableOptions,
  definePovertyLineTable,
  POVERTY_LINE_AREAS,
  type PovertyLineArea,
  type PovertyLineAtInput,
  type PovertyLineInForce,
} from './national-lines.js';
export { BPS_PROVINCIAL_POVERTY_LINES } from './provincial-lines.js';

/**
 * The poverty line in force on a date: the national BPS line for an area, a province's BPS line, or
 * a table of your own.
 *
 * Date convention: a BPS semester's line is in force from the first day of its month (1 March or
 * 1 September) until the next semester begins; on a change date the new value is in force. A date on
 * or after the start of the next semester, when that semester has no value, is stale: it throws
 * `ParameterNotFoundError` with code `parameter_stale` (naming the table, the last value and its
 * date), unless `allowStale: true` is passed, and then the result carries `stale: true` and the
 * value's own `from`. Semesters BPS did not publish (September 2010, September 2023) are not stale:
 * the previous release stays in force through them. Source: BPS, Profil Kemiskinan di Indonesia
 * (each value carries its release and confirming sources in `source`).
 *
 * @category Poverty lines
 * @throws {@link ParameterNotFoundError} `parameter_not_found` when the date is before the table's
 * first value or the province has no line for the area; `parameter_stale` when the value found is
 * past its semester and `allowStale` is not set.
 * @throws {@link ValidationError} when the date is not a real `YYYY-MM-DD` date or the table is not a
 * dated table.
 * @throws {@link ConfigurationError} (`unknown_preset`) for an unknown area, (`unknown_province`) for a
 * province that is not a two-digit Kemendagri code, (`invalid_line_table`) when the value in force is
 * not a positive finite number.
 * @example
 * povertyLineAt({ date: '2025-03-01', area: 'urban' }).value
 * //=> 629561
 * povertyLineAt({ date: '2023-12-31' }).value // no September 2023 release: March 2023 stays in force
 * //=> 550458
 * povertyLineAt({ date: '2023-06-30', area: 'rural', province: '18' }).value
 * //=> 534575
 * povertyLineAt({ date: '2026-11-29', allowStale: true })
 * //=> { value: 641443, from: '2025-09-01', stale: true, ... }
 */
export function povertyLineAt(input: PovertyLineAtInput): PovertyLineInForce {
  return lookupLine(input, provinceTables);
}

/**
 * What {@link povertyLineTables} says about one table.
 *
 * @category Poverty lines
 */
export interface PovertyLineTableInfo {
  /** The table's id. */
  readonly id: string;
  /** The area of the line. */
  readonly area: PovertyLineArea;
  /** The Kemendagri province code, for a provincial table; absent for a national one. */
  readonly province?: string | undefined;
  /** The first semester with a value. */
  readonly first: CalendarDate;
  /** The latest semester with a value ("data up to"). */
  readonly last: CalendarDate;
  /** The last day on which the latest value is in force without being stale. */
  readonly inForceUntil: CalendarDate;
  /** How many semesters have a value. */
  readonly count: number;
  /**
   * Semesters between `first` and `last` that BPS published but that have no confirmed value here:
   * dates in them are stale (`parameter_stale`) unless `allowStale` is passed.
   */
  readonly missing: readonly CalendarDate[];
  /** The table itself. */
  readonly table: DatedTable<number>;
}

function describeCoverage(
  table: DatedTable<number>,
  area: PovertyLineArea,
  province: string | undefined,
): PovertyLineTableInfo {
  const cadence = table.cadence ?? BPS_NATIONAL_CADENCE;
  const skipped = new Set(cadence.notPublished ?? []);
  const have = new Set(table.entries.map((e) => e.from));
  const first = (table.entries[0] as { from: CalendarDate }).from;
  const last = (table.entries[table.entries.length - 1] as { from: CalendarDate }).from;
  const missing: CalendarDate[] = [];
  const step = (d: CalendarDate, k: number): CalendarDate => {
    const [y, m, day] = readYmd(d) as [number, number, number];
    const [ny, nm, nd] = addMonthsYmd(y, m, day, k);
    return formatYmd(ny, nm, nd);
  };
  for (let d = step(first, cadence.everyMonths); d < last; d = step(d, cadence.everyMonths)) {
    if (!have.has(d) && !skipped.has(d)) missing.push(d);
  }
  let next = step(last, cadence.everyMonths);
  while (skipped.has(next)) next = step(next, cadence.everyMonths);
  const [ny, nm, nd] = readYmd(next) as [number, number, number];
  const until = formatYmd(...civil(epochDay(ny, nm, nd) - 1));
  const info = {
    id: table.id,
    area,
    first,
    last,
    inForceUntil: until,
    count: table.entries.length,
    missing: Object.freeze(missing),
    table,
  };
  return Object.freeze(province === undefined ? info : { ...info, province });
}

/**
 * What the shipped BPS tables cover: one record per table (3 national, and one per province and area
 * that has at least one confirmed value), with its first and last semester, the last day its latest
 * value is in force, and the published semesters it lacks. A dashboard can show "data up to
 * September 2025" from `last`, and warn from `inForceUntil`.
 *
 * @category Poverty lines
 * @example
 * povertyLineTables().find((t) => t.id === 'bps-garis-kemiskinan-nasional-total')
 * //=> { first: '2010-03-01', last: '2025-09-01', inForceUntil: '2026-02-28', ... }
 */
export function povertyLineTables(): readonly PovertyLineTableInfo[] {
  const out: PovertyLineTableInfo[] = [];
  for (const area of POVERTY_LINE_AREAS) {
    out.push(describeCoverage(BPS_POVERTY_LINES[area], area, undefined));
  }
  for (const code of BPS_PROVINCE_CODES) {
    const tables = BPS_PROVINCIAL_POVERTY_LINES[code];
    for (const area of POVERTY_LINE_AREAS) {
      const t = tables?.[area];
      if (t !== undefined) out.push(describeCoverage(t, area, code));
    }
  }
  return Object.freeze(out);
}
