import {
  type DatedTable,
  type DatedTableInput,
  type Rupiah,
  type ValueInForce,
  valueAt,
} from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent, type SourcedFigure } from './components.js';
import { expects, optionMessages, pkhKit } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { deepFreeze } from '../_internal/freeze.js';
import { shippedDatedTable } from '../_internal/dated-table-build.js';

const kit = pkhKit(optionMessages);

/**
 * The fixed family amount (bantuan tetap) of the years that had one, and the stage it is paid in.
 *
 * @category PKH
 */
export interface PkhFixedAmounts {
  /** Regular PKH family (reguler), per year. */
  readonly reguler: SourcedFigure<Rupiah>;
  /** PKH AKSES family (remote areas), per year. */
  readonly akses: SourcedFigure<Rupiah>;
  /** The payment stage (1-based) the whole fixed amount is paid in. */
  readonly stage: SourcedFigure<number>;
}

/**
 * The PKH benefit parameters of one year (indeks bantuan): the yearly amount per component and
 * person, the fixed family amount (if any), the cap on persons counted per family, the per-component
 * limits and the number of payment stages (tahap). Every figure carries its source.
 *
 * @category PKH
 */
export interface PkhIndeks {
  /** Yearly amount per person for each component. */
  readonly components: Readonly<Record<PkhComponent, SourcedFigure<Rupiah>>>;
  /** The fixed family amount, or `null` in the years without one. */
  readonly fixed: PkhFixedAmounts | null;
  /** At most this many persons of a family count for component benefits. */
  readonly maxPersons: SourcedFigure<number>;
  /** At most this many persons of one component count (applied before the family cap). */
  readonly componentLimits: Readonly<Partial<Record<PkhComponent, SourcedFigure<number>>>>;
  /** Payment stages (tahap) a year; the component total is split evenly across them. */
  readonly stages: SourcedFigure<number>;
}

const KEPDIRJEN_2019 =
  'Kepdirjen Linjamsos Kemensos No. 02/SK/LJS/01/2019 (7 Jan 2019) on the 2019 PKH indeks, via Kompasiana 2019: reguler Rp 550.000 only in tahap 1; per tahap Rp 600.000 ibu hamil, anak usia dini, lansia, disabilitas, Rp 225.000 SD, Rp 375.000 SMP, Rp 500.000 SMA; 4 tahap';
const KEMENSOS_2019_TABLE =
  'Kemensos 2019 PKH table (reguler Rp 550.000, PKH AKSES Rp 1.000.000 a family a year, and the component amounts), as copied in two public code repositories';
const TRIBUN_INDEKS_2021 =
  'Tribunnews, 20 Feb 2022, "Indeks ... Bantuan Sosial PKH Tahun 2021": the seven amounts; "maksimal untuk 4 jiwa dalam satu keluarga"';
const TRIBUN_2022_STAGES =
  'Tribunnews, 8 Feb 2022: per 3 months Rp 750.000 ibu hamil, anak usia dini; Rp 225.000 SD; Rp 375.000 SMP; Rp 500.000 SMA; Rp 600.000 lansia 70+, disabilitas berat';
const TRIBUN_2022_LIMITS =
  'Tribunnews, 27 Feb and 8 Mar 2022, Kemensos criteria: anak usia dini at most 2, lansia 70+ at most 1, disabilitas at most 1 (ibu hamil up to the 2nd pregnancy)';
const PANDEMIC_2020 =
  "Kompas (English), 6 Apr 2020; Women's World Banking, 7 Oct 2020: from April 2020 paid monthly, raised by 25% (not modelled: pass your own table)";
// Sources found on 2026-11-29 (docs/pkh.md, "Sources", lists which agree on what).
const ANTARA_2019 =
  'ANTARA (en.antaranews.com/news/122402), 2019, Dirjen Linjamsos Harry Hikmat: 2019 index Rp 550 thousand reguler, Rp 1 million PKH AKSES "only once in the first batch", and the component amounts';
