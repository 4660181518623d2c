import { configurationError } from './issues.js';
import { lookupLine, type PovertyLineAtInput } from './national-lines.js';

/**
 * Reads a line option: a positive finite number, `{ value }` holding one (what `povertyLineAt`
 * returns, a provincial line included), or a national lookup `{ date, area?, table?, allowStale? }`
 * (no `value`). A lookup with a `province` is refused (`provincial_line_not_loaded`): the classifiers
 * do not load the provincial tables; `line: povertyLineAt({ date, area, province })` does (issue 11).
 */
export function readLine(raw: unknown): number {
  let line = raw;
  if (typeof raw === 'object' && raw !== null) {
    const v = (raw as { value?: unknown }).value;
    line =
      v === undefined && 'date' in raw ? lookupLine(raw as PovertyLineAtInput, undefined).value : v;
  }
  if (typeof line !== 'number' || !(line > 0) || line > Number.MAX_VALUE) {
    throw configurationError('invalid_line', {}, ['line']);
  }
  return line;
}
