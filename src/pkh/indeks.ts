import {
  type DatedTable,
  defineDatedTable,
  type Rupiah,
  type ValueInForce,
  valueAt,
} from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent, type SourcedFigure } from './components.js';
import { pkhConfigurationError, expects } from './issues.js';
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
const PANDEMIC_2020 =
  'Kompas (English), 6 Apr 2020, "Cash Aid Would Be Transferred Every Month through Banks": from April 2020 PKH was paid monthly instead of every three months, its value raised by 25% and recipients raised from 9.2 to 10 million families (also Women\'s World Banking, 7 Oct 2020; Tempo English, 1 Apr 2020). Not modelled: pass your own table for the April-December 2020 top-up';
// Sources found on 2026-11-29 (docs/pkh.md, "Sources", lists which agree on what).
const ANTARA_2019 =
  'ANTARA News (English), 2019, "Govt claims to disburse 96 percent of social assistance under Family Hope Program" (en.antaranews.com/news/122402), quoting Dirjen Linjamsos Harry Hikmat: the 2019 index is Rp 550 thousand for regular PKH families and Rp 1 million for PKH AKSES, "to be disbursed only once in the first batch"; Rp 2.4 million pregnant mother, Rp 2.4 million pre-school child, Rp 900 thousand SD, Rp 1.5 million SMP, Rp 2 million SMA, Rp 2.4 million disabled person, Rp 2.4 million elderly';
const KEMENSOS_2020 =
  'Kemensos (kemensos.go.id/en), 29 Jan 2020, "The President Directly Monitor the First Disbursement of PKH in 2020", Mensos Juliari Batubara: the assistance for pregnant women and early childhood is increased from Rp 2.4 million to Rp 3 million; the index of the other components remains (the 2019 amounts)';
const ASKOLANI_2020 =
  'Dirjen Anggaran Kemenkeu Askolani, 8 Apr 2020, as reported by infotravel.me ("PKH Social Assistance Recipients Get Double"): before the pandemic increase, pregnant women Rp 3 million, children under 6 Rp 3 million, SD Rp 900 thousand, SMP Rp 1.5 million, SMA Rp 2 million, disability Rp 2.4 million a year, paid four times a year (January, April, July, October)';
const TEMPO_2020 =
  'Tempo English, 1 Apr 2020 ("Govt: Disabled Group to Receive Rp2.4 Million Annual Assistance"), Mensos Juliari Batubara: pregnant women increased from Rp 2.4 million to Rp 3 million a year; persons with disabilities Rp 2.4 million a year';
const KEMENSOS_IG_2021 =
  'rancakmedia.com, Jan 2021, citing Kemensos (@kemensosri): pregnant women and young children Rp 3 million a year each; SD Rp 900 thousand, SMP Rp 1.5 million, SMA Rp 2 million, severe disability and elderly Rp 2.4 million a year; in four stages, January, April, July and October 2021 (also Indonesia Observer, observerid.com, Jan 2021)';
const ANTARA_2021 =
  'ANTARA News (English), 2021 (en.antaranews.com/news/180122, "Social assistance handed out to PPKM-impacted families: ministry"), Mensos Tri Rismaharini: benefits for pregnant and post-partum mothers are limited to the second pregnancy and for up to two children up to six years, Rp 3 million each a year; SD Rp 900,000, SMP Rp 1.5 million, SMA Rp 2 million a year; elderly and disability benefits are both limited to one person per family, Rp 2.4 million each a year';
const MENKEU_2021 =
  'exbulletin.com, 19 Jul 2021, Menkeu Sri Mulyani: PKH pregnant women and toddlers Rp 3 million a year (Rp 750,000 a quarter)';
const REPUBLIKA_2021 =
  'Republika Retizen, 6 May 2021: "maksimal bisa diterima 4 orang dalam keluarga" per the Pedoman Umum PKH; mochferrydc.site, Jan 2021: "The maximum number of components entered is four components"';
const VOI_2022 =
  'VOI (voi.id), 30 Sep 2022, Dirjen Anggaran Kemenkeu Isa Rachmatarwata: SD Rp 900 thousand, SMP Rp 1.5 million, SMA Rp 2 million a year; pregnant women and toddlers Rp 3 million a year in four payments; disability and elderly Rp 2.4 million a year';
const PALPRES_2023 =
  'palpres.disway.id, Jul 2023 (found in the first session, not found again on 2026-11-29): the 2022 amounts still paid in 2023 (ibu hamil and anak usia dini Rp 3 juta, SD Rp 900 ribu, SMP Rp 1,5 juta, SMA Rp 2 juta, disabilitas berat and lansia Rp 2,4 juta a year); no second 2023 source found';
