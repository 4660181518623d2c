import type { Issue } from '../../core/index.js';
import type { Band } from '../bands.js';
import { DAYAS, type Daya } from '../instrument.js';
import { tridayaIssue } from '../issues.js';
import type { Compiled } from './compile.js';
import { overallPercentage } from './overall.js';
import type { MissingAnswerPolicy, Settings } from './settings.js';

// The pure scoring kernel: from answers to per-daya sums and the overall percentage. It reads no
// row object (the reader does) and builds no result (the sinks do).

/** Per-daya sums of one respondent (or of every scored respondent), indexed by DAYAS. */
export interface Tally {
  readonly actual: Float64Array;
  readonly ideal: Float64Array;
  readonly answered: Float64Array;
  readonly imputed: Float64Array;
}

/** An empty tally. */
export function newTally(): Tally {
  return {
    actual: new Float64Array(3),
    ideal: new Float64Array(3),
    answered: new Float64Array(3),
    imputed: new Float64Array(3),
  };
}

/** Everything one scoring call computes once from the instrument and the options. */
export interface Plan {
  readonly c: Compiled;
  readonly missing: MissingAnswerPolicy;
  readonly bands: readonly Band[];
  /** Lower / upper bounds of the bands (the columnar sink's band lookup reads no band object). */
  readonly bandFrom: Float64Array;
  readonly bandTo: Float64Array;
  /** Daya weights by index into DAYAS. */
  readonly weights: Float64Array;
  /** Every item and daya weight is a whole number, so overall percentages may be exact fractions. */
  readonly integral: boolean;
  /** Per item: answer a adds slope x a + offset (reverse: w x (min + max - a)) and ideal w x max. */
  readonly slope: Float64Array;
  readonly offset: Float64Array;
  readonly itemIdeal: Float64Array;
  /** Per daya: the ideal and the number of items of a complete row. */
  readonly fullIdeal: Float64Array;
  readonly itemsPer: Float64Array;
  /** Per daya: prod(fullIdeal) / fullIdeal_d, the cofactor of the exact overall fraction. */
  readonly cofactor: Float64Array;
  /** The exact overall fraction's denominator for a complete row, and whether it is safe. */
  readonly fullDen: number;
  readonly fullExact: boolean;
}

/** Builds the plan of one scoring call. */
export function makePlan(c: Compiled, settings: Settings): Plan {
  const { k, weight, reverse, min, max, daya, used } = c;
  const { weights, bands, missing } = settings;
  const slope = new Float64Array(k);
  const offset = new Float64Array(k);
  const itemIdeal = new Float64Array(k);
  const fullIdeal = new Float64Array(3);
  const itemsPer = new Float64Array(3);
  for (let j = 0; j < k; j++) {
    const w = weight[j] as number;
    const rev = reverse[j] === 1;
    const d = daya[j] as number;
    slope[j] = rev ? -w : w;
    offset[j] = rev ? w * (min + max) : 0;
    itemIdeal[j] = w * max;
    fullIdeal[d] = (fullIdeal[d] as number) + w * max;
    itemsPer[d] = (itemsPer[d] as number) + 1;
  }
  // A complete row has the full ideal of every daya, so the parts of overallPercentage's exact
  // fraction that depend only on the ideals are computed once (fullOverall uses them).
  const cofactor = new Float64Array(3);
  let fullProduct = 1;
  let fullWsum = 0;
  for (const d of used) fullProduct *= fullIdeal[d] as number;
  for (const d of used) {
    fullWsum += weights[d] as number;
    cofactor[d] = fullProduct / (fullIdeal[d] as number);
  }
  const fullDen = fullWsum * fullProduct;
  // 'item-mean' imputes fractional answers, so its sums are not whole numbers.
  const integral = c.integerWeights && settings.integerDayaWeights && missing !== 'item-mean';
  const fullExact =
    integral &&
    used.length > 1 &&
    Number.isSafeInteger(fullDen) &&
    Number.isSafeInteger(fullProduct);
  const bandFrom = Float64Array.from(bands, (b) => b.from);
  const bandTo = Float64Array.from(bands, (b) => b.to);
  return {
    c,
    missing,
    bands,
    bandFrom,
    bandTo,
    weights,
    integral,
    slope,
    offset,
    itemIdeal,
    fullIdeal,
    itemsPer,
    cofactor,
    fullDen,
    fullExact,
  };
}

/**
 * Scores a complete array row of valid answers straight from the array into `t`; false (with `t`
 * unchanged) when the row is anything else, which then goes through the reader.
 */
export function scoreComplete(row: unknown, p: Plan, t: Tally): boolean {
  const k = p.c.k;
  if (!Array.isArray(row) || row.length !== k) return false;
  if (!sumArrayRow(row, k, p.c.min, p.c.max, p.slope, p.offset, p.c.daya, t.actual)) return false;
  for (let d = 0; d < 3; d++) {
    t.ideal[d] = p.fullIdeal[d] as number;
    t.answered[d] = p.itemsPer[d] as number;
    t.imputed[d] = 0;
  }
  return true;
}

/**
 * Sums a complete array row per daya into `out` (slope x answer + offset per item, as scoreValues);
 * false, with `out` untouched, as soon as an entry is not a whole number on the scale (the reader's
 * `isAnswer`, written out here). Everything is passed in, so the hot loop reads locals only.
 */
