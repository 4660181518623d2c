import * as z from 'zod';
import {
  type BatchRejected,
  type CalendarDate,
  CalendarDateSchema,
  checkBatch,
  createIssue,
  type MessageOptions,
  type Rupiah,
  safeParseWith,
  describeType,
} from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { makeRatio } from '../../_internal/ratio.js';
import type { PortfolioRatio } from '../portfolio/index.js';
import { readMessageOptions } from '../../_internal/message-options.js';
import type { LoanEventAssessment } from './assess-with-events.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

const Amount = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The fields of a {@link LoanEventAssessment} the indicators read (extra fields are ignored). */
const RowSchema = z.object({
  state: z.enum(['active', 'paid_off', 'written_off']),
  assessment: z
    .object({ outstandingPrincipal: Amount, daysPastDue: z.int().min(0).max(10_000_000) })
    .nullable(),
  restructured: z.boolean(),
  writtenOff: z.object({ on: CalendarDateSchema, principal: Amount }).nullable(),
  recoveries: z.object({
    items: z.array(z.object({ on: CalendarDateSchema, amount: Amount })).max(1000),
  }),
});

/**
 * Options of {@link loanEventIndicators}.
 *
 * @category Loan events
 */
export interface LoanEventIndicatorsOptions extends MessageOptions {
  /** PAR threshold in days past due (PAR > X days), default 30. */
  days?: number | undefined;
  /** First day of the period for write-offs and recoveries (default: no lower bound). */
  from?: CalendarDate | undefined;
  /** Last day of the period for write-offs and recoveries (default: no upper bound). */
  to?: CalendarDate | undefined;
}

/**
 * Write-off, recovery and restructuring figures of a portfolio, as {@link loanEventIndicators}
 * returns them.
 *
 * @category Loan events
 */
export interface LoanEventIndicators {
  /** Rows seen, accepted and rejected (`valid + rejected = total`). */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Rejected rows with their index and issues. */
  readonly rejected: readonly BatchRejected[];
  /** Outstanding principal of the loans still in the portfolio (written-off loans are out). */
  readonly grossOutstanding: Rupiah;
  /**
   * PAR > X days as SEEP/CGAP define it: outstanding principal of loans with an instalment more than
   * X days late, **or restructured**, over the gross outstanding (`ratio` `null` when it is 0).
   */
  readonly parWithRestructured: {
    readonly days: number;
    readonly numerator: Rupiah;
    readonly denominator: Rupiah;
    readonly ratio: PortfolioRatio | null;
  };
  /** The restructured loans still in the portfolio, reported separately. */
  readonly restructured: {
    readonly count: number;
    readonly outstanding: Rupiah;
    readonly ratio: PortfolioRatio | null;
  };
  /** Loans written off within the period and the principal moved out of the portfolio. */
  readonly writtenOff: { readonly count: number; readonly principal: Rupiah };
  /** Recoveries received within the period (on any written-off loan). */
  readonly recoveries: Rupiah;
  /** Written off in the period minus recovered in the period (may be negative). */
  readonly netWrittenOff: number;
}

function readOptions(options: unknown) {
  let days: unknown;
  let from: unknown;
  let to: unknown;
  try {
    if (options !== null && typeof options === 'object') {
      ({ days, from, to } = options as LoanEventIndicatorsOptions);
    }
  } catch {
    days = Number.NaN;
  }
  const parsed = safeParseWith(
    z.object({
      days: z.int().min(0).max(100_000).default(30),
      from: CalendarDateSchema.optional(),
      to: CalendarDateSchema.optional(),
    }),
    { days, from, to },
  );
  if (!parsed.success) throw invalid(parsed.issues, 'options');
  return parsed.data;
}

const EVENT_INDICATORS_KEYS = optionKeys<LoanEventIndicatorsOptions>()({
  locale: true,
  messages: true,
  days: true,
  from: true,
  to: true,
});

