import { optionKeys } from '../../_internal/options.js';
import {
  ConfigurationError,
  describeType,
  type MessageOptions,
  renderBoth,
} from '../../core/index.js';
import type { KolektibilitasPresetName } from '../kolektibilitas/index.js';
import { compileKolektibilitasTable } from '../kolektibilitas/internal.js';
import type { KolektibilitasTable, LoanAssessment } from '../types.js';
import { type CompiledBands, compileBands, type RatingBandTable } from './bands.js';
import { UPK_DEFAULT_THRESHOLD, type UpkArrearsThreshold } from './definitions.js';
import { portfolioMessages } from './messages.js';
import { POB_2013_REPAYMENT_BANDS, POB_2013_RISK_BANDS } from './pob-2013-bands.js';
import type { AnyAssessment, PortfolioGroupBy } from './types.js';

/**
 * Options of {@link portfolioIndicators} and {@link createPortfolioAccumulator}.
 *
 * @category Portfolio
 */
export interface PortfolioIndicatorsOptions<T extends LoanAssessment = AnyAssessment>
  extends MessageOptions {
  /** Group the rows by this key as well (KSM, kelurahan, UPK). */
  groupBy?: PortfolioGroupBy<T> | undefined;
  /** List every level of this table in the distribution, with zero rows for empty levels. */
  kolektibilitas?: KolektibilitasTable | KolektibilitasPresetName | undefined;
  /** Decimal places of `ratio.decimal` and `ratio.percent` when not exact (0-20, default 10). */
  decimalPlaces?: number | undefined;
  /**
   * The arrears threshold of the UPK PAR, LAR and RR (default `{ unit: 'instalments', value: 3 }`, the
   * POB's "3 bulan/kali"; see {@link UpkArrearsThreshold} for weekly and two-monthly loans).
   */
  upkThreshold?: UpkArrearsThreshold | undefined;
  /** The X of SEEP PAR > X days to report in `par` (whole numbers >= 0, default `[30, 90]`). */
  parDays?: readonly number[] | undefined;
  /**
   * Rating bands as data: `risk` for UPK PAR and LAR (default {@link POB_2013_RISK_BANDS}),
   * `repayment` for UPK RR (default {@link POB_2013_REPAYMENT_BANDS}).
   */
  bands?:
    | { risk?: RatingBandTable | undefined; repayment?: RatingBandTable | undefined }
    | undefined;
  /**
   * Count LAR by this key (the KSM) instead of by row: when rows are member loans split from a group
   * loan, the POB counts the KSM. A KSM has a balance when any of its rows has one, and is at risk
   * when any of its rows with a balance reaches the threshold. A row whose key is not a non-empty
   * string or finite number is rejected (`invalid_group_key`).
   */
  larGroupKey?: PortfolioGroupBy<T> | undefined;
}

/** The keys of {@link PortfolioIndicatorsOptions}. */
export const PORTFOLIO_KEYS = optionKeys<PortfolioIndicatorsOptions>()({
  groupBy: true,
  kolektibilitas: true,
  decimalPlaces: true,
  bands: true,
  upkThreshold: true,
  parDays: true,
  larGroupKey: true,
  locale: true,
  messages: true,
});

/** The options, read and checked once. */
export interface ResolvedOptions {
  groupBy: ((row: unknown) => unknown) | undefined;
  larKey: ((row: unknown) => unknown) | undefined;
  table: KolektibilitasTable | undefined;
  places: number;
  messageOptions: MessageOptions;
  /** The options that shape the sums, compared by `merge`: the groupBy field or function, the table. */
  groupByKey?: unknown;
  tableKey?: string;
  threshold: UpkArrearsThreshold;
  parDays: readonly number[];
  riskBands: CompiledBands;
  repaymentBands: CompiledBands;
  /** What two accumulators must share to be merged. */
  signature: string;
}

function keyReader(
  raw: unknown,
  name: 'groupBy' | 'larGroupKey',
): ((row: unknown) => unknown) | undefined {
  if (typeof raw === 'function') {
    const fn = raw as (row: unknown) => unknown;
    return (row) => fn(row);
  }
  if (typeof raw === 'string' && raw.length > 0 && raw.length <= 200) {
    const key = raw;
    return (row) => (row as Record<string, unknown>)[key];
  }
  if (raw !== undefined) {
    throw new ConfigurationError(
      'invalid_group_by',
      renderBoth({ code: 'invalid_group_by', path: [name], params: {} }, portfolioMessages),
      { received: describeType(raw), option: name },
    );
  }
  return undefined;
}

function readThreshold(raw: unknown): UpkArrearsThreshold {
  if (raw === undefined) return UPK_DEFAULT_THRESHOLD;
  let unit: unknown;
  let value: unknown;
  try {
    unit = (raw as Record<string, unknown>).unit;
    value = (raw as Record<string, unknown>).value;
  } catch {
    optionsError(
      'upkThreshold must be { unit, value }',
      'upkThreshold',
      '`upkThreshold` harus `{ unit, value }`',
    );
  }
  if (unit !== 'instalments' && unit !== 'months') {
    optionsError(
      "upkThreshold.unit must be 'instalments' or 'months'",
      'upkThreshold',
      '`upkThreshold.unit` harus `instalments` atau `months`',
    );
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 1000) {
    optionsError(
      'upkThreshold.value must be a whole number from 1 to 1000',
      'upkThreshold',
      '`upkThreshold.value` harus bilangan bulat 1 sampai 1000',
    );
  }
  return Object.freeze({ unit, value });
}

