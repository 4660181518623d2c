import type { BilingualCatalog } from '../../core/index.js';
import { deepFreeze } from '../../_internal/freeze.js';

/**
 * The issue codes of loan events (write-off, recovery, restructuring).
 *
 * @category Loan events
 */
export type LoanEventIssueCode =
  | 'write_off_repeated'
  | 'event_after_write_off'
  | 'recovery_before_write_off'
  | 'payment_after_write_off'
  | 'restructure_principal_mismatch';

const rp = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/**
 * English and Indonesian messages for every {@link LoanEventIssueCode}.
 *
 * @category Loan events
 * @example
 * loanEventMessages.recovery_before_write_off.en({}, ['events', 2])
 * //=> 'a recovery can only follow a write-off (record money received before it as a payment)'
 */
export const loanEventMessages: BilingualCatalog<LoanEventIssueCode> = {
  write_off_repeated: {
    en: () => 'a loan can be written off only once',
    id: () => 'pinjaman hanya dapat dihapusbukukan satu kali',
  },
  event_after_write_off: {
    en: () => 'after a write-off only recoveries can be recorded',
    id: () => 'sesudah hapus buku hanya penerimaan kembali yang dapat dicatat',
  },
  recovery_before_write_off: {
    en: () =>
      'a recovery can only follow a write-off (record money received before it as a payment)',
    id: () =>
      'penerimaan kembali hanya dapat dicatat sesudah hapus buku (catat uang yang diterima sebelumnya sebagai angsuran)',
  },
  payment_after_write_off: {
    en: (p) =>
      `a payment dated after the write-off on ${String(p.writtenOffOn)} must be recorded as a recovery event`,
    id: (p) =>
      `angsuran yang dibayar sesudah hapus buku pada ${String(p.writtenOffOn)} harus dicatat sebagai penerimaan kembali`,
  },
  restructure_principal_mismatch: {
    en: (p) =>
      `the new schedule's principal (${rp(p.received)}) must equal the principal outstanding on ${String(p.on)} (${rp(p.expected)})`,
    id: (p) =>
      `pokok jadwal baru (${rp(p.received)}) harus sama dengan sisa pokok pada ${String(p.on)} (${rp(p.expected)})`,
  },
};

deepFreeze(loanEventMessages);
