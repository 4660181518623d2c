import { deepFreeze } from '../_internal/freeze.js';
import * as zm from 'zod/mini';
import { invalidDateError } from '../_internal/calendar-date-schema.js';
import { shippedDatedTable } from '../_internal/dated-table-build.js';
import {
  type CalendarDate,
  DATED_TABLE_CADENCES,
  type DatedTable,
  type DatedTableCadence,
  type DatedTableInput,
  type DatedValueInput,
  defineDatedTable,
  describeType,
  ParameterNotFoundError,
  valueAt,
} from '../core/index.js';
import { addMonthsYmd, civil, epochDay, formatYmd, readYmd } from '../_internal/days.js';
import { BPS_NATIONAL_NOT_PUBLISHED, BPS_NATIONAL_RELEASES } from './data/national.js';
import { BPS_PROVINCE_CODES, PAPUA_SPLIT } from './data/province-codes.js';
import { BPS_PROVINCIAL_RELEASES } from './data/provincial.js';
import type { BpsLineFigure, BpsLineSet } from './data/types.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

export type {
  BpsLineFigure,
  BpsLineSet,
  BpsNationalRelease,
  BpsProvincialRelease,
} from './data/types.js';
export { BPS_NATIONAL_NOT_PUBLISHED, BPS_NATIONAL_RELEASES } from './data/national.js';
export { BPS_PROVINCE_CODES, PAPUA_SPLIT } from './data/province-codes.js';
export { BPS_PROVINCIAL_RELEASES } from './data/provincial.js';

/**
 * Which poverty line: the total line (urban + rural), or the urban (perkotaan) or rural (perdesaan)
 * line.
 *
 * @category Poverty lines
 */
export type PovertyLineArea = 'total' | 'urban' | 'rural';

/**
 * The areas, for schemas and menus.
 *
 * @category Poverty lines
 * @example
 * POVERTY_LINE_AREAS
 * //=> ['total', 'urban', 'rural']
 */
export const POVERTY_LINE_AREAS = [
  'total',
  'urban',
  'rural',
] as const satisfies readonly PovertyLineArea[];
deepFreeze(POVERTY_LINE_AREAS);

/**
 * The cadence of the BPS national tables: a value every semester (March and September), with the
 * semesters BPS announced no figure for (September 2010, September 2023) listed as not published.
 * A semester's line is in force from the first day of its month until the next semester begins.
 *
 * @category Poverty lines
 * @example
 * BPS_NATIONAL_CADENCE.everyMonths
 * //=> 6
 */
export const BPS_NATIONAL_CADENCE: DatedTableCadence = Object.freeze({
  everyMonths: DATED_TABLE_CADENCES.semiannual.everyMonths,
  notPublished: Object.freeze([...BPS_NATIONAL_NOT_PUBLISHED]),
});

const UNIT = 'rupiah/kapita/bulan';
const AREA_ID: Record<PovertyLineArea, string> = {
  total: 'total',
  urban: 'perkotaan',
  rural: 'perdesaan',
};
const AREA_LABEL: Record<PovertyLineArea, string> = {
  total: 'urban + rural',
  urban: 'urban (perkotaan)',
  rural: 'rural (perdesaan)',
};

type Parts = { readonly food: number; readonly nonFood: number };

function sourceOf(release: string, figure: BpsLineFigure): string {
  return `${release}; confirmed by: ${figure.confirmedBy.join('; ')}`;
}

function entryOf(release: string, figure: BpsLineFigure): DatedValueInput<number> {
  const source = sourceOf(release, figure);
  return figure.note === undefined
    ? { value: figure.value, source }
    : { value: figure.value, source, note: figure.note };
}

function nationalInput(area: PovertyLineArea): DatedTableInput<number> {
  const values: Record<CalendarDate, DatedValueInput<number>> = {};
  for (const r of BPS_NATIONAL_RELEASES as readonly (BpsLineSet & {
    period: string;
    release: string;
  })[]) {
    const figure = r[area];
    if (figure !== undefined) values[r.period] = entryOf(r.release, figure);
  }
  return Object.freeze({
    id: `bps-garis-kemiskinan-nasional-${AREA_ID[area]}`,
    description: `BPS national poverty line (Garis Kemiskinan), ${AREA_LABEL[area]}`,
    unit: UNIT,
    values: Object.freeze(values),
  });
}

/**
 * The national total poverty line (Garis Kemiskinan, all Indonesia, urban + rural), rupiah per capita
 * per month, as dated-table input built from {@link BPS_NATIONAL_RELEASES}. Keys: a March release from
 * `YYYY-03-01`, a September release from `YYYY-09-01`. Only figures confirmed by two public sources
 * are listed; see docs/poverty.md for the semesters left out.
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_TOTAL_INPUT.values['2025-09-01']?.value
 * //=> 641443
 */
export const BPS_POVERTY_LINE_TOTAL_INPUT: DatedTableInput<number> = nationalInput('total');
deepFreeze(BPS_POVERTY_LINE_TOTAL_INPUT);

