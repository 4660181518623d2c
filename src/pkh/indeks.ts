import {
  type DatedTable,
  defineDatedTable,
  type Rupiah,
  type ValueInForce,
  valueAt,
} from '../core/index.js';
import type { PkhComponent, SourcedFigure } from './components.js';
import { pkhConfigurationError } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { deepFreeze } from '../_internal/freeze.js';

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
  'Keputusan Dirjen Perlindungan dan Jaminan Sosial Kemensos No. 02/SK/LJS/01/2019 (7 Januari 2019) tentang Indeks dan Komponen Bantuan Sosial PKH 2019, as quoted by Kompasiana ("Viral PKH, Program Andalan Pemerintah ...", 2019): bantuan tetap reguler Rp 550.000/tahun paid only in Tahap 1 (January 2019); Rp 600.000/tahap for ibu hamil, balita/anak usia dini, lansia and disabilitas; Rp 225.000/tahap SD; Rp 375.000/tahap SMP; Rp 500.000/tahap SMA; 4 tahap a year';
const KEMENSOS_2019_TABLE =
  'Kemensos PKH 2019 table "Bantuan Tetap untuk Setiap Keluarga: Reguler Rp 550.000, PKH AKSES Rp 1.000.000 / keluarga / tahun; Bantuan Komponen untuk Setiap Jiwa: ibu hamil, anak usia dini, disabilitas berat, lanjut usia Rp 2.400.000, SD Rp 900.000, SMP Rp 1.500.000, SMA Rp 2.000.000", seen only as reproduced in two public code repositories';
const TRIBUN_INDEKS_2021 =
  'Tribunnews.com, 20 Feb 2022 ("Bansos PKH Tahap I Cair Mulai 21 Februari 2022"): "Indeks dan faktor penimbang Bantuan Sosial PKH Tahun 2021 (Rp)/Tahun": ibu hamil/nifas Rp 3 juta, anak usia dini 0-6 Rp 3 juta, SD Rp 900 ribu, SMP Rp 1,5 juta, SMA Rp 2 juta, disabilitas berat Rp 2,4 juta, lanjut usia Rp 2,4 juta; "Bantuan komponen diberikan maksimal untuk 4 jiwa dalam satu keluarga"';
const TRIBUN_2022_STAGES =
  'Tribunnews.com, 8 Feb 2022 ("Cek Status Penerima Bansos PKH Tahap I"): ibu hamil Rp 750.000/3 bulan (Rp 3.000.000/tahun), anak usia dini Rp 750.000/3 bulan, SD Rp 225.000/3 bulan (Rp 900.000), SMP Rp 375.000/3 bulan (Rp 1.500.000), SMA Rp 500.000/3 bulan (Rp 2.000.000), lansia 70+ and disabilitas berat Rp 600.000/3 bulan (Rp 2.400.000)';
const TRIBUN_2022_LIMITS =
  'Tribunnews.com, 27 Feb and 8 Mar 2022, quoting Kemensos criteria: ibu hamil maksimal 2 kali kehamilan; anak usia dini 0-6 tahun maksimal 2 anak; lanjut usia 70 tahun ke atas maksimal 1 orang; penyandang disabilitas maksimal 1 orang';
const DOMAIN_2020 =
  'Commonly cited 2020 indeks (sejahtera DOMAIN.md section 3: "2020-21 amounts"; okes.disway.id, undated list); no 2020-dated primary or press source was found';
const PANDEMIC_2020 =
  'Kompas (English), 6 Apr 2020, "Cash Aid Would Be Transferred Every Month through Banks": from April 2020 PKH was paid monthly instead of every three months, its value raised by 25% and recipients raised from 9.2 to 10 million families (also Women\'s World Banking, 7 Oct 2020). Not modelled: pass your own table for the April-December 2020 top-up';

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

const CAP_COMMON = 'Commonly cited cap of 4 persons per family (sejahtera DOMAIN.md section 3)';
const LIMITS_ASSUMED = `${TRIBUN_2022_LIMITS}; assumed to apply in this year too`;

