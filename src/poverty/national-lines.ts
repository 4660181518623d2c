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
import { readYmd } from '../_internal/days.js';
import { define, registry } from '../_internal/memo.js';
import { BPS_NATIONAL_NOT_PUBLISHED, BPS_NATIONAL_RELEASES } from './data/national.js';
import type { BpsLineFigure, BpsLineSet } from './data/types.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

// The national BPS poverty lines and the line lookup, apart from the provincial tables
// (provincial-lines.ts): the classifiers and measures read a line through this module, so their
// bundles carry the provincial table only when a caller asks for a provincial line (issue 11).

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

/** The unit of every BPS line table. */
export const UNIT = 'rupiah/kapita/bulan';
/** The Indonesian word of each area, as table ids write it. */
export const AREA_ID: Record<PovertyLineArea, string> = {
  total: 'total',
  urban: 'perkotaan',
  rural: 'perdesaan',
};
/** Each area as table descriptions write it. */
export const AREA_LABEL: Record<PovertyLineArea, string> = {
  total: 'urban + rural',
  urban: 'urban (perkotaan)',
  rural: 'rural (perdesaan)',
};

type Parts = { readonly food: number; readonly nonFood: number };

function sourceOf(release: string, figure: BpsLineFigure): string {
  return `${release}; confirmed by: ${figure.confirmedBy.join('; ')}`;
}

export function entryOf(release: string, figure: BpsLineFigure): DatedValueInput<number> {
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
  return deepFreeze({
    id: `bps-garis-kemiskinan-nasional-${AREA_ID[area]}`,
    description: `BPS national poverty line (Garis Kemiskinan), ${AREA_LABEL[area]}`,
    unit: UNIT,
    values,
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

const LineValueSchema = zm.int().check(zm.positive());

/**
 * Food / non-food parts by shipped table and start date: each BPS table's parts are defined once, by
 * the module that builds the table, when it loads.
 */
export const PARTS = registry<object, ReadonlyMap<CalendarDate, Parts>>();

export function partsOf(
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
  define(PARTS, table, parts);
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

/** The keys of {@link PovertyLineAtInput}. */
export const LINE_AT_KEYS = optionKeys<PovertyLineAtInput>()({
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

/**
 * Finds the table of a lookup with a province: the provincial tables (povertyLineAt), or nothing
 * when the caller did not load them (the classifiers' `line`).
 */
export type ProvinceTables = (
  province: unknown,
  area: PovertyLineArea,
) => DatedTable<number> | { missing: string };

function readArea(area: unknown): PovertyLineArea {
  const a = area ?? 'total';
  if (a !== 'total' && a !== 'urban' && a !== 'rural') {
    throw configurationError('unknown_preset', { allowed: POVERTY_LINE_AREAS.join(', ') }, [
      'area',
    ]);
  }
  return a;
}

function chooseTable(
  area: unknown,
  province: unknown,
  provinces: ProvinceTables | undefined,
): DatedTable<number> | { missing: string } {
  const a = readArea(area);
  if (province === undefined) return BPS_POVERTY_LINES[a];
  if (provinces === undefined) throw configurationError('provincial_line_not_loaded', {}, ['line']);
  return provinces(province, a);
}

/**
 * {@link povertyLineAt} with the provincial tables as a parameter: `undefined` (the classifiers'
 * `line` lookup) refuses a province with `provincial_line_not_loaded`.
 */
export function lookupLine(
  input: PovertyLineAtInput,
  provinces: ProvinceTables | undefined,
): PovertyLineInForce {
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
      const found = chooseTable(area, province, provinces);
      if ('missing' in found) {
        // Validate the date first, so a bad date is a ValidationError whatever the province.
        if (typeof date !== 'string' || readYmd(date) === undefined) {
          throw invalidDateError(date);
        }
        throw new ParameterNotFoundError(found.missing, date, undefined);
      }
      chosen = found;
    }
    return inForce(chosen, date, allowStale === true);
  });
}

function inForce(
  chosen: DatedTable<number>,
  date: CalendarDate,
  allowStale: boolean,
): PovertyLineInForce {
  const found = valueAt(chosen, date, { allowStale });
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
}
