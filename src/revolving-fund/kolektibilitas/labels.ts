import type { Label } from '../../core/labels.js';
import { deepFreeze } from '../../_internal/freeze.js';

/**
 * The five kolektibilitas classes of the shipped presets (a table of your own may use other codes).
 *
 * @category Kolektibilitas
 */
export type KolektibilitasCode =
  | 'lancar'
  | 'dalam_perhatian_khusus'
  | 'kurang_lancar'
  | 'diragukan'
  | 'macet';

/**
 * Indonesian and English names of each {@link KolektibilitasCode} (the names of POJK No. 40/POJK.03/2019
 * and their usual English equivalents), for dashboards: `labelOf(KOLEKTIBILITAS_LABELS, code)`.
 *
 * @category Kolektibilitas
 * @example
 * KOLEKTIBILITAS_LABELS.kurang_lancar.en
 * //=> 'Substandard'
 */
export const KOLEKTIBILITAS_LABELS = {
  lancar: { id: 'Lancar', en: 'Current' },
  dalam_perhatian_khusus: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
  kurang_lancar: { id: 'Kurang Lancar', en: 'Substandard' },
  diragukan: { id: 'Diragukan', en: 'Doubtful' },
  macet: { id: 'Macet', en: 'Loss' },
} as const satisfies Record<KolektibilitasCode, Label>;

deepFreeze(KOLEKTIBILITAS_LABELS);