/**
 * The PKH indeks bantuan by year, as a dated table (core `defineDatedTable`): the entry of 1 January
 * of a year is the indeks of that year, and a later year without an entry keeps the last one (the
 * 2022 amounts were still reported in 2023, e.g. palpres.disway.id, July 2023).
 *
 * | year | ibu hamil, anak usia dini | SD | SMP | SMA | disabilitas berat, lansia | fixed | cap |
 * |---|---|---|---|---|---|---|---|
 * | 2019 | 2,400,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | 550,000 reguler / 1,000,000 AKSES, in tahap 1 | 4 *(unconfirmed)* |
 * | 2020 | 3,000,000 *(unconfirmed for 2020)* | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | none | 4 *(unconfirmed)* |
 * | 2021 | 3,000,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | none | 4 |
 * | 2022 on | 3,000,000 | 900,000 | 1,500,000 | 2,000,000 | 2,400,000 | none | 4 |
 *
 * Four payment stages a year throughout (the monthly April-December 2020 pandemic payments are not
 * modelled). Per-component limits (anak usia dini 2, disabilitas berat 1, lansia 1) from the 2022
 * Kemensos criteria. Each figure's `source` and `confirmed` say where it comes from; docs/pkh.md has
 * the whole table of sources.
 *
 * @category PKH
 * @example
 * valueAt(PKH_INDEKS, '2021-01-01').value.components.ibu_hamil.value
 * //=> 3_000_000
 */
export const PKH_INDEKS: DatedTable<PkhIndeks> = defineDatedTable<PkhIndeks>({
  id: 'pkh-indeks-bantuan',
  description:
    'PKH indeks bantuan: yearly amount per person and component, fixed family amounts, caps and stages',
  unit: 'rupiah/jiwa/tahun',
  values: {
    '2019-01-01': {
      source: KEPDIRJEN_2019,
      value: {
        components: amounts(
          2_400_000,
          2_400_000,
          `${KEPDIRJEN_2019}; ${KEMENSOS_2019_TABLE}`,
          true,
        ),
        fixed: {
          reguler: fig(550_000, KEPDIRJEN_2019, true),
          akses: fig(
            1_000_000,
            KEMENSOS_2019_TABLE,
            false,
            'paid in the same stage as the regular amount (assumed)',
          ),
          stage: fig(1, KEPDIRJEN_2019, true),
        },
        maxPersons: fig(4, CAP_COMMON, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, KEPDIRJEN_2019, true),
      },
    },
    '2020-01-01': {
      source: DOMAIN_2020,
      note: PANDEMIC_2020,
      value: {
        components: amounts(3_000_000, 2_400_000, DOMAIN_2020, false),
        fixed: null,
        maxPersons: fig(4, CAP_COMMON, false),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, `Quarterly stages as in 2019 and 2021-2022; ${PANDEMIC_2020}`, false),
      },
    },
    '2021-01-01': {
      source: TRIBUN_INDEKS_2021,
      value: {
        components: amounts(3_000_000, 2_400_000, TRIBUN_INDEKS_2021, true),
        fixed: null,
        maxPersons: fig(4, TRIBUN_INDEKS_2021, true),
        componentLimits: limits(LIMITS_ASSUMED, false),
        stages: fig(4, `Quarterly, as in 2022: ${TRIBUN_2022_STAGES}`, false),
      },
    },
    '2022-01-01': {
      source: `${TRIBUN_2022_STAGES}; ${TRIBUN_2022_LIMITS}`,
      value: {
        components: amounts(3_000_000, 2_400_000, TRIBUN_2022_STAGES, true),
        fixed: null,
        maxPersons: fig(
          4,
          `${TRIBUN_INDEKS_2021} (published in 2022); Republika Retizen, 6 May 2021: "maksimal bisa diterima 4 orang dalam keluarga" per the Pedoman Umum PKH`,
          true,
        ),
        componentLimits: limits(TRIBUN_2022_LIMITS, true),
        stages: fig(4, TRIBUN_2022_STAGES, true),
      },
    },
  },
});

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
    throw pkhConfigurationError('invalid_option', {
      option: 'year',
      expected: 'a whole year 1-9999',
    });
  }
  return `${String(year).padStart(4, '0')}-01-01`;
}

deepFreeze(PKH_INDEKS);
