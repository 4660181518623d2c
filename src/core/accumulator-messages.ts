import type { BilingualCatalog } from './issue-types.js';

/** The codes of the merge errors every accumulator raises (see {@link Accumulator}). */
type AccumulatorMergeCode = 'accumulator_mismatch' | 'accumulator_already_merged';

/**
 * The messages of the accumulator contract's merge errors (core/accumulator.ts), written once for
 * every accumulator's catalogue: `accumulator_mismatch` (made with options that change the sums,
 * `params.option` names the one) and `accumulator_already_merged` (its rows are already counted).
 * `rowsEn` / `rowsId` name what would be counted twice, in each language (`'loans'`, `'pinjamannya'`).
 */
export function accumulatorMergeMessages(
  rowsEn: string,
  rowsId: string,
): BilingualCatalog<AccumulatorMergeCode> {
  return {
    accumulator_mismatch: {
      en: (p) =>
        `cannot merge accumulators made with different options: ${String(p.option)} differs`,
      id: (p) =>
        `akumulator yang dibuat dengan opsi berbeda tidak dapat digabung: ${String(p.option)} berbeda`,
    },
    accumulator_already_merged: {
      en: () =>
        `this accumulator (or one merged into it) is already counted: merging it again would count its ${rowsEn} twice`,
      id: () =>
        `akumulator ini (atau yang sudah digabung ke dalamnya) sudah terhitung: menggabungkannya lagi akan menghitung ${rowsId} dua kali`,
    },
  };
}