const KEMENSOS_2020 =
  'Kemensos (kemensos.go.id/en), 29 Jan 2020, Mensos Juliari: ibu hamil and early childhood from Rp 2.4 to 3 million, the other components unchanged';
const ASKOLANI_2020 =
  'Dirjen Anggaran Askolani, 8 Apr 2020 (via infotravel.me): the seven amounts before the pandemic raise, paid in January, April, July and October';
const TEMPO_2020 =
  'Tempo English, 1 Apr 2020, Mensos Juliari: pregnant women from Rp 2.4 to 3 million a year, disability Rp 2.4 million';
const KEMENSOS_IG_2021 =
  'Kemensos Instagram via rancakmedia.com, Jan 2021 (also observerid.com): the seven amounts, paid in January, April, July and October 2021';
const ANTARA_2021 =
  'ANTARA (en.antaranews.com/news/180122), 2021, Mensos Risma: the seven amounts; up to two children under six, elderly and disability one person per family';
const MENKEU_2021 =
  'Menkeu Sri Mulyani, 19 Jul 2021 (exbulletin.com): pregnant women and toddlers Rp 3 million a year, Rp 750,000 a quarter';
const REPUBLIKA_2021 =
  'Republika Retizen, 6 May 2021 (Pedoman Umum PKH: at most 4 persons a family); mochferrydc.site, Jan 2021';
const VOI_2022 =
  'Kemenkeu (Isa Rachmatarwata) via voi.id, 30 Sep 2022: the seven amounts, health components in four payments';
const PALPRES_2023 =
  'palpres.disway.id, Jul 2023 (first session; not found again 2026-11-29): the 2022 amounts in 2023; no second 2023 source';
const TEMPO_2025 = 'Tempo, Jan 2025 ("Cara Cek Bansos 2025"): the seven amounts a year';
const POSKOTA_2025 =
  'Poskota, 16 Feb and 7 Mar 2025: Rp 750.000, 600.000, 225.000, 375.000, 500.000 every three months';
const KEMENSOS_2025 =
  "Kemensos (kemensos.go.id/en), 22 Dec 2024: the first 2025 quarter's payment brought forward";
const NOT_RESTATED = 'no source of this year restates it';

const fig = <T>(value: T, source: string, confirmed: boolean, note?: string): SourcedFigure<T> =>
  note === undefined ? { value, source, confirmed } : { value, source, confirmed, note };

function amounts(
  big: number,
  care: number,
  source: string,
  confirmed: boolean,
): Record<PkhComponent, SourcedFigure<Rupiah>> {
  return {
    ibu_hamil: fig(big, source, confirmed),
    anak_usia_dini: fig(big, source, confirmed),
    sd: fig(900_000, source, confirmed),
    smp: fig(1_500_000, source, confirmed),
    sma: fig(2_000_000, source, confirmed),
    disabilitas_berat: fig(care, source, confirmed),
    lansia: fig(care, source, confirmed),
  };
}

function limits(
  source: string,
  confirmed: boolean,
): Partial<Record<PkhComponent, SourcedFigure<number>>> {
  return {
    anak_usia_dini: fig(2, source, confirmed),
    disabilitas_berat: fig(1, source, confirmed),
    lansia: fig(1, source, confirmed),
  };
}

const CAP_COMMON = 'Commonly cited cap of 4; sources state it from 2021 only: no 2019-2020 source';
const LIMITS_ASSUMED =
  'The 2021-2022 limits (ANTARA 2021, Tribunnews 2022), assumed: no source for this year';
const LIMITS_2021 = `${ANTARA_2021}; ${TRIBUN_2022_LIMITS}`;

