/** A whole number >= 0 that a double holds exactly: a count, a bound, a rupiah amount. */
export const isWholeNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
