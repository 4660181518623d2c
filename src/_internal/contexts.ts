import type { ContextName } from '../core/issue-types.js';

// The core's error contexts, each named in English and Indonesian where it is raised (issue 9: an
// Indonesian message is wholly Indonesian; issue 11: a function's bundle carries only the names it
// raises). One export per context: a bundler keeps only those a function uses.

export const ALLOCATION: ContextName = { en: 'allocation', id: 'alokasi' };
export const BATCH: ContextName = { en: 'batch', id: 'kumpulan baris' };
export const BATCH_OPTIONS: ContextName = { en: 'batch options', id: 'opsi kumpulan baris' };
export const DATE: ContextName = { en: 'date', id: 'tanggal' };
export const DATE_TEXT: ContextName = { en: 'date text', id: 'teks tanggal' };
export const DATED_TABLE: ContextName = { en: 'dated table', id: 'tabel bertanggal' };
export const DATED_TABLE_CADENCE: ContextName = {
  en: 'dated table cadence',
  id: 'jadwal tabel bertanggal',
};
export const DATED_TABLE_VALUE: ContextName = {
  en: 'dated table value',
  id: 'nilai tabel bertanggal',
};
export const DECIMAL_TEXT: ContextName = { en: 'decimal text', id: 'teks desimal' };
export const FRACTION: ContextName = { en: 'fraction', id: 'pecahan' };
export const IDENTIFIER: ContextName = { en: 'identifier', id: 'nomor identitas' };
export const INDEX: ContextName = { en: 'index', id: 'indeks' };
export const INPUT: ContextName = { en: 'input', id: 'masukan' };
export const ISSUE: ContextName = { en: 'issue', id: 'masalah' };
export const ISSUES: ContextName = { en: 'issues', id: 'daftar masalah' };
export const LABEL: ContextName = { en: 'label', id: 'label' };
export const LABEL_OF: ContextName = { en: 'labelOf', id: 'label (`labelOf`)' };
export const PATH: ContextName = { en: 'path', id: 'jalur isian' };
export const PERCENT_TEXT: ContextName = { en: 'percent text', id: 'teks persen' };
export const RATE: ContextName = { en: 'rate', id: 'suku bunga' };
export const RATE_CONVERSION_METHOD: ContextName = {
  en: 'rate conversion method',
  id: 'metode konversi suku bunga',
};
export const RATE_PERIOD: ContextName = { en: 'rate period', id: 'periode suku bunga' };
export const ROUNDING: ContextName = { en: 'rounding', id: 'pembulatan' };
export const RUPIAH_TEXT: ContextName = { en: 'rupiah text', id: 'teks rupiah' };
export const SCHEMA: ContextName = { en: 'schema', id: 'skema' };
export const SPLIT: ContextName = { en: 'split', id: 'pembagian' };
export const TEXT: ContextName = { en: 'text', id: 'teks' };
export const TEXT_SCHEMA_OPTIONS: ContextName = {
  en: 'text schema options',
  id: 'opsi skema teks',
};
export const VALUE: ContextName = { en: 'value', id: 'nilai' };
export const YES_NO_TEXT: ContextName = { en: 'yes/no text', id: 'teks ya/tidak' };
export const FORMAT_DATE: ContextName = { en: 'formatDate', id: 'format tanggal (`formatDate`)' };
export const FORMAT_NUMBER: ContextName = {
  en: 'formatNumber',
  id: 'format angka (`formatNumber`)',
};
export const FORMAT_PERCENT: ContextName = {
  en: 'formatPercent',
  id: 'format persen (`formatPercent`)',
};
export const FORMAT_RUPIAH: ContextName = {
  en: 'formatRupiah',
  id: 'format rupiah (`formatRupiah`)',
};
export const FORMAT_RUPIAH_COMPACT: ContextName = {
  en: 'formatRupiahCompact',
  id: 'format rupiah ringkas (`formatRupiahCompact`)',
};