function sumArrayRow(
  row: readonly unknown[],
  k: number,
  lowest: number,
  max: number,
  slope: Float64Array,
  offset: Float64Array,
  daya: Uint8Array,
  out: Float64Array,
): boolean {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  for (let j = 0; j < k; j++) {
    const v: unknown = row[j];
    if (typeof v !== 'number' || !(v >= lowest && v <= max) || Math.floor(v) !== v) return false;
    const x = (slope[j] as number) * v + (offset[j] as number);
    const d = daya[j] as number;
    if (d === 0) a0 += x;
    else if (d === 1) a1 += x;
    else a2 += x;
  }
  out[0] = a0;
  out[1] = a1;
  out[2] = a2;
  return true;
}

/** Why a readable row cannot be scored: the issue and the items it names. */
export interface Refusal {
  readonly issue: Issue;
  readonly itemIds: readonly string[];
}

/**
 * Scores the answers read at `values[o..o+k)` (NaN = unanswered) into `t` under the missing-answer
 * policy (`itemMean` for `'item-mean'`); a Refusal when the policy rejects the row.
 */
export function scoreValues(
  values: Float64Array,
  o: number,
  p: Plan,
  itemMean: Float64Array | undefined,
  t: Tally,
): Refusal | undefined {
  const { k, daya, ids } = p.c;
  const { actual, ideal, answered, imputed } = t;
  actual.fill(0);
  ideal.fill(0);
  answered.fill(0);
  imputed.fill(0);
  let gaps = 0;
  let unavailable: string[] | undefined;
  for (let j = 0; j < k; j++) {
    let v = values[o + j] as number;
    const d = daya[j] as number;
    if (!Number.isNaN(v)) answered[d] = (answered[d] as number) + 1;
    else if (itemMean === undefined) {
      gaps++;
      continue;
    } else {
      v = itemMean[j] as number;
      if (Number.isNaN(v)) {
        if (unavailable === undefined) unavailable = [];
        unavailable.push(ids[j] as string);
        continue;
      }
      imputed[d] = (imputed[d] as number) + 1;
    }
    actual[d] = (actual[d] as number) + (p.slope[j] as number) * v + (p.offset[j] as number);
    ideal[d] = (ideal[d] as number) + (p.itemIdeal[j] as number);
  }
  if (gaps > 0 && p.missing === 'reject') return missingAnswers(values, o, p);
  if (unavailable !== undefined) {
    return {
      issue: tridayaIssue('item_mean_unavailable', [], { itemIds: unavailable }),
      itemIds: unavailable,
    };
  }
  if (gaps === 0) return undefined;
  const empty = p.c.used.filter((d) => ideal[d] === 0).map((d) => DAYAS[d] as Daya);
  if (empty.length === 0) return undefined;
  return {
    issue: tridayaIssue('daya_unanswered', [], { dayas: empty }),
    itemIds: unanswered(values, o, p),
  };
}

/** The `missing_answer` refusal of a row with unanswered items (policy `'reject'`). */
export function missingAnswers(values: Float64Array, o: number, p: Plan): Refusal {
  const itemIds = unanswered(values, o, p);
  return { issue: tridayaIssue('missing_answer', [], { itemIds: itemIds.slice(0, 50) }), itemIds };
}

/** The ids of the items left unanswered at `values[o..o+k)`. */
export function unanswered(values: Float64Array, o: number, p: Plan): string[] {
  const missed: string[] = [];
  for (let j = 0; j < p.c.k; j++)
    if (Number.isNaN(values[o + j] as number)) missed.push(p.c.ids[j] as string);
  return missed;
}

/**
 * The mean of each item over the readable rows that answered it (NaN when none did), for the
 * `'item-mean'` policy. `reads[i]` is row i's reading, its answers at `values[i*k..)`.
 */
export function itemMeans(
  values: Float64Array,
  reads: readonly { issues: Issue[] }[],
  k: number,
): Float64Array {
  const sum = new Float64Array(k);
  const count = new Float64Array(k);
  reads.forEach((r, i) => {
    if (r.issues.length > 0) return;
    for (let j = 0; j < k; j++) {
      const v = values[i * k + j] as number;
      if (!Number.isNaN(v)) {
        sum[j] = (sum[j] as number) + v;
        count[j] = (count[j] as number) + 1;
      }
    }
  });
  return sum.map((s, j) => ((count[j] as number) > 0 ? s / (count[j] as number) : Number.NaN));
}

/**
 * The overall percentage of a tally; `full` when it is a complete row (its ideals are the plan's
 * fullIdeal), whose exact fraction reuses the precomputed cofactors and gives the same double as
 * overallPercentage.
 */
export function overallOf(p: Plan, t: Tally, full: boolean): number {
  const { used } = p.c;
  if (!full || !p.fullExact)
    return overallPercentage(used, t.actual, t.ideal, p.weights, p.integral);
  let num = 0;
  for (let u = 0; u < used.length; u++) {
    const d = used[u] as number;
    const a = t.actual[d] as number;
    if (!Number.isInteger(a)) return overallPercentage(used, t.actual, t.ideal, p.weights, false);
    num += (p.weights[d] as number) * a * (p.cofactor[d] as number);
  }
  return Number.isSafeInteger(num * 100)
    ? (num * 100) / p.fullDen
    : overallPercentage(used, t.actual, t.ideal, p.weights, false);
}
