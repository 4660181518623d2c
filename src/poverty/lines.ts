import { deepFreeze } from '../_internal/freeze.js';
import * as z from 'zod';
import {
  type CalendarDate,
  type DatedTable,
  type DatedTableInput,
  type DatedValueInput,
  defineDatedTable,
  describeType,
  valueAt,
} from '../core/index.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

/**
 * Which national poverty line: the all-Indonesia line, or the urban (perkotaan) or rural (perdesaan)
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

const PRESS =
  'value as reported in the national press quoting BPS (Kontan, Tempo, Detik, Okezone, Antara)';
const release = (month: 'Maret' | 'September', year: number): string =>
  `BPS, Berita Resmi Statistik "Profil Kemiskinan di Indonesia ${month} ${year}"; ${PRESS}`;
const SEED_000 =
  'BPS garis kemiskinan 2015 as cited by Purnomo & Utami, "Analisis Implementasi Pengentasan Kemiskinan Perkotaan (Studi Deskriptif di Kota Bandar Lampung)"; consistent with BPS "Profil Kemiskinan di Indonesia September 2015"';

const v = (value: number, source: string, note?: string): DatedValueInput<number> =>
  note === undefined ? { value, source } : { value, source, note };

const MARCH_2024_NOTE =
  'Revision: first published as Rp 582,932 (BPS, Profil Kemiskinan Maret 2024); later revised by BPS to Rp 582,910. The revised value is the one in force here.';

/**
 * The national poverty line (Garis Kemiskinan, all Indonesia), rupiah per capita per month, as a
 * dated table. Date convention: a March release is in force from `YYYY-03-01` and a September
 * release from `YYYY-09-01`, until the next value. Semesters with no value found (September 2010,
 * September 2011, March 2014, March 2017, September 2023) are missing on purpose: on those dates the
 * previous release stays in force, and `from` says which one it is. The March 2024 value is the
 * revised 582,910 (first published as 582,932; the note records it).
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_TOTAL_INPUT.values['2024-03-01'].value
 * //=> 582910
 */
export const BPS_POVERTY_LINE_TOTAL_INPUT = {
  id: 'bps-garis-kemiskinan-nasional-total',
  description: 'BPS national poverty line (Garis Kemiskinan), urban + rural',
  unit: 'rupiah/kapita/bulan',
  values: {
    '2010-03-01': v(211_726, release('Maret', 2010)),
    '2011-03-01': v(233_740, release('Maret', 2011)),
    '2012-03-01': v(248_707, release('Maret', 2012)),
    '2012-09-01': v(259_520, release('September', 2012)),
    '2013-03-01': v(271_626, release('Maret', 2013)),
    '2013-09-01': v(292_951, release('September', 2013)),
    '2014-09-01': v(312_328, release('September', 2014)),
    '2015-03-01': v(330_776, release('Maret', 2015)),
    '2015-09-01': v(344_809, release('September', 2015)),
    '2016-03-01': v(354_386, release('Maret', 2016)),
    '2016-09-01': v(361_990, release('September', 2016)),
    '2017-09-01': v(387_160, release('September', 2017)),
    '2018-03-01': v(401_220, release('Maret', 2018)),
    '2018-09-01': v(410_670, release('September', 2018)),
    '2019-03-01': v(425_250, release('Maret', 2019)),
    '2019-09-01': v(440_538, release('September', 2019)),
    '2020-03-01': v(454_652, release('Maret', 2020)),
    '2020-09-01': v(458_947, release('September', 2020)),
    '2021-03-01': v(472_525, release('Maret', 2021)),
    '2021-09-01': v(486_168, release('September', 2021)),
    '2022-03-01': v(505_469, release('Maret', 2022)),
    '2022-09-01': v(535_547, release('September', 2022)),
    '2023-03-01': v(550_458, release('Maret', 2023)),
    '2024-03-01': v(582_910, `${release('Maret', 2024)}; revised figure`, MARCH_2024_NOTE),
    '2024-09-01': v(595_242, release('September', 2024)),
    '2025-03-01': v(609_160, release('Maret', 2025)),
  },
} as const satisfies DatedTableInput<number>;
deepFreeze(BPS_POVERTY_LINE_TOTAL_INPUT);

/**
 * The urban poverty line (Garis Kemiskinan perkotaan), rupiah per capita per month. Only the
 * releases found with a source are listed (September 2015, March 2023, March 2024, September 2024,
 * March 2025); between them the previous value stays in force, so a 2020 date gets the September
 * 2015 line: pass your own `table` to {@link povertyLineAt} if you have the full series.
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_URBAN_INPUT.values['2015-09-01'].value
 * //=> 356378
 */
export const BPS_POVERTY_LINE_URBAN_INPUT = {
  id: 'bps-garis-kemiskinan-nasional-perkotaan',
  description: 'BPS national urban poverty line (Garis Kemiskinan perkotaan)',
  unit: 'rupiah/kapita/bulan',
  values: {
    '2015-09-01': v(356_378, SEED_000),
    '2023-03-01': v(569_299, release('Maret', 2023)),
    '2024-03-01': v(601_871, release('Maret', 2024)),
    '2024-09-01': v(615_763, release('September', 2024)),
    '2025-03-01': v(629_561, release('Maret', 2025)),
  },
} as const satisfies DatedTableInput<number>;
deepFreeze(BPS_POVERTY_LINE_URBAN_INPUT);

/**
 * The rural poverty line (Garis Kemiskinan perdesaan), rupiah per capita per month. Same releases
 * and the same gaps as {@link BPS_POVERTY_LINE_URBAN_INPUT}.
 *
 * @category Poverty lines
 * @example
 * BPS_POVERTY_LINE_RURAL_INPUT.values['2015-09-01'].value
 * //=> 333034
 */
