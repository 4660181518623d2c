import { deepFreeze } from '../../_internal/freeze.js';
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
 * Rural banks (BPR), with the day buckets **and** the minimum provisions of one regulation: POJK No.
 * 33/POJK.03/2018 (Kualitas Aset Produktif dan Pembentukan PPAP BPR). Classes in days past due:
 * lancar 0-30, dalam perhatian khusus 31-90, kurang lancar 91-180, diragukan 181-360, macet > 360.
 * PPAP: 0.5% of lancar (general), 3% / 10% / 50% / 100% of the other classes (special; the 3% of
 * dalam perhatian khusus in force from 1 December 2021, after 0.5% and 1% phase-in years).
 *
 * The regulation computes the special PPAP on the outstanding *after deducting the collateral value*;
 * this table alone provisions the gross outstanding. Pass `collateralValue` to {@link computeProvision}
 * or {@link assessLoan} to deduct it (from level 2 on, as the regulation does).
 *
 * POJK No. 1 Tahun 2024 (Kualitas Aset BPR), which replaced it, keeps the same minimum rates (0.5% /
 * 3% / 10% / 50% / 100%); its day criteria could not be checked against its text, so this table does
 * not claim them. Sources were read through secondary texts (see docs/revolving-fund.md).
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(OJK_BPR_2018, { daysPastDue: 31, missedInstalments: 2, monthsInArrears: 1 }).code
 * //=> 'dalam_perhatian_khusus'
 */
export const OJK_BPR_2018 = deepFreeze({
  id: 'ojk-bpr-2018',
  source:
    'POJK No. 33/POJK.03/2018 (Kualitas Aset Produktif dan PPAP BPR): classes by days past due and minimum PPAP 0.5% / 3% / 10% / 50% / 100% (special PPAP after deducting collateral)',
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
 * The same table as {@link OJK_BPR_2018} under its 0.1 name. Its day buckets and rates now both come
 * from POJK No. 33/POJK.03/2018 (0.1 cited the days from POJK 33/2018 and the rates from POJK 1/2024,
 * which are the same numbers).
 *
 * @deprecated Use {@link OJK_BPR_2018} (`'ojk-bpr-2018'`); this alias is kept so that stored
 * assessments with `tableId: 'ojk-bpr-2024'` still resolve.
 * @category Kolektibilitas
 * @example
 * OJK_BPR_2024.levels[1].provisionRate
 * //=> '0.03'
 */
export const OJK_BPR_2024 = deepFreeze({
  ...OJK_BPR_2018,
  id: 'ojk-bpr-2024',
  source:
    'Deprecated alias of ojk-bpr-2018: POJK No. 33/POJK.03/2018 (classes by days past due and minimum PPAP 0.5% / 3% / 10% / 50% / 100%); POJK No. 1 Tahun 2024 keeps the same rates',
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
 * UPK Perkotaan, POB Pinjaman Bergulir 2013 (PNPM Mandiri Perkotaan), in missed instalments, with the
 * level names the POB uses as it is cited: **Kol 1 Lancar** = no arrears of principal or jasa; **Kol 2
 * Dalam Perhatian Khusus** = arrears of at most 3 instalments ("<= 3 bulan/kali angsuran"); **Kol 3
 * Kurang Lancar** = more than 3 instalments. Kol 3 is known only through a thesis quoting the POB (its
 * upper bound, and Kol 4-5, are cut off there), so it is the open-ended last level and *unconfirmed*.
 *
 * **No provision rates.** No source gives the POB's rates, so every level has `provisionRate: null`:
 * {@link classifyKolektibilitas} works, but {@link computeProvision} and {@link assessLoan} refuse to
 * provision from this table (`provision_rate_unsourced`). Complete it with your program's own rates:
 * `{ ...UPK_PERKOTAAN_2013, id: 'my-upk', source: '...', levels: [...] }`.
 *
 * @category Kolektibilitas
 * @example
 * classifyKolektibilitas(UPK_PERKOTAAN_2013, { daysPastDue: 75, missedInstalments: 3, monthsInArrears: 2 }).code
 * //=> 'dalam_perhatian_khusus'
 */
export const UPK_PERKOTAAN_2013 = deepFreeze({
  id: 'upk-perkotaan-2013',
  source:
    'POB Pinjaman Bergulir PNPM Mandiri Perkotaan 2013, as quoted in a thesis: Kol 1 Lancar = no arrears, Kol 2 Dalam Perhatian Khusus = arrears <= 3 instalments, Kol 3 Kurang Lancar (unconfirmed); no provision rates',
  unit: 'instalments',
  confirmed: false,
  unconfirmed: [
    'Kol 3 Kurang Lancar: its name and lower bound come from a thesis quoting the POB; its upper bound and Kol 4-5 are not known, so it is the open-ended last level',
    'provision rates: no source gives them, so none is shipped (provisionRate null) and provisions from this table are refused',
  ],
  levels: [
    { level: 1, code: 'lancar', label: LANCAR, from: 0, to: 0, provisionRate: null },
    {
      level: 2,
      code: 'dalam_perhatian_khusus',
      label: DPK,
      from: 1,
      to: 3,
      provisionRate: null,
    },
    {
      level: 3,
      code: 'kurang_lancar',
      label: {
        id: 'Kurang Lancar (belum dikonfirmasi: tunggakan > 3 angsuran)',
        en: 'Substandard (unconfirmed: more than 3 instalments in arrears)',
      },
      from: 4,
      provisionRate: null,
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
  | 'upk-perkotaan-2013'
  | 'ojk-bpr-2018';

/**
 * Every shipped kolektibilitas preset by name.
 *
 * @category Kolektibilitas
 * @example
 * Object.keys(KOLEKTIBILITAS_PRESETS)
 * //=> ['ojk-bank-2019', 'ojk-bpr-2024', 'upk-software-default', 'upk-perkotaan-2013', 'ojk-bpr-2018']
 */
export const KOLEKTIBILITAS_PRESETS: Readonly<
  Record<KolektibilitasPresetName, KolektibilitasPreset>
> = deepFreeze({
  'ojk-bank-2019': OJK_BANK_2019,
  'ojk-bpr-2024': OJK_BPR_2024,
  'upk-software-default': UPK_SOFTWARE_DEFAULT,
  'upk-perkotaan-2013': UPK_PERKOTAAN_2013,
  'ojk-bpr-2018': OJK_BPR_2018,
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
  'ojk-bpr-2018',
] as const satisfies readonly KolektibilitasPresetName[];
deepFreeze(KOLEKTIBILITAS_PRESET_NAMES);