/**
 * Sums write-offs, recoveries and restructured loans over {@link assessLoanWithEvents} results, and
 * gives PAR > X days with restructured loans counted at risk, as the SEEP/CGAP definition requires
 * (IRIS FP2635 "Portfolio at Risk - 30 days": "the entire unpaid principal balance ... should also
 * include loans that have been restructured or rescheduled"). Written-off loans are out of the
 * portfolio (numerator and denominator). Write-offs and recoveries count when their date falls in
 * `from .. to` (both inclusive, each optional), so a month's report passes that month.
 *
 * @category Loan events
 * @throws {@link ValidationError} when `rows` is not iterable or the options are not valid.
 * @example
 * // results: assessLoanWithEvents(...) of four loans on 2025-03-31 (docs/revolving-fund.md)
 * const k = loanEventIndicators(results, { days: 30, from: '2025-03-01', to: '2025-03-31' });
 * [k.writtenOff.principal, k.recoveries, k.parWithRestructured.ratio?.percent]
 * //=> [1_100_000, 50_000, 52]
 */
export function loanEventIndicators(
  rows: Iterable<LoanEventAssessment>,
  options: LoanEventIndicatorsOptions = {},
): LoanEventIndicators {
  checkOptionKeys(options, EVENT_INDICATORS_KEYS, 'loanEventIndicators');
  const o = readOptions(options);
  const batch = readRows(rows, readMessageOptions(options));
  const inPeriod = (d: string) =>
    (o.from === undefined || d >= o.from) && (o.to === undefined || d <= o.to);
  const sums = { gross: 0, atRisk: 0, restructuredCount: 0, restructuredOutstanding: 0 };
  const gone = { writtenOffCount: 0, writtenOffPrincipal: 0, recoveries: 0 };
  for (const { value: r } of batch.valid) {
    addOutstanding(sums, r, o.days);
    if (r.writtenOff !== null && inPeriod(r.writtenOff.on)) {
      gone.writtenOffCount++;
      gone.writtenOffPrincipal += r.writtenOff.principal;
    }
    for (const item of r.recoveries.items) if (inPeriod(item.on)) gone.recoveries += item.amount;
  }
  const { gross, atRisk, restructuredCount, restructuredOutstanding } = sums;
  const { writtenOffCount, writtenOffPrincipal, recoveries } = gone;
  if (!Number.isSafeInteger(gross + writtenOffPrincipal + recoveries)) {
    throw invalid(
      [createIssue('too_big', ['rows'], { maximum: Number.MAX_SAFE_INTEGER })],
      'batch',
    );
  }
  const ratio = (n: number) => (gross > 0 ? makeRatio(n, gross, 6) : null);
  return {
    counts: batch.counts,
    rejected: batch.rejected,
    grossOutstanding: gross,
    parWithRestructured: {
      days: o.days,
      numerator: atRisk,
      denominator: gross,
      ratio: ratio(atRisk),
    },
    restructured: {
      count: restructuredCount,
      outstanding: restructuredOutstanding,
      ratio: ratio(restructuredOutstanding),
    },
    writtenOff: { count: writtenOffCount, principal: writtenOffPrincipal },
    recoveries,
    netWrittenOff: writtenOffPrincipal - recoveries,
  };
}

type Row = z.output<typeof RowSchema>;

function readRows(rows: unknown, messageOptions: ReturnType<typeof readMessageOptions>) {
  try {
    return checkBatch(
      rows as Iterable<unknown>,
      (row) => safeParseWith(RowSchema, row, messageOptions),
      messageOptions,
    );
  } catch {
    throw invalid(
      [createIssue('not_iterable', ['rows'], { received: describeType(rows) })],
      'batch',
    );
  }
}

/** Adds a loan still in the portfolio: its outstanding, at risk when restructured or late. */
function addOutstanding(
  sums: {
    gross: number;
    atRisk: number;
    restructuredCount: number;
    restructuredOutstanding: number;
  },
  r: Row,
  days: number,
): void {
  if (r.assessment === null || r.state === 'written_off') return;
  const outstanding = r.assessment.outstandingPrincipal;
  sums.gross += outstanding;
  if (outstanding <= 0) return;
  if (r.restructured || r.assessment.daysPastDue > days) sums.atRisk += outstanding;
  if (r.restructured) {
    sums.restructuredCount++;
    sums.restructuredOutstanding += outstanding;
  }
}