/** The input of {@link PKH_INDEKS}, as `defineDatedTable` takes it. */
export const PKH_INDEKS_INPUT: DatedTableInput<PkhIndeks> = {
  id: 'pkh-indeks-bantuan',
  description:
    'PKH indeks bantuan: yearly amount per person and component, fixed family amounts, caps and stages',
  unit: 'rupiah/jiwa/tahun',
  values: {
    '2019-01-01': {
      source: `${KEPDIRJEN_2019}; ${ANTARA_2019}`,
      value: {
        components: amounts(
          2_400_000,
          2_400_000,
          `${KEPDIRJEN_2019}; ${ANTARA_2019}; ${KEMENSOS_2019_TABLE}`,
          true,
        ),
        fixed: {
          reguler: fig(550_000, `${KEPDIRJEN_2019}; ${ANTARA_2019}`, true),
          akses: fig(1_000_000, `${ANTARA_2019}; ${KEMENSOS_2019_TABLE}`, true),
          stage: fig(1, `${KEPDIRJEN_2019}; ${ANTARA_2019}`, true),
        },
        maxPersons: fig(4, CAP_COMMON, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, `${KEPDIRJEN_2019}; ${ANTARA_2019}`, true),
      },
    },
    '2020-01-01': {
      source: `${KEMENSOS_2020}; ${ASKOLANI_2020}; ${TEMPO_2020}`,
      note: PANDEMIC_2020,
      value: {
        components: amounts(
          3_000_000,
          2_400_000,
          `${KEMENSOS_2020}; ${ASKOLANI_2020}; ${TEMPO_2020}`,
          true,
        ),
        fixed: null,
        maxPersons: fig(4, CAP_COMMON, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, `${ASKOLANI_2020} (one source); ${PANDEMIC_2020}`, false),
      },
    },
    '2021-01-01': {
      source: `${TRIBUN_INDEKS_2021}; ${KEMENSOS_IG_2021}; ${ANTARA_2021}`,
      value: {
        components: amounts(
          3_000_000,
          2_400_000,
          `${TRIBUN_INDEKS_2021}; ${KEMENSOS_IG_2021}; ${ANTARA_2021}; ${MENKEU_2021}`,
          true,
        ),
        fixed: null,
        maxPersons: fig(4, `${TRIBUN_INDEKS_2021}; ${REPUBLIKA_2021}`, true),
        componentLimits: limits(LIMITS_2021, true),
        stages: fig(4, `${KEMENSOS_IG_2021}; ${MENKEU_2021}`, true),
      },
    },
    '2022-01-01': {
      source: `${TRIBUN_2022_STAGES}; ${VOI_2022}; ${TRIBUN_2022_LIMITS}`,
      value: {
        components: amounts(3_000_000, 2_400_000, `${TRIBUN_2022_STAGES}; ${VOI_2022}`, true),
        fixed: null,
        maxPersons: fig(4, `${TRIBUN_INDEKS_2021} (published in 2022); ${REPUBLIKA_2021}`, true),
        componentLimits: limits(LIMITS_2021, true),
        stages: fig(4, `${TRIBUN_2022_STAGES}; ${VOI_2022}`, true),
      },
    },
    '2023-01-01': {
      source: PALPRES_2023,
      note: 'The 2022 amounts, one 2023 source; also used for 2024 (no 2024 source found)',
      value: {
        components: amounts(3_000_000, 2_400_000, PALPRES_2023, false),
        fixed: null,
        maxPersons: fig(4, NOT_RESTATED, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, NOT_RESTATED, false),
      },
    },
    '2025-01-01': {
      source: `${TEMPO_2025}; ${POSKOTA_2025}`,
      note: 'The 2022 amounts restated for 2025; also used for later years (no 2026 source found)',
      value: {
        components: amounts(3_000_000, 2_400_000, `${TEMPO_2025}; ${POSKOTA_2025}`, true),
        fixed: null,
        maxPersons: fig(4, NOT_RESTATED, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, `${POSKOTA_2025}; ${KEMENSOS_2025}`, true),
      },
    },
  },
};

