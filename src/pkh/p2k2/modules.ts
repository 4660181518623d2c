import type { Label } from '../../core/index.js';
import type { SourcedFigure } from '../components.js';
import { deepFreeze } from '../../_internal/freeze.js';

/**
 * One P2K2 session (sesi) of a module.
 *
 * @category P2K2
 */
export interface P2k2Session {
  /** Session number within the module, from 1. */
  readonly number: number;
  /** Indonesian title and an English translation. */
  readonly title: Label;
  /** Whether a public source names this session. */
  readonly confirmed: boolean;
}

/**
 * One P2K2 module with its sessions.
 *
 * @category P2K2
 */
export interface P2k2Module {
  /** snake_case identifier. */
  readonly id: string;
  /** Indonesian name and an English translation. */
  readonly title: Label;
  /** Sessions known to this library (not every module's full list: see `complete`). */
  readonly sessions: readonly P2k2Session[];
  /** Whether `sessions` is the module's full list according to the sources. */
  readonly complete: boolean;
  /** Where the module and its sessions come from. */
  readonly source: string;
}

const MODULES_SOURCE =
  'Five modules: Republika Retizen, 6 May 2021 ("Pemberdayaan Keluarga Melalui P2K2"); potrettangerang.id, 14 Mar 2020';

const session = (number: number, id: string, en: string, confirmed: boolean): P2k2Session => ({
  number,
  title: { id, en },
  confirmed,
});

/**
 * The P2K2 (Pertemuan Peningkatan Kemampuan Keluarga, family development sessions) modules, as data.
 * The five modules are confirmed; the sessions are listed where a source names them (`confirmed`),
 * with the titles commonly used for the others (*unconfirmed*). `complete` says whether the list is
 * the module's whole list. Agusrini, Adib and Sarbanum: one session a month, about 120 minutes.
 *
 * @category P2K2
 * @example
 * P2K2_MODULES.map((m) => m.id)
 * //=> ['pengasuhan_pendidikan_anak', 'pengelolaan_keuangan', 'kesehatan_gizi', 'perlindungan_anak', 'kesejahteraan_sosial']
 */
export const P2K2_MODULES: readonly P2k2Module[] = [
  {
    id: 'pengasuhan_pendidikan_anak',
    title: { id: 'Pengasuhan dan Pendidikan Anak', en: "Parenting and children's education" },
    sessions: [
      session(1, 'Menjadi orang tua yang lebih baik', 'Becoming a better parent', true),
      session(2, 'Memahami perilaku anak', "Understanding children's behaviour", true),
      session(3, 'Memahami cara anak usia dini belajar', 'How young children learn', true),
      session(4, 'Membantu anak sukses di sekolah', 'Helping children succeed at school', true),
    ],
    complete: true,
    source: `${MODULES_SOURCE}; sessions: aswajanews.isnuponorogo.org (P2K2 in Wringinanom, Ponorogo), "dalam modul pengasuhan dan pendidikan anak terdapat beberapa sesi" 1-4 as listed`,
  },
  {
    id: 'pengelolaan_keuangan',
    title: {
      id: 'Pengelolaan Keuangan dan Perencanaan Usaha',
      en: 'Family finance and business planning',
    },
    sessions: [
      session(1, 'Mengelola keuangan keluarga', 'Managing family finances', false),
      session(2, 'Cermat meminjam dan menabung', 'Careful borrowing and saving', false),
      session(3, 'Memulai usaha', 'Starting a business', false),
    ],
    complete: false,
    source: `${MODULES_SOURCE}; topics (needs versus wants, saving targets, avoiding debt, starting a business): Kompasiana (31 Oct 2019, "Mengukur Pemahaman P2K2"); session titles unconfirmed`,
  },
  {
    id: 'kesehatan_gizi',
    title: { id: 'Kesehatan dan Gizi', en: 'Health and nutrition' },
    sessions: [
      session(
        1,
        'Pentingnya gizi dan layanan kesehatan ibu hamil',
        'Nutrition and health services for pregnant women',
        true,
      ),
      session(
        2,
        'Pentingnya gizi ibu menyusui dan balita',
        'Nutrition of nursing mothers and under-fives',
        false,
      ),
      session(
        3,
        'Kesakitan pada anak dan kesehatan lingkungan',
        'Childhood illness and environmental health',
        false,
      ),
    ],
    complete: false,
    source: `${MODULES_SOURCE}; session 1: RPP P2K2 "Modul Kesehatan dan Gizi, Sesi 1" (Desa Cijeruk, Sumedang, on Scribd); sessions 2-3 unconfirmed, further sessions not listed`,
  },
  {
    id: 'perlindungan_anak',
    title: { id: 'Perlindungan Anak', en: 'Child protection' },
    sessions: [
      session(
        1,
        'Upaya pencegahan kekerasan dan perlakuan salah pada anak',
        'Preventing violence against and mistreatment of children',
        true,
      ),
      session(
        2,
        'Penelantaran dan eksploitasi terhadap anak',
        'Neglect and exploitation of children',
        false,
      ),
    ],
    complete: false,
    source: `${MODULES_SOURCE}; session 1: sinkap.info (3 Feb 2022, Asahan): "upaya pencegahan kekerasan dan perlakuan salah pada anak, salah satu sesi dari modul perlindungan anak"; session 2 unconfirmed`,
  },
  {
    id: 'kesejahteraan_sosial',
    title: { id: 'Kesejahteraan Sosial', en: 'Social welfare' },
    sessions: [
      session(
        1,
        'Pelayanan bagi penyandang disabilitas berat',
        'Services for persons with severe disabilities',
        false,
      ),
      session(2, 'Pelayanan bagi lanjut usia', 'Services for the elderly', false),
    ],
    complete: false,
    source: `${MODULES_SOURCE}; topic (rights of the elderly and of persons with disabilities): Kompasiana (31 Oct 2019); session titles unconfirmed`,
  },
];

