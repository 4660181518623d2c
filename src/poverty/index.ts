/**
 * `sejahtera/poverty`: BPS poverty lines as dated tables, classifiers (bands around the line, rice
 * equivalent, BKKBN family welfare stages), per-capita expenditure, and FGT population measures
 * (one pass, mergeable accumulator, per group).
 *
 * @packageDocumentation
 * @module sejahtera/poverty
 */
export * from './bands.js';
export * from './family-welfare.js';
export { type PovertyIssueCode, povertyMessages } from './issues.js';
export * from './lines.js';
export * from './measures.js';
export * from './per-capita.js';
export * from './rice-equivalent.js';
export * from './schemas.js';
export { PovertyRecordTextSchema, type PovertyRecordText } from './text.js';
export {
  type PovertyMeasuresFromTextOptions,
  povertyMeasuresFromText,
} from './text-measures.js';
export {
  createPovertyGroupTally,
  MAX_TALLY_GROUPS,
  type PovertyGroupTally,
  type PovertyGroupTallyOptions,
  type PovertyGroupTallyPack,
} from './group-tally.js';
