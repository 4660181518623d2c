import type { Label } from '../core/index.js';
import { deepFreeze } from '../_internal/freeze.js';

/**
 * The PKH benefit components (komponen), one per person of the family who counts:
 * `ibu_hamil` (pregnant or post-partum woman), `anak_usia_dini` (child aged 0-6), `sd`, `smp`, `sma`
 * (a child in primary, junior or senior secondary school or equivalent), `disabilitas_berat` (person
 * with a severe disability), `lansia` (elderly, 70 and over in the 2021-2022 rules).
 *
 * @category PKH
 */
export type PkhComponent =
  | 'ibu_hamil'
  | 'anak_usia_dini'
  | 'sd'
  | 'smp'
  | 'sma'
  | 'disabilitas_berat'
  | 'lansia';

/**
 * The components in the order the Kemensos tables list them.
 *
 * @category PKH
 */
export const PKH_COMPONENTS = [
  'ibu_hamil',
  'anak_usia_dini',
  'sd',
  'smp',
  'sma',
  'disabilitas_berat',
  'lansia',
] as const satisfies readonly PkhComponent[];

/**
 * The three PKH component groups: kesehatan (health), pendidikan (education), kesejahteraan sosial
 * (social welfare).
 *
 * @category PKH
 */
export type PkhComponentGroup = 'kesehatan' | 'pendidikan' | 'kesejahteraan_sosial';

/**
 * Indonesian and English names of every component, and its group.
 *
 * @category PKH
 * @example
 * PKH_COMPONENT_INFO.lansia.label.en
 * //=> 'Elderly (70+)'
 */
export const PKH_COMPONENT_INFO = {
  ibu_hamil: {
    group: 'kesehatan',
    label: { id: 'Ibu hamil/nifas', en: 'Pregnant or post-partum woman' },
  },
  anak_usia_dini: {
    group: 'kesehatan',
    label: { id: 'Anak usia dini (0-6 tahun)', en: 'Early childhood (0-6)' },
  },
  sd: { group: 'pendidikan', label: { id: 'Anak SD/sederajat', en: 'Primary school child' } },
  smp: {
    group: 'pendidikan',
    label: { id: 'Anak SMP/sederajat', en: 'Junior secondary school child' },
  },
  sma: {
    group: 'pendidikan',
    label: { id: 'Anak SMA/sederajat', en: 'Senior secondary school child' },
  },
  disabilitas_berat: {
    group: 'kesejahteraan_sosial',
    label: { id: 'Penyandang disabilitas berat', en: 'Person with a severe disability' },
  },
  lansia: {
    group: 'kesejahteraan_sosial',
    label: { id: 'Lanjut usia (70+)', en: 'Elderly (70+)' },
  },
} as const satisfies Record<PkhComponent, { group: PkhComponentGroup; label: Label }>;

/**
 * A figure from outside the library with its source: `confirmed` is `true` when a public source found
 * while building the library states it (press quoting Kemensos, a regulation's text), `false` when it
 * is only commonly cited or the library's own choice (docs/pkh.md lists each one).
 *
 * @category PKH
 */
export interface SourcedFigure<T> {
  /** The figure. */
  readonly value: T;
  /** Where it comes from. */
  readonly source: string;
  /** Whether a public source confirms it. */
  readonly confirmed: boolean;
  /** Anything a reader should know. */
  readonly note?: string;
}

deepFreeze(PKH_COMPONENT_INFO);
deepFreeze(PKH_COMPONENTS);
