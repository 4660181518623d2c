/**
 * Kolektibilitas (loan quality classes): tables as data, the shipped presets, validation and
 * classification.
 *
 * @module
 */
export { type KolektibilitasArrears, classifyKolektibilitas } from './classify.js';
export { type KolektibilitasIssueCode, kolektibilitasMessages } from './messages.js';
export {
  KOLEKTIBILITAS_PRESET_NAMES,
  KOLEKTIBILITAS_PRESETS,
  type KolektibilitasPreset,
  type KolektibilitasPresetName,
  OJK_BANK_2019,
  OJK_BPR_2018,
  OJK_BPR_2024,
  UPK_PERKOTAAN_2013,
  UPK_SOFTWARE_DEFAULT,
} from './presets.js';
export {
  KolektibilitasLevelSchema,
  KolektibilitasTableSchema,
  parseKolektibilitasTable,
  safeParseKolektibilitasTable,
} from './schema.js';
export { checkKolektibilitasTable, resolveKolektibilitasTable } from './table.js';
export { KOLEKTIBILITAS_LABELS, type KolektibilitasCode } from './labels.js';
export { type ComputeProvisionOptions, computeProvision } from './provision.js';
