import { configurationError } from './issues.js';

/** Reads a line option: a positive finite number or `{ value }` holding one. */
export function readLine(raw: unknown): number {
  let line = raw;
  if (typeof raw === 'object' && raw !== null) line = (raw as { value?: unknown }).value;
  if (typeof line !== 'number' || !(line > 0) || line > Number.MAX_VALUE) {
    throw configurationError('invalid_line', {}, ['line']);
  }
  return line;
}
