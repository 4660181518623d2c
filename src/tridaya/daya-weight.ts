import type { Daya } from './instrument.js';
import { configurationError } from './issues.js';

/** The largest daya weight accepted. */
const MAX_DAYA_WEIGHT = 1_000_000;

/**
 * A daya's weight (scoreResponses' `dayaWeights`, scoreTridaya's `weights`): a positive finite
 * number of at most 1,000,000, else an `invalid_daya_weights` ConfigurationError.
 */
export function checkDayaWeight(d: Daya, w: unknown): number {
  if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > MAX_DAYA_WEIGHT) {
    throw configurationError('invalid_daya_weights', {
      reason: `weight of ${d} must be a positive number (at most 1,000,000)`,
      alasan: `bobot ${d} harus bilangan positif (paling besar 1.000.000)`,
    });
  }
  return w;
}