function readParDays(raw: unknown): readonly number[] {
  if (raw === undefined) return [30, 90];
  let list: number[];
  try {
    if (!Array.isArray(raw) || raw.length > 50) throw new Error('not an array');
    list = [...raw] as number[];
  } catch {
    optionsError(
      'parDays must be an array of at most 50 whole numbers >= 0',
      'parDays',
      '`parDays` harus daftar berisi paling banyak 50 bilangan bulat >= 0',
    );
  }
  for (const d of list) {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0 || d > 100_000) {
      optionsError(
        'parDays must hold whole numbers from 0 to 100000',
        'parDays',
        '`parDays` harus berisi bilangan bulat 0 sampai 100000',
      );
    }
  }
  return Object.freeze([...new Set(list)].sort((a, b) => a - b));
}

/**
 * `detail` in English and `detailId` in Indonesian, each message wholly in its language: a bad option
 * is a {@link ConfigurationError}, as the band tables' (`bands.ts`) and every other option's.
 */
function optionsError(detail: string, path: string, detailId: string): never {
  throw new ConfigurationError(
    'invalid_portfolio_options',
    renderBoth(
      { code: 'invalid_portfolio_options', path: ['options', path], params: { detail, detailId } },
      portfolioMessages,
    ),
    { detail, detailId },
  );
}

/** The options' fields, each read once, in this order (a getter is never called twice). */
const RAW_KEYS = [
  'groupBy',
  'kolektibilitas',
  'decimalPlaces',
  'locale',
  'messages',
  'upkThreshold',
  'parDays',
  'bands',
  'larGroupKey',
] as const;
type RawOptions = Record<(typeof RAW_KEYS)[number] | 'risk' | 'repayment', unknown>;

function readRawOptions(options: unknown): RawOptions {
  const o = options ?? {};
  if (typeof o !== 'object') {
    optionsError(
      `options must be an object, received ${describeType(options)}`,
      '',
      `opsi harus berupa objek, diterima ${describeType(options)}`,
    );
  }
  try {
    const raw = {} as RawOptions;
    for (const key of RAW_KEYS) raw[key] = (o as Record<string, unknown>)[key];
    const bands = raw.bands;
    if (bands !== undefined && bands !== null && typeof bands === 'object') {
      raw.risk = (bands as Record<string, unknown>).risk;
      raw.repayment = (bands as Record<string, unknown>).repayment;
    }
    return raw;
  } catch {
    optionsError('the options could not be read', '', 'opsi tidak dapat dibaca');
  }
}

function readPlaces(raw: unknown): number {
  if (raw === undefined) return 10;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > 20) {
    optionsError(
      'decimalPlaces must be a whole number from 0 to 20',
      'decimalPlaces',
      '`decimalPlaces` harus bilangan bulat 0 sampai 20',
    );
  }
  return raw;
}

function readMessages(locale: unknown, messages: unknown): MessageOptions {
  if (locale !== undefined && locale !== 'en' && locale !== 'id')
    optionsError("locale must be 'en' or 'id'", 'locale', '`locale` harus `en` atau `id`');
  if (messages !== undefined && (messages === null || typeof messages !== 'object')) {
    optionsError(
      'messages must be an object of message templates',
      'messages',
      '`messages` harus objek berisi templat pesan',
    );
  }
  const messageOptions: MessageOptions = {};
  if (locale !== undefined) messageOptions.locale = locale as 'en' | 'id';
  if (messages !== undefined) messageOptions.messages = messages as MessageOptions['messages'];
  return messageOptions;
}

/** Reads the options once. */
export function resolvePortfolioOptions(options: unknown): ResolvedOptions {
  const raw = readRawOptions(options);
  const groupBy = keyReader(raw.groupBy, 'groupBy');
  const larKey = keyReader(raw.larGroupKey, 'larGroupKey');
  const table =
    raw.kolektibilitas === undefined
      ? undefined
      : compileKolektibilitasTable(raw.kolektibilitas).table;
  const places = readPlaces(raw.decimalPlaces);
  const messageOptions = readMessages(raw.locale, raw.messages);
  if (raw.bands !== undefined && (raw.bands === null || typeof raw.bands !== 'object')) {
    optionsError(
      'bands must be an object { risk?, repayment? }',
      'bands',
      '`bands` harus objek `{ risk?, repayment? }`',
    );
  }
  const threshold = readThreshold(raw.upkThreshold);
  const parDays = readParDays(raw.parDays);
  return {
    groupBy,
    larKey,
    table,
    places,
    messageOptions,
    threshold,
    parDays,
    riskBands: compileBands(raw.risk ?? POB_2013_RISK_BANDS),
    repaymentBands: compileBands(raw.repayment ?? POB_2013_REPAYMENT_BANDS),
    signature: JSON.stringify([
      threshold.unit,
      threshold.value,
      parDays,
      larKey !== undefined,
      groupBy !== undefined,
    ]),
    groupByKey: raw.groupBy,
    tableKey: table === undefined ? '' : JSON.stringify(table),
  };
}

/** The first option two accumulators differ in (`undefined` when they may be merged). */
export function optionMismatch(a: ResolvedOptions, b: ResolvedOptions): string | undefined {
  if ((a.groupByKey === undefined) !== (b.groupByKey === undefined)) return 'groupBy';
  if (a.groupByKey !== b.groupByKey) return 'groupBy';
  if ((a.tableKey ?? '') !== (b.tableKey ?? '')) return 'kolektibilitas';
  if (a.places !== b.places) return 'decimalPlaces';
  return undefined;
}
