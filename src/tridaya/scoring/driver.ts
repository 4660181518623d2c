import { type Issue, redactValue } from '../../core/index.js';
import { DAYAS, type Daya, ensureInstrument, type Instrument } from '../instrument.js';
import { tridayaIssue } from '../issues.js';
import { compile } from './compile.js';
import {
  itemMeans,
  makePlan,
  newTally,
  overallOf,
  type Plan,
  scoreComplete,
  scoreValues,
  type Tally,
  unanswered,
} from './kernel.js';
import { overallPercentage, band } from './overall.js';
import { type RowRead, readRow, readRows } from './reader.js';
import { readSettings } from './settings.js';
import { dayaRecord, type ResultParts, type ScoreSink } from './sinks.js';
import type { AggregateScore, RespondentRejection } from './types.js';

// The scoring driver: reads each row (reader), scores it (kernel), hands it to a sink, and keeps the
// rejections and the aggregate totals. One driver for both result forms.

/**
 * Scores `responses` and returns what the sink built. `makeSink` gets the call's plan and the number
 * of rows.
 */
export function runScoring<R>(
  instrument: Instrument,
  responses: unknown,
  options: unknown,
  makeSink: (plan: Plan, n: number) => ScoreSink<R>,
): R {
  const inst = ensureInstrument(instrument);
  const c = compile(inst);
  const settings = readSettings(inst, options);
  const rows = readRows(responses);
  const plan = makePlan(c, settings);
  const run = new Run(plan, makeSink(plan, rows.length));
  // 'item-mean' needs every row before scoring any (two passes over an n x k buffer); the other
  // policies read and score one row at a time in a buffer of k.
  if (settings.missing === 'item-mean') run.twoPasses(rows);
  else run.onePass(rows);
  const dayaWeights: Partial<Record<Daya, number>> = {};
  for (const d of c.used) dayaWeights[DAYAS[d] as Daya] = settings.weights[d] as number;
  return run.sink.finish({
    instrumentId: inst.id,
    missing: settings.missing,
    dayaWeights,
    bands: settings.bands,
    ...run.outcome(rows.length),
  });
}

/** The state of one scoring call: the row tally, the totals, the rejections. */
class Run<R> {
  readonly tally: Tally = newTally();
  readonly totals: Tally = newTally();
  readonly rejected: RespondentRejection[] = [];
  scored = 0;

  constructor(
    readonly plan: Plan,
    readonly sink: ScoreSink<R>,
  ) {}

  /** Reads and scores one row at a time; a complete array row of valid answers skips the reader. */
  onePass(rows: readonly unknown[]): void {
    const values = new Float64Array(this.plan.c.k);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (this.tryComplete(row)) this.accept(i, undefined, true);
      else this.score(i, readRow(row, this.plan.c, values, 0), values, 0, undefined);
    }
  }

  /** Reads every row, computes the item means, then scores (policy 'item-mean'). */
  twoPasses(rows: readonly unknown[]): void {
    const { k } = this.plan.c;
    const values = new Float64Array(rows.length * k);
    const reads = rows.map((row, i) => readRow(row, this.plan.c, values, i * k));
    const means = itemMeans(values, reads, k);
    reads.forEach((read, i) => {
      this.score(i, read, values, i * k, means);
    });
  }

  private tryComplete(row: unknown): boolean {
    try {
      return scoreComplete(row, this.plan, this.tally);
    } catch {
      return false; // a hostile row (a proxy or getter that throws): the reader reports it
    }
  }

  /** Scores a row the reader read (answers at values[o..]) or rejects it. */
  private score(
    i: number,
    read: RowRead,
    values: Float64Array,
    o: number,
    means: Float64Array | undefined,
  ): void {
    const { id, issues } = read;
    if (issues.length > 0) {
      // A row rejected for invalid answers still reports its unanswered items under 'reject'.
      const missed =
        this.plan.missing === 'reject' && read.read ? unanswered(values, o, this.plan) : [];
      if (missed.length > 0)
        issues.push(tridayaIssue('missing_answer', [], { itemIds: missed.slice(0, 50) }));
      this.reject(i, id, issues, missed);
      return;
    }
    const refusal = scoreValues(values, o, this.plan, means, this.tally);
    if (refusal === undefined) this.accept(i, id, false);
    else this.reject(i, id, [refusal.issue], refusal.itemIds);
  }

  /** Adds the scored tally to the totals and hands it to the sink; `full` for a complete row. */
  private accept(i: number, id: string | number | undefined, full: boolean): void {
    const { tally: t, totals } = this;
    for (const d of this.plan.c.used) {
      totals.actual[d] = (totals.actual[d] as number) + (t.actual[d] as number);
      totals.ideal[d] = (totals.ideal[d] as number) + (t.ideal[d] as number);
      totals.answered[d] = (totals.answered[d] as number) + (t.answered[d] as number);
      totals.imputed[d] = (totals.imputed[d] as number) + (t.imputed[d] as number);
    }
    this.scored++;
    this.sink.accept(i, id, t, overallOf(this.plan, t, full));
  }

  private reject(
    index: number,
    id: string | number | undefined,
    issues: readonly Issue[],
    missingItemIds: readonly string[],
  ): void {
    // A rejection leaves the library: an id that may be a NIK is redacted like every issue.
    const ids = redactValue(missingItemIds);
    this.rejected.push(
      id === undefined
        ? { index, issues, missingItemIds: ids }
        : { index, id: redactValue(id), issues, missingItemIds: ids },
    );
  }

  /** The rejections, counts and aggregate of the rows scored. */
  outcome(total: number): Pick<ResultParts, 'rejected' | 'counts' | 'aggregate'> {
    const { plan, totals, scored, rejected } = this;
    const counts = { total, valid: scored, rejected: rejected.length };
    if (scored === 0) return { rejected, counts, aggregate: undefined };
    const pct = overallPercentage(
      plan.c.used,
      totals.actual,
      totals.ideal,
      plan.weights,
      plan.integral,
    );
    const b = band(plan.bands, pct);
    const aggregate: AggregateScore = {
      respondents: scored,
      dayas: dayaRecord(plan.c, plan.bands, totals),
      overall: { percentage: pct, category: b.code, label: b.label },
    };
    return { rejected, counts, aggregate };
  }
}