/**
 * The national urban poverty line (Garis Kemiskinan perkotaan), as dated-table input. Listed from
 * March 2023, the first semester whose urban figure two sources confirm.
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_URBAN_INPUT.values['2025-03-01']?.value
 * //=> 629561
 */
export const BPS_POVERTY_LINE_URBAN_INPUT: DatedTableInput<number> = nationalInput('urban');

/**
 * The national rural poverty line (Garis Kemiskinan perdesaan), as dated-table input. Same coverage
 * as {@link BPS_POVERTY_LINE_URBAN_INPUT}.
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_RURAL_INPUT.values['2025-03-01']?.value
 * //=> 580349
 */
export const BPS_POVERTY_LINE_RURAL_INPUT: DatedTableInput<number> = nationalInput('rural');
deepFreeze(BPS_POVERTY_LINE_URBAN_INPUT);
deepFreeze(BPS_POVERTY_LINE_RURAL_INPUT);

const LineValueSchema = zm.int().check(zm.positive());

/** Food / non-food parts by table and start date. */
const PARTS = new WeakMap<object, ReadonlyMap<CalendarDate, Parts>>();

function partsOf(
  releases: readonly { period: string; set: BpsLineSet | undefined }[],
  area: PovertyLineArea,
): ReadonlyMap<CalendarDate, Parts> {
  const m = new Map<CalendarDate, Parts>();
  for (const r of releases) {
    const f = r.set?.[area];
    if (f?.food !== undefined && f.nonFood !== undefined) {
      m.set(r.period, Object.freeze({ food: f.food, nonFood: f.nonFood }));
    }
  }
  return m;
}

function bpsTable(
  input: DatedTableInput<number>,
  parts: ReadonlyMap<CalendarDate, Parts>,
): DatedTable<number> {
  // The shipped BPS data: tests/poverty/shipped-tables.test.ts proves defineDatedTable accepts it.
  const table = shippedDatedTable<number>(input, BPS_NATIONAL_CADENCE);
  PARTS.set(table, parts);
  return table;
}

const NATIONAL_SETS = (BPS_NATIONAL_RELEASES as readonly (BpsLineSet & { period: string })[]).map(
  (r) => ({ period: r.period, set: r as BpsLineSet }),
);

/**
 * Options of {@link definePovertyLineTable}.
 *
 * @category Poverty lines
 */
export interface DefinePovertyLineTableOptions {
  /**
   * How often a new value is expected (`'semiannual'` for BPS provincial lines, `'annual'` for the
   * March kabupaten/kota lines, or a {@link DatedTableCadence}). With a cadence, a date past the
   * next expected value is refused as stale (`parameter_stale`); without one a value never expires.
   */
  cadence?: keyof typeof DATED_TABLE_CADENCES | DatedTableCadence | undefined;
}

const DEFINE_LINE_TABLE_KEYS = optionKeys<DefinePovertyLineTableOptions>()({ cadence: true });

/**
 * Defines a poverty line table of your own (a provincial or district line, a line from a newer BPS
 * release) on the core's dated-table mechanism. Every value must be a positive whole number of rupiah
 * per capita per month, with a source. Keys follow the same convention as the national tables: a March
 * release from `YYYY-03-01`, a September release from `YYYY-09-01`.
 *
 * @category Poverty lines
 * @throws {@link ValidationError} when a key is not a real date, a source is missing, the table has no
 * value, a value is not a positive safe integer, or the cadence is invalid.
 * @example
 * const lampungUrban = definePovertyLineTable({
 *   id: 'gk-lampung-perkotaan', description: 'GK Lampung perkotaan', unit: 'rupiah/kapita/bulan',
 *   values: { '2024-03-01': { value: 600_000, source: 'BPS Provinsi Lampung (example figure)' } },
 * });
 * povertyLineAt({ date: '2024-05-01', table: lampungUrban }).value
 * //=> 600000
 */
export function definePovertyLineTable(
  input: DatedTableInput<number>,
  options: DefinePovertyLineTableOptions = {},
): DatedTable<number> {
  checkOptionKeys(options, DEFINE_LINE_TABLE_KEYS, 'definePovertyLineTable');
  return guarded('poverty line table', () =>
    defineDatedTable(input, {
      valueSchema: LineValueSchema,
      cadence: typeof options === 'object' && options !== null ? options.cadence : undefined,
    }),
  );
}

/**
 * The BPS national poverty line tables, by area, ready for {@link povertyLineAt} or the core's
 * `valueAt` (which also returns each value's `note`). Each table has the BPS semester cadence
 * ({@link BPS_NATIONAL_CADENCE}), so a date past the next expected release is refused as stale.
 *
 * @category Poverty lines
 * @example
 * valueAt(BPS_POVERTY_LINES.total, '2024-06-30').value
 * //=> 582932
 */