const TEMPO_2025 =
  'Tempo, Jan 2025 ("Mudah, Cara Cek Bansos 2025 Bisa Lewat HP"): ibu hamil atau nifas Rp 3.000.000, anak usia dini (0-6) Rp 3.000.000, SD Rp 900.000, SMP Rp 1.500.000, SMA Rp 2.000.000, penyandang disabilitas berat Rp 2.400.000, lansia Rp 2.400.000 per tahun';
const POSKOTA_2025 =
  'Poskota, 16 Feb and 7 Mar 2025 ("Dana Bansos PKH Rp750.000 ..."; "... Bansos PKH yang Cair pada Maret 2025"): ibu hamil and anak usia dini Rp 750.000, disabilitas berat and lansia (70+) Rp 600.000, SD Rp 225.000, SMP Rp 375.000, SMA Rp 500.000 every three months (Rp 2.400.000 and Rp 2.000.000 a year for the last two named)';
const KEMENSOS_2025 =
  'Kemensos (kemensos.go.id/en), 22 Dec 2024, "Strengthening Purchasing Power ...: MoSA\'s Plans for 2025": the PKH payment first scheduled for the end of the first quarter of 2025 is brought forward to early 2025';
const NOT_RESTATED =
  'not restated by any source found for this year; carried from the last year a source confirms';

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

const CAP_COMMON =
  'Commonly cited cap of 4 persons per family (sejahtera DOMAIN.md section 3); the sources found state it from 2021 only (Tribunnews 2022 on the 2021 indeks, Republika 2021): no 2019 or 2020 source found';
const LIMITS_ASSUMED = `${TRIBUN_2022_LIMITS}; ${ANTARA_2021}; assumed to apply in this year too (no source for this year)`;
const LIMITS_2021 = `${ANTARA_2021}; ${TRIBUN_2022_LIMITS}`;

/**
 * The PKH indeks bantuan by year, as a dated table (core `defineDatedTable`): the entry of 1 January
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
export const PKH_INDEKS: DatedTable<PkhIndeks> = defineDatedTable<PkhIndeks>({
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
        stages: fig(4, `${KEPDIRJEN_2019}; ${ANTARA_2019} (the first of several batches)`, true),
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
        stages: fig(
          4,
          `${ASKOLANI_2020} (one source; quarterly as in 2019 and 2021); ${PANDEMIC_2020}`,
          false,
        ),
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
      note: 'The 2022 amounts, restated by one 2023 source; 2024 keeps this entry (no 2024 source found)',
      value: {
        components: amounts(3_000_000, 2_400_000, PALPRES_2023, false),
        fixed: null,
        maxPersons: fig(4, `4 as in 2021-2022; ${NOT_RESTATED}`, false),
        componentLimits: limits(`As in 2021-2022 (${LIMITS_2021}); ${NOT_RESTATED}`, false),
        stages: fig(4, `Quarterly as in 2021-2022; ${NOT_RESTATED}`, false),
      },
    },
    '2025-01-01': {
      source: `${TEMPO_2025}; ${POSKOTA_2025}`,
      note: 'The 2022 amounts, restated for 2025; later years keep this entry (no 2026 source found)',
      value: {
        components: amounts(3_000_000, 2_400_000, `${TEMPO_2025}; ${POSKOTA_2025}`, true),
        fixed: null,
        maxPersons: fig(4, `4 as in 2021-2022; ${NOT_RESTATED}`, false),
        componentLimits: limits(`As in 2021-2022 (${LIMITS_2021}); ${NOT_RESTATED}`, false),
        stages: fig(4, `${POSKOTA_2025}; ${KEMENSOS_2025}`, true),
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
    throw unreadableInput(error, 'pkhIndeksAt');
  }
}

/** `YYYY-01-01` for a whole year 1-9999, or a ConfigurationError naming the option. */
export function yearStart(year: unknown): string {
  if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 1 || year > 9999) {
    throw pkhConfigurationError('invalid_option', {
      option: 'year',
      ...expects('a whole year 1-9999', 'tahun berupa bilangan bulat 1-9999'),
    });
  }
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** Checks the parts of an indeks the computation relies on (a user's own table may be wrong). */
export function checkIndeks(ix: PkhIndeks): void {
  const bad = (path: string) => {
    throw pkhConfigurationError('invalid_option', {
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