/**
 * The PKH indeks bantuan by year, as a dated table (the core's dated tables): the entry of 1 January
 * of a year is the indeks of that year, and a year without an entry keeps the latest one before it
 * (2024 keeps the 2023 entry, 2026 and later the 2025 entry: no source dated those years was found).
 *
 * | year | ibu hamil, anak usia dini | SD | SMP | SMA | disabilitas berat, lansia | fixed | cap |
 * |---|---|---|---|---|---|---|---|
 * | 2019 | 2,400,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | 550,000 reguler / 1,000,000 AKSES, in tahap 1 | 4 *(unconfirmed)* |
 * | 2020 | 3,000,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | none | 4 *(unconfirmed)* |
 * | 2021, 2022 | 3,000,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | none | 4 |
 * | 2023 (and 2024) | the same *(one source)* | | | | | none | 4 *(unconfirmed)* |
 * | 2025 (and later) | the same | | | | | none | 4 *(unconfirmed)* |
 *
 * Four payment stages a year throughout (the monthly April-December 2020 pandemic payments are not
 * modelled). Per-component limits (anak usia dini 2, disabilitas berat 1, lansia 1) are confirmed
 * for 2021 and 2022 (ANTARA 2021, Tribunnews 2022) and assumed for the other years. Each figure's
 * `source` and `confirmed` say where it comes from (two independent public sources = confirmed;
 * checked 2026-11-29); docs/pkh.md has the whole table of sources.
 *
 * @category PKH
 * @example
 * valueAt(PKH_INDEKS, '2021-01-01').value.components.ibu_hamil.value
 * //=> 3_000_000
 */
// The shipped data is assembled without running a schema (no zod in a pkhBenefit bundle);
// tests/pkh/shipped-indeks.test.ts proves defineDatedTable makes an equal table of it.
export const PKH_INDEKS: DatedTable<PkhIndeks> = shippedDatedTable<PkhIndeks>(
  PKH_INDEKS_INPUT,
  undefined,
);

/**
 * The indeks bantuan in force for a year (the entry of 1 January of that year or the latest before).
 *
 * @category PKH
 * @throws {@link ParameterNotFoundError} for a year before the first entry (2019).
 * @throws {@link ConfigurationError} `invalid_option` when `year` is not a whole number 1-9999.
 * @example
 * pkhIndeksAt(2019).value.fixed?.reguler.value
 * //=> 550_000
 */
export function pkhIndeksAt(
  year: number,
  table: DatedTable<PkhIndeks> = PKH_INDEKS,
): ValueInForce<PkhIndeks> {
  try {
    return valueAt(table, yearStart(year));
  } catch (error) {
    throw unreadableInput(error, 'indeks');
  }
}

/** `YYYY-01-01` for a whole year 1-9999, or a ConfigurationError naming the option. */
export function yearStart(year: unknown): string {
  if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 1 || year > 9999) {
    throw kit.configurationError('invalid_option', {
      option: 'year',
      ...expects('a whole year 1-9999', 'tahun berupa bilangan bulat 1-9999'),
    });
  }
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** Checks the parts of an indeks the computation relies on (a user's own table may be wrong). */
export function checkIndeks(ix: PkhIndeks): void {
  const bad = (path: string) => {
    throw kit.configurationError('invalid_option', {
      option: `table.${path}`,
      ...expects('a whole number in range', 'bilangan bulat dalam rentang yang diizinkan'),
    });
  };
  // Amounts up to Rp 1 trillion keep every family total (at most 700 persons) a safe integer.
  const whole = (v: unknown, min: number, max = 1e12) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
  if (!whole(ix.stages?.value, 1) || (ix.stages.value as number) > 366) bad('stages');
  if (!whole(ix.maxPersons?.value, 0, Number.MAX_SAFE_INTEGER)) bad('maxPersons');
  for (const c of PKH_COMPONENTS) if (!whole(ix.components?.[c]?.value, 0)) bad(`components.${c}`);
  if (ix.fixed !== null) {
    if (!whole(ix.fixed?.reguler?.value, 0)) bad('fixed.reguler');
    if (!whole(ix.fixed.akses?.value, 0)) bad('fixed.akses');
    const st = ix.fixed.stage?.value;
    if (!whole(st, 1) || (st as number) > ix.stages.value) bad('fixed.stage');
  }
  for (const [c, f] of Object.entries(ix.componentLimits ?? {})) {
    if (!whole(f?.value, 0, Number.MAX_SAFE_INTEGER)) bad(`componentLimits.${c}`);
  }
}

deepFreeze(PKH_INDEKS);
