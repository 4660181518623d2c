import type { MessageTemplate } from '../core/index.js';

// What the schedule and payments stages share in their message catalogues: the `amount_too_large`
// entry and the way a limit is printed. Here, below both stages, so that each stage's catalogue holds
// it without carrying the other's (a page that only builds schedules does not load the payments
// messages: issue 11).

/** Grouped digits, so that a large limit is not mistaken for an identity number and masked. */
export const groupedRupiah = (v: unknown): string =>
  typeof v === 'number' ? v.toLocaleString('en-US') : String(v);

/** `amount_too_large`: a sum of amounts over the largest exact one. */
export const AMOUNT_TOO_LARGE: { readonly en: MessageTemplate; readonly id: MessageTemplate } = {
  en: (p) => `the sum of the amounts must be at most ${groupedRupiah(p.maximum)} rupiah`,
  id: (p) => `jumlah seluruh nilai paling banyak ${groupedRupiah(p.maximum)} rupiah`,
};