export const BPS_POVERTY_LINES: Readonly<Record<PovertyLineArea, DatedTable<number>>> =
  Object.freeze({
    total: bpsTable(BPS_POVERTY_LINE_TOTAL_INPUT, partsOf(NATIONAL_SETS, 'total')),
    urban: bpsTable(BPS_POVERTY_LINE_URBAN_INPUT, partsOf(NATIONAL_SETS, 'urban')),
    rural: bpsTable(BPS_POVERTY_LINE_RURAL_INPUT, partsOf(NATIONAL_SETS, 'rural')),
  });

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
      PARTS.set(table, partsOf(sets, area));
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

/**
 * Arguments of {@link povertyLineAt}.
 *
 * @category Poverty lines
 */
export interface PovertyLineAtInput {
  /** The date (`YYYY-MM-DD`) on which the line is wanted. */
  date: CalendarDate;
  /** Which line (default `'total'`); ignored when `table` is given. */
  area?: PovertyLineArea | undefined;
  /**
   * A two-digit Kemendagri province code (`'33'`, as `parseNik` returns): the province's BPS line for
   * `area` instead of the national one. Ignored when `table` is given.
   */
  province?: string | undefined;
  /** A table of your own (provincial, district) from {@link definePovertyLineTable}; wins over `area` and `province`. */
  table?: DatedTable<number> | undefined;
  /**
   * Accept a line whose semester has passed with no newer value (default `false`: such a date throws
   * `ParameterNotFoundError` with code `parameter_stale`). The result then has `stale: true`.
   */
  allowStale?: boolean | undefined;
}

const LINE_AT_KEYS = optionKeys<PovertyLineAtInput>()({
  date: true,
  area: true,
  table: true,
  province: true,
  allowStale: true,
});

/**
 * The poverty line in force on a date.
 *
 * @category Poverty lines
 */
export interface PovertyLineInForce {
  /** Rupiah per capita per month. */
  readonly value: number;
  /** The date from which this value is in force (`YYYY-03-01` or `YYYY-09-01` for BPS releases). */
  readonly from: CalendarDate;
  /** The release the value comes from and the sources that confirmed it. */
  readonly source: string;
  /** Garis Kemiskinan Makanan (food part), when published and confirmed for this value. */
  readonly food?: number | undefined;
  /** Garis Kemiskinan Bukan Makanan (non-food part), when published and confirmed. */
  readonly nonFood?: number | undefined;
  /** A revision or caveat recorded with the value. */
  readonly note?: string | undefined;
  /** `true` when the value's semester has passed with no newer value (only with `allowStale`). */
  readonly stale?: true | undefined;
}

function chooseTable(area: unknown, province: unknown): DatedTable<number> | { missing: string } {
  const a = area ?? 'total';
  if (a !== 'total' && a !== 'urban' && a !== 'rural') {
    throw configurationError('unknown_preset', { allowed: POVERTY_LINE_AREAS.join(', ') }, [
      'area',
    ]);
  }
  if (province === undefined) return BPS_POVERTY_LINES[a];
  if (
    typeof province !== 'string' ||
    !(BPS_PROVINCE_CODES as readonly string[]).includes(province)
  ) {
    throw configurationError('unknown_province', {}, ['province']);
  }
  const table = BPS_PROVINCIAL_POVERTY_LINES[province]?.[a];
  return table ?? { missing: `bps-garis-kemiskinan-provinsi-${province}-${AREA_ID[a]}` };
}

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
  return guarded('poverty line lookup', () => {
    if (typeof input !== 'object' || input === null) {
      return invalid(
        [povertyIssue('invalid_type', [], { expected: 'object', received: describeType(input) })],
        'poverty line lookup',
      );
    }
    checkOptionKeys(input, LINE_AT_KEYS, 'povertyLineAt', 'input');
    const { date, area, province, table, allowStale } = input;
    let chosen: DatedTable<number>;
    if (table !== undefined) chosen = table;
    else {
      const found = chooseTable(area, province);
      if ('missing' in found) {
        // Validate the date first, so a bad date is a ValidationError whatever the province.
        if (typeof date !== 'string' || readYmd(date) === undefined) {
          throw invalidDateError(date);
        }
        throw new ParameterNotFoundError(found.missing, date, undefined);
      }
      chosen = found;
    }
    const found = valueAt(chosen, date, { allowStale: allowStale === true });
    if (typeof found.value !== 'number' || !Number.isFinite(found.value) || found.value <= 0) {
      throw configurationError('invalid_line_table', { tableId: chosen.id, from: found.from });
    }
    const parts = PARTS.get(chosen)?.get(found.from);
    const result: {
      value: number;
      from: CalendarDate;
      source: string;
      food?: number;
      nonFood?: number;
      note?: string;
      stale?: true;
    } = { value: found.value, from: found.from, source: found.source };
    if (parts !== undefined) {
      result.food = parts.food;
      result.nonFood = parts.nonFood;
    }
    if (found.note !== undefined) result.note = found.note;
    if (found.stale === true) result.stale = true;
    return result;
  });
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

deepFreeze(BPS_POVERTY_LINE_TOTAL_INPUT);
deepFreeze(BPS_POVERTY_LINE_URBAN_INPUT);
deepFreeze(BPS_POVERTY_LINE_RURAL_INPUT);
