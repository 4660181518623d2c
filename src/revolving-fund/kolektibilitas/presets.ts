import type { KolektibilitasTable } from '../types.js';
import { KOLEKTIBILITAS_LABELS } from './labels.js';

/**
 * A kolektibilitas table shipped with the library: the table plus what in it is confirmed by its
 * source and what is not.
 *
 * @category Kolektibilitas
 */
export interface KolektibilitasPreset extends KolektibilitasTable {
  /** `true` when every level and every provision rate is taken from the cited source. */
  readonly confirmed: boolean;
  /** What the source does not confirm (empty when `confirmed`). */
  readonly unconfirmed: readonly string[];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const {
  lancar: LANCAR,
  dalam_perhatian_khusus: DPK,
  kurang_lancar: KL,
  diragukan: DIRAGUKAN,
  macet: MACET,
} = KOLEKTIBILITAS_LABELS;

/**
 * Commercial banks: asset quality under POJK No. 40/POJK.03/2019 (Penilaian Kualitas Aset Bank
 * Umum), in days past due: 1 lancar 0 days, 2 dalam perhatian khusus 1-90, 3 kurang lancar 91-120,
 * 4 diragukan 121-180, 5 macet > 180. Provisions 1% / 5% / 15% / 50% / 100% of outstanding principal
 * (the PPKA percentages applied to these five classes).
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(OJK_BANK_2019, { daysPastDue: 91, missedInstalments: 4, monthsInArrears: 3 }).code
 * //=> 'kurang_lancar'
 */
export const OJK_BANK_2019 = deepFreeze({
  id: 'ojk-bank-2019',
  source:
    'POJK No. 40/POJK.03/2019 tentang Penilaian Kualitas Aset Bank Umum (days past due); provisions 1% / 5% / 15% / 50% / 100%',
  unit: 'days',
  confirmed: true,
  unconfirmed: [],
  levels: [
    { level: 1, code: 'lancar', label: LANCAR, from: 0, to: 0, provisionRate: '0.01' },
    {
      level: 2,
      code: 'dalam_perhatian_khusus',
      label: DPK,
      from: 1,
      to: 90,
      provisionRate: '0.05',
    },
    { level: 3, code: 'kurang_lancar', label: KL, from: 91, to: 120, provisionRate: '0.15' },
    { level: 4, code: 'diragukan', label: DIRAGUKAN, from: 121, to: 180, provisionRate: '0.5' },
    { level: 5, code: 'macet', label: MACET, from: 181, provisionRate: '1' },
  ],
} as const satisfies KolektibilitasPreset);

/**
 * Rural banks (BPR): classes in days past due as set by POJK No. 33/POJK.03/2018 (Kualitas Aset
 * Produktif dan PPAP BPR): lancar 0-30, dalam perhatian khusus 31-90, kurang lancar 91-180,
 * diragukan 181-360, macet > 360; the minimum provisions (PPAP) of POJK No. 1 Tahun 2024 (Kualitas
 * Aset BPR dan BPR Syariah): 0.5% / 3% / 10% / 50% / 100%.
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(OJK_BPR_2024, { daysPastDue: 31, missedInstalments: 2, monthsInArrears: 1 }).code
 * //=> 'dalam_perhatian_khusus'
 */
export const OJK_BPR_2024 = deepFreeze({
  id: 'ojk-bpr-2024',
  source:
    'POJK No. 33/POJK.03/2018 (classes by days past due) and POJK No. 1 Tahun 2024 (minimum provisions 0.5% / 3% / 10% / 50% / 100%)',
  unit: 'days',
  confirmed: true,
  unconfirmed: [],
  levels: [
    { level: 1, code: 'lancar', label: LANCAR, from: 0, to: 30, provisionRate: '0.005' },
    {
      level: 2,
      code: 'dalam_perhatian_khusus',
      label: DPK,
      from: 31,
      to: 90,
      provisionRate: '0.03',
    },
    { level: 3, code: 'kurang_lancar', label: KL, from: 91, to: 180, provisionRate: '0.1' },
    { level: 4, code: 'diragukan', label: DIRAGUKAN, from: 181, to: 360, provisionRate: '0.5' },
    { level: 5, code: 'macet', label: MACET, from: 361, provisionRate: '1' },
  ],
} as const satisfies KolektibilitasPreset);

/**
 * The default of the UPK software used in the field, in whole months in arrears
 * (`floor(daysPastDue / 30)`): lancar < 3 months (0.5%), diragukan 3 to < 6 months (50%), macet >= 6
 * months (100%). Three levels, numbered 1-3. Source: open-source UPK software default settings, as
 * collected in the project's domain notes.
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(UPK_SOFTWARE_DEFAULT, { daysPastDue: 90, missedInstalments: 3, monthsInArrears: 3 }).code
 * //=> 'diragukan'
 */
export const UPK_SOFTWARE_DEFAULT = deepFreeze({
  id: 'upk-software-default',
  source:
    'UPK software default setting (field software of UPK/BKM): lancar < 3 months 0.5%, diragukan < 6 months 50%, macet >= 6 months 100%',
  unit: 'months',
  confirmed: true,
  unconfirmed: [],
  levels: [
    { level: 1, code: 'lancar', label: LANCAR, from: 0, to: 2, provisionRate: '0.005' },
    { level: 2, code: 'diragukan', label: DIRAGUKAN, from: 3, to: 5, provisionRate: '0.5' },
    { level: 3, code: 'macet', label: MACET, from: 6, provisionRate: '1' },
  ],
} as const satisfies KolektibilitasPreset);

/**
 * UPK Perkotaan, POB Pinjaman Bergulir 2013 (PNPM Mandiri Perkotaan), in missed instalments: only
 * **Kol 1 lancar = no arrears** and **Kol 2 = arrears of at most 3 instalments** are confirmed. The
 * POB's Kol 3-5 are *unconfirmed*, so this preset does not invent them: everything from 4 missed
 * instalments is one open-ended level 3 with code `'unconfirmed'`.
 *
 * The provision rates are *unconfirmed* placeholders, not from the POB: chosen so that, for a monthly
 * loan, the preset never provisions less than the UPK software default (see
 * {@link UPK_SOFTWARE_DEFAULT}) would for the same arrears: Kol 1 0.5%; Kol 2 (1-3 instalments, up to
 * 3 months) 50%; level 3 (4+ instalments) 100%. Replace them (and split level 3 into Kol 3-5) with
 * your program's own table: `{ ...UPK_PERKOTAAN_2013, levels: [...] }`.
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(UPK_PERKOTAAN_2013, { daysPastDue: 75, missedInstalments: 3, monthsInArrears: 2 }).level
 * //=> 2
 */
export const UPK_PERKOTAAN_2013 = deepFreeze({
  id: 'upk-perkotaan-2013',
  source:
    'POB Pinjaman Bergulir UPK, PNPM Mandiri Perkotaan 2013 (Kol 1 = no arrears, Kol 2 = arrears <= 3 instalments); Kol 3-5 and all provision rates unconfirmed',
  unit: 'instalments',
  confirmed: false,
  unconfirmed: [
    'Kol 3-5 boundaries and names (level 3 here is one open-ended placeholder: 4 or more missed instalments)',
    'every provision rate (placeholders 0.5% / 50% / 100%, never below the UPK software default for a monthly loan)',
  ],
  levels: [
    { level: 1, code: 'lancar', label: LANCAR, from: 0, to: 0, provisionRate: '0.005' },
    {
      level: 2,
      code: 'kol_2',
      label: { id: 'Kol 2 (tunggakan 1-3 angsuran)', en: 'Kol 2 (1-3 instalments in arrears)' },
      from: 1,
      to: 3,
      provisionRate: '0.5',
    },
    {
      level: 3,
      code: 'unconfirmed',
      label: {
        id: 'Kol 3-5 (belum dikonfirmasi: tunggakan > 3 angsuran)',
        en: 'Kol 3-5 (unconfirmed: more than 3 instalments in arrears)',
      },
      from: 4,
      provisionRate: '1',
    },
  ],
} as const satisfies KolektibilitasPreset);

/**
 * The names of the shipped kolektibilitas presets.
 *
 * @category Kolektibilitas
 */
export type KolektibilitasPresetName =
  | 'ojk-bank-2019'
  | 'ojk-bpr-2024'
  | 'upk-software-default'
  | 'upk-perkotaan-2013';

/**
 * Every shipped kolektibilitas preset by name.
 *
 * @category Kolektibilitas
 * @example
 * Object.keys(KOLEKTIBILITAS_PRESETS)
 * //=> ['ojk-bank-2019', 'ojk-bpr-2024', 'upk-software-default', 'upk-perkotaan-2013']
 */
export const KOLEKTIBILITAS_PRESETS: Readonly<
  Record<KolektibilitasPresetName, KolektibilitasPreset>
> = deepFreeze({
  'ojk-bank-2019': OJK_BANK_2019,
  'ojk-bpr-2024': OJK_BPR_2024,
  'upk-software-default': UPK_SOFTWARE_DEFAULT,
  'upk-perkotaan-2013': UPK_PERKOTAAN_2013,
});

/**
 * The preset names, for schemas and menus.
 *
 * @category Kolektibilitas
 * @example
 * KOLEKTIBILITAS_PRESET_NAMES.includes('ojk-bpr-2024')
 * //=> true
 */
export const KOLEKTIBILITAS_PRESET_NAMES = [
  'ojk-bank-2019',
  'ojk-bpr-2024',
  'upk-software-default',
  'upk-perkotaan-2013',
] as const satisfies readonly KolektibilitasPresetName[];