export const BPS_POVERTY_LINE_RURAL_INPUT = {
  id: 'bps-garis-kemiskinan-nasional-perdesaan',
  description: 'BPS national rural poverty line (Garis Kemiskinan perdesaan)',
  unit: 'rupiah/kapita/bulan',
  values: {
    '2015-09-01': v(333_034, SEED_000),
    '2023-03-01': v(525_050, release('Maret', 2023)),
    '2024-03-01': v(556_874, release('Maret', 2024)),
    '2024-09-01': v(566_655, release('September', 2024)),
    '2025-03-01': v(580_349, release('Maret', 2025)),
  },
} as const satisfies DatedTableInput<number>;
deepFreeze(BPS_POVERTY_LINE_RURAL_INPUT);

const LineValueSchema = z.int().positive();

/**
 * Defines a poverty line table of your own (a provincial or district line, a line from a newer BPS
 * release) on the core's dated-table mechanism. Every value must be a positive whole number of rupiah
 * per capita per month, with a source. Keys follow the same convention as the national tables: a March
 * release from `YYYY-03-01`, a September release from `YYYY-09-01`.
 *
 * @category Poverty lines
 * @throws {@link ValidationError} when a key is not a real date, a source is missing, the table has no
 * value, or a value is not a positive safe integer.
 * @example
 * const lampungUrban = definePovertyLineTable({
 *   id: 'gk-lampung-perkotaan', description: 'GK Lampung perkotaan', unit: 'rupiah/kapita/bulan',
 *   values: { '2024-03-01': { value: 600_000, source: 'BPS Provinsi Lampung (example figure)' } },
 * });
 * povertyLineAt({ date: '2024-05-01', table: lampungUrban }).value
 * //=> 600000
 */
export function definePovertyLineTable(input: DatedTableInput<number>): DatedTable<number> {
  return guarded('poverty line table', () =>
    defineDatedTable(input, { valueSchema: LineValueSchema }),
  );
}

/**
 * The BPS national poverty line tables, by area, ready for {@link povertyLineAt} or the core's
 * `valueAt` (which also returns each value's `note`).
 *
 * @category Poverty lines
 * @example
 * valueAt(BPS_POVERTY_LINES.total, '2024-06-30').note
 * //=> 'Revision: first published as Rp 582,932 (BPS, Profil Kemiskinan Maret 2024); later revised by BPS to Rp 582,910. ...'
 */
export const BPS_POVERTY_LINES: Readonly<Record<PovertyLineArea, DatedTable<number>>> =
  Object.freeze({
    total: defineDatedTable(BPS_POVERTY_LINE_TOTAL_INPUT, { valueSchema: LineValueSchema }),
    urban: defineDatedTable(BPS_POVERTY_LINE_URBAN_INPUT, { valueSchema: LineValueSchema }),
    rural: defineDatedTable(BPS_POVERTY_LINE_RURAL_INPUT, { valueSchema: LineValueSchema }),
  });

/**
 * Arguments of {@link povertyLineAt}.
 *
 * @category Poverty lines
 */
export interface PovertyLineAtInput {
  /** The date (`YYYY-MM-DD`) on which the line is wanted. */
  date: CalendarDate;
  /** Which national line (default `'total'`); ignored when `table` is given. */
  area?: PovertyLineArea | undefined;
  /** A table of your own (provincial, district) from {@link definePovertyLineTable}; wins over `area`. */
  table?: DatedTable<number> | undefined;
}

const LINE_AT_KEYS = optionKeys<PovertyLineAtInput>()({ date: true, area: true, table: true });

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
  /** The release the value comes from. */
  readonly source: string;
}

/**
 * The poverty line in force on a date: the latest value that started on or before it. Date
 * convention: a BPS March release is in force from `YYYY-03-01` and a September release from
 * `YYYY-09-01`, until the next value; on a change date the new value is in force; in a missing
 * semester the previous release stays in force (its `from` says which). Source: BPS, Profil
 * Kemiskinan di Indonesia (each value carries its own release in `source`).
 *
 * @category Poverty lines
 * @throws {@link ParameterNotFoundError} when the date is before the table's first value
 * (2010-03-01 for the national total line, 2015-09-01 for urban and rural).
 * @throws {@link ValidationError} when the date is not a real `YYYY-MM-DD` date or the table is not a
 * dated table.
 * @throws {@link ConfigurationError} (`unknown_preset`) for an unknown area, (`invalid_line_table`)
 * when the value in force is not a positive finite number.
 * @example
 * povertyLineAt({ date: '2024-09-01', area: 'urban' })
 * //=> { value: 615763, from: '2024-09-01', source: 'BPS, Berita Resmi Statistik "Profil Kemiskinan di Indonesia September 2024"; ...' }
 * povertyLineAt({ date: '2023-12-31', area: 'total' }).value // no September 2023 value: March stays
 * //=> 550458
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
    const { date, area, table } = input;
    let chosen: DatedTable<number>;
    if (table !== undefined) chosen = table;
    else {
      const a = area ?? 'total';
      if (a !== 'total' && a !== 'urban' && a !== 'rural') {
        throw configurationError('unknown_preset', { allowed: POVERTY_LINE_AREAS.join(', ') }, [
          'area',
        ]);
      }
      chosen = BPS_POVERTY_LINES[a];
    }
    const found = valueAt(chosen, date);
    if (typeof found.value !== 'number' || !Number.isFinite(found.value) || found.value <= 0) {
      throw configurationError('invalid_line_table', { tableId: chosen.id, from: found.from });
    }
    return { value: found.value, from: found.from, source: found.source };
  });
}
