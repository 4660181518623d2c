/**
 * The options of `poverty`, apart from its code, so that the start of a run can read them
 * (early-workers.ts) before the library is loaded.
 */
import { COMMON_OPTIONS } from './common.js';
import { WORKERS_OPTION } from './pool.js';

/** The options that give a line per household (read in the main thread: lines.ts). */
export const ROW_LINE_OPTIONS = {
  lines: { type: 'string' },
  'lines-cadence': { type: 'string' },
  'province-column': { type: 'string' },
  'area-column': { type: 'string' },
} as const;

/** Every option of `poverty`, for `util.parseArgs`. */
export const POVERTY_OPTIONS = {
  ...COMMON_OPTIONS,
  by: { type: 'string' },
  line: { type: 'string' },
  date: { type: 'string' },
  area: { type: 'string' },
  'allow-stale': { type: 'boolean' },
  ...ROW_LINE_OPTIONS,
  ...WORKERS_OPTION,
} as const;
