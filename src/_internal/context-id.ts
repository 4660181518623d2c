import type { ContextName } from '../core/issue-types.js';
import { POVERTY_CONTEXTS, ROW_CONTEXTS, STATS_CONTEXTS } from './context-names.js';

/**
 * The Indonesian name of each context the library gives a `ValidationError` ("loan", "batch"): the
 * Indonesian message says `pinjaman tidak valid`, not `loan tidak valid` (issue 9: Indonesian messages
 * are wholly Indonesian). A context a caller passes (`parseWith(schema, v, { context })`) is the
 * caller's own word and is printed as given (a core context's name included: the core names its own
where it raises them). `tests/indonesian-messages.test.ts` checks that every
 * context written as a string in the library's source has an entry here.
 *
 * This table is the fallback for contexts given as strings: only the string-taking helpers
 * (`unreadableInput`, `validationError`, `parseWith`) read it, so a bundle that raises only contexts
 * named in both languages where they are raised ({@link ContextName}, _internal/contexts.ts) does not
 * carry it (issue 11).
 */
const CONTEXT_ID: ReadonlyMap<string, string> = new Map([
  // The parts' own small maps, merged. (The core names its contexts where it raises them,
  // _internal/contexts.ts; the few that other parts still pass as strings are listed below.)
  ...Object.entries(POVERTY_CONTEXTS),
  ...Object.entries(STATS_CONTEXTS),
  ...Object.entries(ROW_CONTEXTS),
  // The contexts other parts still raise as strings.
  ['batch', 'kumpulan baris'],
  ['date', 'tanggal'],
  ['rounding', 'pembulatan'],
  ['P2K2 attendance', 'kehadiran P2K2'],
  ['P2K2 group', 'kelompok P2K2'],
  ['P2K2 plan', 'rencana P2K2'],
  ['P2K2 workload', 'beban kerja P2K2'],
  ['PKH benefit', 'bantuan PKH'],
  ['PKH benefit columns', 'kolom bantuan PKH'],
  ['PKH benefits', 'daftar bantuan PKH'],
  ['PKH family', 'keluarga PKH'],
  ['Tridaya index', 'indeks Tridaya'],
  ['UPK financials', 'data keuangan UPK'],
  ['arrears', 'tunggakan'],
  ['asOf', 'tanggal penilaian (`asOf`)'],
  ['assessment options', 'opsi penilaian'],
  ['bands', 'pita kategori'],
  ['budget allocation', 'alokasi anggaran'],
  ['budget shares', 'bagian anggaran'],
  ['commitment record', 'catatan komitmen'],
  ['desil eligibility', 'kelayakan desil'],
  ['desil programs', 'program menurut desil'],
  ['family commitments', 'komitmen keluarga'],
  ['graduation', 'graduasi'],
  ['graduation input', 'data graduasi'],
  ['group', 'kelompok'],
  ['group loan', 'pinjaman kelompok'],
  ['group payments', 'pembayaran kelompok'],
  ['health input', 'data kesehatan lembaga'],
  ['indeks', 'indeks'],
  ['instrument', 'instrumen'],
  ['kolektibilitas', 'kolektibilitas'],
  ['loan', 'pinjaman'],
  ['loan record', 'catatan pinjaman'],
  ['member', 'anggota'],
  ['options', 'opsi'],
  ['payments', 'pembayaran'],
  ['percentage', 'persentase'],
  ['portfolio', 'portofolio'],
  ['portfolio options', 'opsi portofolio'],
  ['poverty measures from text', 'ukuran kemiskinan dari teks'],
  ['poverty record', 'data rumah tangga'],
  ['provision', 'penyisihan'],
  ['registry', 'data terpadu'],
  ['schedule', 'jadwal angsuran'],
  ['summary', 'ringkasan'],
  ['verification options', 'opsi verifikasi'],
]);

/**
 * A context given as a string, named in both languages: the library's Indonesian name when it has one,
 * else the string as given (a caller's own word). A context already named in both passes through.
 */
export function libraryContext(context: string | ContextName): ContextName {
  if (typeof context === 'object' && context !== null) return context;
  const en = String(context);
  return { en, id: CONTEXT_ID.get(en) ?? en };
}

/** Whether the library has an Indonesian name for a context (for the test). */
export function hasContextId(context: string): boolean {
  return CONTEXT_ID.has(context);
}