/**
 * The P2K2 figures of Agusrini, Adib and Sarbanum (docs/sources.md#agusrini-adib-and-sarbanum-korpri-jaya; P2K2 in Kelurahan Korpri Jaya, Bandar
 * Lampung, 2021-2022) and the library's default group size.
 *
 * @category P2K2
 */
export interface P2k2Figures {
  /** Sessions a month per group. */
  readonly sessionsPerMonth: SourcedFigure<number>;
  /** Minutes per session. */
  readonly sessionMinutes: SourcedFigure<number>;
  /** Participants per session observed in the field (the authors call it too many). */
  readonly observedSessionSize: SourcedFigure<{ readonly min: number; readonly max: number }>;
  /** Families (KPM) per pendamping observed in the field. */
  readonly familiesPerPendamping: SourcedFigure<{ readonly min: number; readonly max: number }>;
  /** Default largest group when planning groups. */
  readonly maxGroupSize: SourcedFigure<number>;
}

const SEED =
  'Agusrini, Adib, Sarbanum: Strategi P2K2 dalam perubahan perilaku KPM PKH di Kelurahan Korpri Jaya, Bandar Lampung';

/**
 * The P2K2 figures, as data: one session a month per group, 120 minutes, 40-55 participants per
 * session (too many, say the authors), 250-300 families per pendamping (Agusrini, Adib & Sarbanum). The default largest
 * group of 30 is the library's choice (*unconfirmed*): below the study's 40-55, near the Ponorogo
 * example of 80 families in 3 groups.
 *
 * @category P2K2
 * @example
 * P2K2_FIGURES.familiesPerPendamping.value //=> { min: 250, max: 300 }
 */
export const P2K2_FIGURES: P2k2Figures = {
  sessionsPerMonth: {
    value: 1,
    source: `${SEED}: "P2K2 yang diselenggarakan sebulan sekali satu sesi disampaikan dalam 1 kali pertemuan"`,
    confirmed: true,
  },
  sessionMinutes: {
    value: 120,
    source: `${SEED}: "sesi P2K2 berlangsung sesuai panduan dalam modul (120) menit"`,
    confirmed: true,
  },
  observedSessionSize: {
    value: { min: 40, max: 55 },
    source: `${SEED}: "jumlah yang terlalu banyak sekitar 40-55 peserta"`,
    confirmed: true,
  },
  familiesPerPendamping: {
    value: { min: 250, max: 300 },
    source: `${SEED}: "beban jumlah KPM yang berkisar antara 250-300 KPM / pendamping"`,
    confirmed: true,
  },
  maxGroupSize: {
    value: 30,
    source:
      'sejahtera: a default below the 40-55 participants Agusrini, Adib and Sarbanum call too many; aswajanews.isnuponorogo.org reports 80 KPM in three groups (26-27 each)',
    confirmed: false,
  },
};

deepFreeze(P2K2_FIGURES);
deepFreeze(P2K2_MODULES);
