import type { BilingualCatalog } from '../../core/index.js';
import { deepFreeze } from '../../_internal/freeze.js';

/**
 * Issue and error codes of the UPK books (financial figures, cost and return indicators, health
 * scores, the monthly report).
 *
 * @category UPK books
 */
export type UpkBooksIssueCode =
  | 'invalid_health_bands'
  | 'invalid_report_options'
  | 'invalid_report_accumulator'
  | 'period_mismatch'
  | 'write_off_is_an_event'
  | 'restructure_is_an_event';

/**
 * English and Indonesian messages of every {@link UpkBooksIssueCode}.
 *
 * @category UPK books
 * @example
 * upkBooksMessages.period_mismatch.en({}, [])
 * //=> 'only reports of the same month can be merged'
 */
export const upkBooksMessages: BilingualCatalog<UpkBooksIssueCode> = {
  invalid_health_bands: {
    en: (p) => `invalid health score band table: ${String(p.detail)}`,
    id: (p) => `tabel pita skor kesehatan tidak valid: ${String(p.detailId ?? p.detail)}`,
  },
  invalid_report_options: {
    en: (p) => `invalid monthly report options: ${String(p.detail)}`,
    id: (p) => `opsi laporan bulanan tidak valid: ${String(p.detailId ?? p.detail)}`,
  },
  invalid_report_accumulator: {
    en: () =>
      'merge takes another accumulator made by createUpkMonthlyReportAccumulator (not itself) or its snapshot()',
    id: () =>
      'penggabungan (`merge`) hanya menerima akumulator lain yang dibuat `createUpkMonthlyReportAccumulator` (bukan dirinya sendiri) atau hasil `snapshot()`-nya',
  },
  period_mismatch: {
    en: () => 'only reports of the same month can be merged',
    id: () => 'hanya laporan bulan yang sama yang dapat digabung',
  },
  write_off_is_an_event: {
    en: () => "a write-off is an event: use events [{ type: 'write-off', on }], not writtenOff",
    id: () =>
      "hapus buku adalah peristiwa: gunakan `events` [{ `type`: 'write-off', `on` }], bukan `writtenOff`",
  },
  restructure_is_an_event: {
    en: () =>
      "a restructuring is an event: use events [{ type: 'restructure', on, schedule }], not restructured",
    id: () =>
      "restrukturisasi adalah peristiwa: gunakan `events` [{ `type`: 'restructure', `on`, `schedule` }], bukan `restructured`",
  },
};

deepFreeze(upkBooksMessages);
