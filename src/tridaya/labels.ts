import type { Label } from '../core/labels.js';
import { deepFreeze } from '../_internal/freeze.js';

/**
 * Indonesian and English names of the effectiveness classes used by `EFFECTIVENESS_PRESETS` and the
 * `'likert-5-equal'` band preset, for dashboards: `labelOf(EFFECTIVENESS_LABELS, band.code)`.
 *
 * @category Effectiveness
 * @example
 * EFFECTIVENESS_LABELS.cukup_efektif.en
 * //=> 'Fairly effective'
 */
export const EFFECTIVENESS_LABELS = {
  sangat_efektif: { id: 'Sangat efektif', en: 'Very effective' },
  efektif: { id: 'Efektif', en: 'Effective' },
  cukup_efektif: { id: 'Cukup efektif', en: 'Fairly effective' },
  kurang_efektif: { id: 'Kurang efektif', en: 'Less effective' },
  tidak_efektif: { id: 'Tidak efektif', en: 'Ineffective' },
  sangat_tidak_efektif: { id: 'Sangat tidak efektif', en: 'Very ineffective' },
} as const satisfies Record<string, Label>;

/**
 * Indonesian and English names of the three classes of the `'likert-3-equal'` band preset.
 *
 * @category Bands
 * @example
 * LEVEL_LABELS.sedang.en
 * //=> 'Medium'
 */
export const LEVEL_LABELS = {
  rendah: { id: 'Rendah', en: 'Low' },
  sedang: { id: 'Sedang', en: 'Medium' },
  tinggi: { id: 'Tinggi', en: 'High' },
} as const satisfies Record<string, Label>;

deepFreeze(EFFECTIVENESS_LABELS);
deepFreeze(LEVEL_LABELS);
