import type { ContextName } from '../core/issue-types.js';

// The error contexts the Tridaya domain raises, each named in English and Indonesian where it is
// raised (issue 9: an Indonesian message is wholly Indonesian; issue 11: a function's bundle carries
// only the names it raises, not the library-wide table). One export per context. The statistics name
// theirs in _internal/context-names.ts (STATS_CONTEXTS).

export const INSTRUMENT: ContextName = { en: 'instrument', id: 'instrumen' };
export const RESPONSES: ContextName = { en: 'responses', id: 'jawaban responden' };
export const BANDS: ContextName = { en: 'bands', id: 'pita kategori' };
export const PERCENTAGE: ContextName = { en: 'percentage', id: 'persentase' };
export const EFFECTIVENESS_RATIO: ContextName = {
  en: 'effectiveness ratio',
  id: 'rasio efektivitas',
};
export const TRIDAYA_INDEX: ContextName = { en: 'Tridaya index', id: 'indeks Tridaya' };
export const BUDGET_SHARES: ContextName = { en: 'budget shares', id: 'bagian anggaran' };
export const BUDGET_ALLOCATION: ContextName = {
  en: 'budget allocation',
  id: 'alokasi anggaran',
};
