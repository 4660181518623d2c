import { epochDay, formatYmd, monthLength } from '../../_internal/days.js';
import { ConfigurationError, type MessageOptions, renderBoth } from '../../core/index.js';
import type { KolektibilitasChoice } from '../arrears/index.js';
import { resolveAssessOptions } from '../arrears/assess-loan.js';
import { resolveKolektibilitasTable } from '../kolektibilitas/index.js';
import { unsourcedRateError } from '../kolektibilitas/provision.js';
import { createPortfolioAccumulator } from '../portfolio/accumulator.js';
import type { LkmHealthBands } from './lkm-health.js';
import { upkBooksMessages } from './messages.js';
import type { Resolved } from './monthly-report-state.js';

/** `detail` in English and `detailId` in Indonesian, each message wholly in its language. */
function optionsError(detail: string, detailId: string): never {
  throw new ConfigurationError(
    'invalid_report_options',
    renderBoth(
      { code: 'invalid_report_options', path: ['options'], params: { detail, detailId } },
      upkBooksMessages,
    ),
    { detail, detailId },
  );
}

/** The month `YYYY-MM`: its first and last days and its first epoch day. */
function readMonth(month: unknown): { from: string; to: string; fromDay: number } {
  const m = typeof month === 'string' ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  const y = m === null ? 0 : Number(m[1]);
  const mo = m === null ? 0 : Number(m[2]);
  if (m === null || y < 1 || mo < 1 || mo > 12)
    optionsError("month must be 'YYYY-MM'", '`month` harus ditulis `YYYY-MM`');
  return {
    from: formatYmd(y, mo, 1),
    to: formatYmd(y, mo, monthLength(y, mo)),
    fromDay: epochDay(y, mo, 1),
  };
}

/** The report's own choices, checked. */
function readChoices(o: Record<string, unknown>) {
  const larByKsm = o.larByKsm ?? true;
  if (typeof larByKsm !== 'boolean')
    optionsError('larByKsm must be true or false', '`larByKsm` harus `true` atau `false`');
  const upkId = o.upkId ?? '';
  if (typeof upkId !== 'string' || upkId.length > 200)
    optionsError('upkId must be a string', '`upkId` harus berupa teks');
  const rrReading = o.rrReading ?? 'arrears';
  if (rrReading !== 'arrears' && rrReading !== 'balance') {
    optionsError(
      "rrReading must be 'arrears' or 'balance'",
      '`rrReading` harus `arrears` atau `balance`',
    );
  }
  const places = o.decimalPlaces ?? 10;
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 20) {
    optionsError(
      'decimalPlaces must be a whole number from 0 to 20',
      '`decimalPlaces` harus bilangan bulat 0 sampai 20',
    );
  }
  return { larByKsm, upkId, rrReading: rrReading as 'arrears' | 'balance', places };
}

/** Every level of the provisions' table must carry a sourced rate. */
function checkSourcedRates(table: KolektibilitasChoice): void {
  const resolved = resolveKolektibilitasTable(table);
  for (const level of resolved.levels) {
    if (level.provisionRate === null) {
      throw unsourcedRateError({ tableId: resolved.id, level: level.level, code: level.code });
    }
  }
}

/** Reads and checks the options once, before any record. */
export function resolveReportOptions(options: unknown): Resolved {
  if (options === null || typeof options !== 'object')
    optionsError('options must be an object', 'opsi harus berupa objek');
  let o: Record<string, unknown>;
  try {
    o = { ...(options as Record<string, unknown>) };
  } catch {
    optionsError('the options could not be read', 'opsi tidak dapat dibaca');
  }
  const { from, to, fromDay } = readMonth(o.month);
  const { larByKsm, upkId, rrReading, places } = readChoices(o);
  const table = (o.kolektibilitas ?? 'upk-software-default') as KolektibilitasChoice;
  const messageOptions: MessageOptions = o.locale === 'id' ? { locale: 'id' } : {};
  const ksm = { current: '' };
  const portfolioOptions: Record<string, unknown> = {
    kolektibilitas: table,
    upkThreshold: o.upkThreshold,
    parDays: o.parDays,
    decimalPlaces: places,
    ...(larByKsm ? { larGroupKey: () => ksm.current } : {}),
    ...messageOptions,
  };
  checkSourcedRates(table);
  createPortfolioAccumulator(portfolioOptions); // checks the portfolio options
  return {
    month: o.month as string,
    from,
    to,
    table,
    larByKsm,
    upkId,
    rrReading,
    healthBands: o.healthBands as LkmHealthBands | undefined,
    places,
    portfolioOptions,
    messageOptions,
    assess: resolveAssessOptions({ asOf: to, kolektibilitas: table }),
    fromDay,
    ksm,
  };
}
