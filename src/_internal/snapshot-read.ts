import type { BatchRejected } from '../core/batch.js';

/**
 * How the accumulators read back the common parts of their snapshots (a count, the rejections): one
 * rule, one place.
 */

/** A count of a snapshot: a whole number >= 0. */
export const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The rejections of a snapshot, copied (`{ index, issues }` with a count index and an issue list), or
 * `undefined` when they are not that.
 */
export function readRejected(raw: unknown): BatchRejected[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const rejected: BatchRejected[] = [];
  for (const r of raw as readonly Partial<BatchRejected>[]) {
    if (!isCount(r?.index) || !Array.isArray(r.issues)) return undefined;
    rejected.push({ index: r.index, issues: [...r.issues] });
  }
  return rejected;
}
