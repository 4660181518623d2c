import { forEachRow, readRowIndex } from '../../_internal/accumulate.js';
import { checkOptionKeys } from '../../_internal/options.js';
import {
  ConfigurationError,
  createIssue,
  type Issue,
  type MessageOptions,
  renderBoth,
} from '../../core/index.js';
import type { LoanAssessment } from '../types.js';
import { portfolioMessages } from './messages.js';
import {
  optionMismatch,
  PORTFOLIO_KEYS,
  type PortfolioIndicatorsOptions,
  type ResolvedOptions,
  resolvePortfolioOptions,
} from './options.js';
import { readAssessment } from './read-assessment.js';
import { reportOf } from './report.js';
import { groupKeyOf, snapshotOf, stateFromSnapshot } from './snapshot.js';
import { addTo, groupSums, mergeState, newState, type State } from './sums.js';
import type {
  AnyAssessment,
  PortfolioAccumulator,
  PortfolioAccumulatorSnapshot,
  PortfolioReport,
} from './types.js';

const states = new WeakMap<object, State>();
/** Per accumulator: its options, and a token for itself and every accumulator merged into it. */
const origins = new WeakMap<object, { opts: ResolvedOptions; sources: Set<object> }>();

function safeIssue(code: string, options: MessageOptions): Issue {
  try {
    return createIssue(code, [], {}, options, portfolioMessages);
  } catch {
    return createIssue(code, [], {}, {}, portfolioMessages);
  }
}

type Key = { map: string; key: string | number };

/** A row's key by `groupBy` or `larGroupKey`; undefined when the function throws or the key is bad. */
function keyOf(read: (row: unknown) => unknown, value: unknown): Key | undefined {
  try {
    return groupKeyOf(read(value));
  } catch {
    return undefined;
  }
}

/** A row's group and LAR keys (each `null` when not asked for); undefined when one is bad. */
function keysOf(
  opts: ResolvedOptions,
  value: unknown,
): { group: Key | null; lar: Key | null } | undefined {
  const group = opts.groupBy === undefined ? null : keyOf(opts.groupBy, value);
  if (group === undefined) return undefined;
  const lar = opts.larKey === undefined ? null : keyOf(opts.larKey, value);
  return lar === undefined ? undefined : { group, lar };
}

/** Adds one row: its sums, or its rejection with every issue. */
function addRow(state: State, opts: ResolvedOptions, value: unknown, index: number): void {
  let read: ReturnType<typeof readAssessment>;
  try {
    read = readAssessment(value, opts.messageOptions);
  } catch {
    state.rejected.push({ index, issues: [safeIssue('unreadable_row', opts.messageOptions)] });
    return;
  }
  if ('issues' in read) {
    state.rejected.push({ index, issues: read.issues });
    return;
  }
  const keys = keysOf(opts, value);
  if (keys === undefined) {
    state.rejected.push({ index, issues: [safeIssue('invalid_group_key', opts.messageOptions)] });
    return;
  }
  const lar = keys.lar?.map;
  addTo(state.overall, read.row, opts, lar);
  if (keys.group !== null) {
    addTo(groupSums(state, opts, keys.group.map, keys.group.key), read.row, opts, lar);
  }
  state.valid++;
}

const accumulatorError = (code: string, params: Record<string, unknown> = {}) =>
  new ConfigurationError(
    code,
    renderBoth({ code, path: [], params }, portfolioMessages),
    Object.keys(params).length > 0 ? params : undefined,
  );

/** Merges `other` (another accumulator or a snapshot) into `mine`, after every check. */
function mergeInto(
  mine: { acc: object; state: State; opts: ResolvedOptions; sources: Set<object> },
  other: unknown,
): void {
  let from: State | undefined;
  if (other !== null && typeof other === 'object' && other !== mine.acc) {
    from = states.get(other) ?? stateFromSnapshot(other, mine.opts);
  }
  if (from === undefined) throw accumulatorError('invalid_accumulator');
  // A live accumulator: name the option that differs, and refuse rows counted twice.
  const theirs = origins.get(other as object) ?? { opts: mine.opts, sources: new Set<object>() };
  const option = optionMismatch(mine.opts, theirs.opts);
  if (option !== undefined) throw accumulatorError('accumulator_mismatch', { option });
  for (const token of theirs.sources) {
    if (mine.sources.has(token)) throw accumulatorError('accumulator_already_merged');
  }
  if (from.signature !== mine.state.signature) throw accumulatorError('invalid_accumulator');
  for (const token of theirs.sources) mine.sources.add(token);
  mergeState(mine.state, from, mine.opts);
}

/**
 * Creates a mergeable accumulator of portfolio indicators (see {@link PortfolioAccumulator}). The
 * report is the same as {@link portfolioIndicators} over the rows added.
 *
 * @category Portfolio
 * @throws {@link ConfigurationError} when an option is not one it takes (`invalid_portfolio_options`).
 * @throws {@link ConfigurationError} when `groupBy` is neither a property name nor a function, or the
 * `kolektibilitas` table is broken or unknown.
 * @example
 * const a = createPortfolioAccumulator().add(loanA, 0);
 * const b = createPortfolioAccumulator().add(loanB, 1);
 * a.merge(b.snapshot()).result().grossOutstanding.amount
 * //=> loanA.outstandingPrincipal + loanB.outstandingPrincipal
 */
export function createPortfolioAccumulator<T extends LoanAssessment = AnyAssessment>(
  options: PortfolioIndicatorsOptions<T> = {},
): PortfolioAccumulator<T> {
  checkOptionKeys(options, PORTFOLIO_KEYS, 'createPortfolioAccumulator');
  const opts = resolvePortfolioOptions(options);
  const state = newState(opts);
  const sources = new Set<object>([{}]);
  const acc: PortfolioAccumulator<T> = {
    add(assessment: unknown, index?: number): PortfolioAccumulator<T> {
      const i = readRowIndex(index, state.seen);
      state.seen++;
      addRow(state, opts, assessment, i);
      return acc;
    },
    addAll(assessments: Iterable<unknown>): PortfolioAccumulator<T> {
      forEachRow(assessments, 'assessments', (row) => {
        const i = state.seen;
        state.seen++;
        addRow(state, opts, row, i);
      });
      return acc;
    },
    merge(other: PortfolioAccumulator<T> | PortfolioAccumulatorSnapshot): PortfolioAccumulator<T> {
      mergeInto({ acc, state, opts, sources }, other);
      return acc;
    },
    snapshot: (): PortfolioAccumulatorSnapshot => snapshotOf(state),
    result: (): PortfolioReport => reportOf(state, opts),
    get counts() {
      return { total: state.seen, valid: state.valid, rejected: state.rejected.length };
    },
  };
  states.set(acc, state);
  origins.set(acc, { opts, sources });
  return acc;
}
