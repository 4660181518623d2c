import type { Band } from '../bands.js';
import { DAYAS, type Daya } from '../instrument.js';
import type { Compiled } from './compile.js';
import type { Plan, Tally } from './kernel.js';
import { band, bandIndex } from './overall.js';
import type { MissingAnswerPolicy } from './settings.js';
import type {
  AggregateScore,
  DayaScore,
  RespondentRejection,
  RespondentScore,
  ScoreColumns,
  ScoreResult,
} from './types.js';

// The two sinks of the scoring driver: one builds an object per scored respondent
// (scoreResponses), the other fills typed columns (scoreResponseColumns). The driver gives both the
// same scored tallies; each builds its own result type, so neither result shape is forced.

/** What every result carries, whatever the sink. */
export interface ResultParts {
  readonly instrumentId: string;
  readonly missing: MissingAnswerPolicy;
  readonly dayaWeights: Partial<Record<Daya, number>>;
  readonly bands: readonly Band[];
  readonly rejected: RespondentRejection[];
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  readonly aggregate: AggregateScore | undefined;
}

/** Receives each scored respondent and builds the result. */
export interface ScoreSink<R> {
  /** Respondent `index` (with its id, if any) scored to tally `t`, overall percentage `overall`. */
  accept(index: number, id: string | number | undefined, t: Tally, overall: number): void;
  /** The result, from the parts every result shares. */
  finish(parts: ResultParts): R;
}

/** The sink of {@link scoreResponses}: one {@link RespondentScore} per scored respondent. */
export class ObjectSink implements ScoreSink<ScoreResult> {
  private readonly valid: { index: number; value: RespondentScore }[] = [];

  constructor(private readonly plan: Plan) {}

  accept(index: number, id: string | number | undefined, t: Tally, overall: number): void {
    const { bands, c } = this.plan;
    const b = band(bands, overall);
    const dayas = dayaRecord(c, bands, t);
    const o = { percentage: overall, category: b.code, label: b.label };
    const value: RespondentScore =
      id === undefined ? { dayas, overall: o } : { id, dayas, overall: o };
    this.valid.push({ index, value });
  }

  finish(parts: ResultParts): ScoreResult {
    const { instrumentId, missing, dayaWeights, bands, rejected, counts, aggregate } = parts;
    const valid = this.valid;
    return { instrumentId, missing, dayaWeights, bands, valid, rejected, counts, aggregate };
  }
}

/** The sink of {@link scoreResponseColumns}: typed columns indexed by respondent. */
export class ColumnSink implements ScoreSink<ScoreColumns> {
  private readonly scored: Uint8Array;
  private readonly percentages: Float64Array[];
  private readonly bandIndexes: Uint8Array[];
  private readonly overall: Float64Array;
  private readonly overallBand: Uint8Array;

  constructor(
    private readonly plan: Plan,
    n: number,
  ) {
    const used = plan.c.used;
    this.scored = new Uint8Array(n);
    this.percentages = used.map(() => new Float64Array(n).fill(Number.NaN));
    this.bandIndexes = used.map(() => new Uint8Array(n).fill(255));
    this.overall = new Float64Array(n).fill(Number.NaN);
    this.overallBand = new Uint8Array(n).fill(255);
  }

  accept(index: number, _id: string | number | undefined, t: Tally, overall: number): void {
    const { bandFrom, bandTo, c } = this.plan;
    const used = c.used;
    this.scored[index] = 1;
    for (let u = 0; u < used.length; u++) {
      const d = used[u] as number;
      const p = ((t.actual[d] as number) * 100) / (t.ideal[d] as number);
      (this.percentages[u] as Float64Array)[index] = p;
      (this.bandIndexes[u] as Uint8Array)[index] = bandIndex(bandFrom, bandTo, p);
    }
    this.overall[index] = overall;
    this.overallBand[index] = bandIndex(bandFrom, bandTo, overall);
  }

  finish(parts: ResultParts): ScoreColumns {
    const { instrumentId, missing, dayaWeights, bands, rejected, counts, aggregate } = parts;
    const percentages: Partial<Record<Daya | 'overall', Float64Array>> = {};
    const bandIndexes: Partial<Record<Daya | 'overall', Uint8Array>> = {};
    this.plan.c.used.forEach((d, u) => {
      percentages[DAYAS[d] as Daya] = this.percentages[u] as Float64Array;
      bandIndexes[DAYAS[d] as Daya] = this.bandIndexes[u] as Uint8Array;
    });
    percentages.overall = this.overall;
    bandIndexes.overall = this.overallBand;
    const scored = this.scored;
    return {
      instrumentId,
      missing,
      dayaWeights,
      bands,
      scored,
      percentages,
      bandIndexes,
      rejected,
      counts,
      aggregate,
    };
  }
}

function dayaScore(d: number, bands: readonly Band[], t: Tally): DayaScore {
  const a = t.actual[d] as number;
  const i = t.ideal[d] as number;
  const percentage = (a * 100) / i;
  const b = band(bands, percentage);
  return {
    actual: a,
    ideal: i,
    percentage,
    category: b.code,
    label: b.label,
    answered: t.answered[d] as number,
    imputed: t.imputed[d] as number,
  };
}

/** The score of each measured daya of a tally (a respondent's, or the aggregate's). */
export function dayaRecord(
  c: Compiled,
  bands: readonly Band[],
  t: Tally,
): Partial<Record<Daya, DayaScore>> {
  // Named stores in a fixed order keep one object shape per instrument (a computed key is far slower).
  const out: Partial<Record<Daya, DayaScore>> = {};
  if (c.measures[0]) out.sosial = dayaScore(0, bands, t);
  if (c.measures[1]) out.ekonomi = dayaScore(1, bands, t);
  if (c.measures[2]) out.lingkungan = dayaScore(2, bands, t);
  return out;
}
