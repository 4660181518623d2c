import { memoizeFrozen } from '../../_internal/memo.js';
import {
  type DecimalFraction,
  decimalFraction,
  decimalText,
  lowestDecimalTerms,
} from '../../_internal/decimal-fraction.js';
import {
  ConfigurationError,
  createIssue,
  describeType,
  type Label,
  renderBoth,
} from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { makeRatio } from '../../_internal/ratio.js';
import type { PortfolioRatio } from '../portfolio/index.js';
import { tightens } from '../portfolio/bands.js';
import { upkBooksMessages } from './messages.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * The six ratios of the microfinance-institution health worksheet.
 *
 * @category UPK books
 */
export type LkmHealthRatioKey =
  | 'arrears'
  | 'reserve'
  | 'profitability'
  | 'expense'
  | 'loanBook'
  | 'netWorth';

/**
 * The weight (maximum points) of each ratio, as the UPK field software's worksheet has them (and as
 * it is reported for UPK field software, source *unconfirmed*): principal in arrears / outstanding principal 40, loan-loss reserve /
 * required reserve 20, net profit / productive assets 10, operating expense / income 10, loan book /
 * economic assets 10, net worth / initial capital 10 (total 100).
 *
 * @category UPK books
 * @example
 * Object.values(LKM_HEALTH_WEIGHTS).reduce((a, b) => a + b)
 * //=> 100
 */
export const LKM_HEALTH_WEIGHTS: Readonly<Record<LkmHealthRatioKey, number>> = Object.freeze({
  arrears: 40,
  reserve: 20,
  profitability: 10,
  expense: 10,
  loanBook: 10,
  netWorth: 10,
});

const RATIO_LABELS: Record<LkmHealthRatioKey, Label> = {
  arrears: {
    id: 'Tunggakan pokok / sisa pokok pinjaman',
    en: 'Principal in arrears / outstanding principal',
  },
  reserve: {
    id: 'Cadangan penghapusan / cadangan wajib dibentuk',
    en: 'Loan-loss reserve / required reserve',
  },
  profitability: { id: 'Laba bersih / aset produktif', en: 'Net profit / productive assets' },
  expense: { id: 'Beban operasional / pendapatan', en: 'Operating expense / income' },
  loanBook: { id: 'Pinjaman diberikan / aset ekonomis', en: 'Loan book / economic assets' },
  netWorth: { id: 'Kekayaan bersih / modal awal', en: 'Net worth / initial capital' },
};

/**
 * The statuses of the health worksheet, by total points (strictly above each threshold): Sehat
 * above 87.5, Cukup Sehat above 62.5, Kurang Sehat above 37.5, else Tidak Sehat.
 *
 * @category UPK books
 * @example
 * LKM_HEALTH_STATUSES.map((s) => s.above)
 * //=> ['87.5', '62.5', '37.5', null]
 */
export const LKM_HEALTH_STATUSES: readonly {
  readonly code: 'sehat' | 'cukup_sehat' | 'kurang_sehat' | 'tidak_sehat';
  readonly label: Label;
  readonly above: string | null;
}[] = Object.freeze([
  Object.freeze({
    code: 'sehat',
    label: Object.freeze({ id: 'Sehat', en: 'Sound' }),
    above: '87.5',
  }),
  Object.freeze({
    code: 'cukup_sehat',
    label: Object.freeze({ id: 'Cukup Sehat', en: 'Fairly sound' }),
    above: '62.5',
  }),
  Object.freeze({
    code: 'kurang_sehat',
    label: Object.freeze({ id: 'Kurang Sehat', en: 'Less than sound' }),
    above: '37.5',
  }),
  Object.freeze({
    code: 'tidak_sehat',
    label: Object.freeze({ id: 'Tidak Sehat', en: 'Unsound' }),
    above: null,
  }),
] as const);

/**
 * How one ratio turns into points: steps from best to worst. A step applies when the ratio is
 * strictly below its `bound` (`'lower-is-better'`) or strictly above it (`'higher-is-better'`); the
 * last step has no bound and takes the rest. Points are decimals from 0 to the ratio's weight and
 * never rise as the ratio gets worse; bounds move strictly in one direction.
 *
 * @category UPK books
 */
export interface LkmHealthRatioBands {
  /** Which way is better. */
  readonly direction: 'lower-is-better' | 'higher-is-better';
  /** Steps from best to worst. */
  readonly steps: readonly {
    /** The edge, a decimal fraction (`'0.7'` = 70%); absent on the last step. */
    readonly bound?: string | undefined;
    /** Points of the step, a decimal (`'5.75'`). */
    readonly points: string | number;
  }[];
}

/**
 * The band tables of the six ratios, with their source. No table is shipped: the regulation the
 * field software follows could not be found and confirmed, and the field software's own tables have
 * slips (see docs/revolving-fund.md), so you pass the tables your supervisor uses.
 *
 * @category UPK books
 */
export interface LkmHealthBands extends Readonly<Record<LkmHealthRatioKey, LkmHealthRatioBands>> {
  /** Where the tables come from. */
  readonly source: string;
}

/**
 * The figures of the health worksheet, whole rupiah (net profit may be negative).
 *
 * @category UPK books
 */
export interface LkmHealthInput {
  /** Principal in arrears (tunggakan pokok). */
  readonly principalInArrears: number;
  /** Outstanding principal. */
  readonly outstandingPrincipal: number;
  /** Loan-loss reserve formed. */
  readonly loanLossReserve: number;
  /** Reserve required (the sum of provisions of the kolektibilitas table). */
  readonly requiredReserve: number;
  /** Net profit (income - expenses), may be negative. */
  readonly netProfit: number;
  /** Productive assets. */
  readonly productiveAssets: number;
  /** Operating expense. */
  readonly operatingExpense: number;
  /** Income. */
  readonly income: number;
  /** Loan book (outstanding loans). */
  readonly loanBook: number;
  /** Economic assets. */
  readonly economicAssets: number;
  /** Net worth. */
  readonly netWorth: number;
  /** Initial capital. */
  readonly initialCapital: number;
}

/**
 * The result of {@link scoreLkmHealth}.
 *
 * @category UPK books
 */
export interface LkmHealthScore {
  /** Each ratio: its exact value, its points (a decimal string) and weight. */
  readonly ratios: readonly {
    readonly key: LkmHealthRatioKey;
    readonly label: Label;
    readonly weight: number;
    readonly ratio: PortfolioRatio | null;
    readonly points: string | null;
  }[];
  /** Sum of the points (decimal string), or `null` when a ratio is undefined (zero denominator). */
  readonly total: string | null;
  /** The status by total, or `null`. */
  readonly status: { readonly code: string; readonly label: Label } | null;
  /** Ratios whose denominator is 0. */
  readonly undefinedRatios: readonly LkmHealthRatioKey[];
  /** The source of the band tables. */
  readonly source: string;
}

const KEYS: readonly LkmHealthRatioKey[] = [
  'arrears',
  'reserve',
  'profitability',
  'expense',
  'loanBook',
  'netWorth',
];

interface CompiledRatioBands {
  direction: 'lower-is-better' | 'higher-is-better';
  bounds: { num: bigint; den: bigint }[];
  points: DecimalFraction[];
}

function bandsError(detail: string, detailId: string): ConfigurationError {
  const params = { detail, detailId };
  return new ConfigurationError(
    'invalid_health_bands',
    renderBoth({ code: 'invalid_health_bands', path: ['bands'], params }, upkBooksMessages),
    params,
  );
}

function compileRatio(key: LkmHealthRatioKey, raw: unknown): CompiledRatioBands {
  const weight = decimalFraction(LKM_HEALTH_WEIGHTS[key]) as DecimalFraction;
  const { direction, steps } = readRatioTable(key, raw);
  const bounds: { num: bigint; den: bigint }[] = [];
  const points: DecimalFraction[] = [];
  for (let i = 0; i < steps.length; i++) {
    let bound: unknown;
    let pts: unknown;
    try {
      bound = (steps[i] as Record<string, unknown>).bound;
      pts = (steps[i] as Record<string, unknown>).points;
    } catch {
      throw bandsError(
        `${key}.steps[${i}] cannot be read`,
        `\`${key}.steps[${i}]\` tidak dapat dibaca`,
      );
    }
    points.push(readPoints(key, i, pts, weight, points[points.length - 1]));
    if (i === steps.length - 1) {
      if (bound !== undefined) {
        throw bandsError(
          `${key}: the last step takes the rest (no bound)`,
          `\`${key}\`: langkah terakhir mencakup sisa nilai (tanpa \`bound\`)`,
        );
      }
      continue;
    }
    bounds.push(readRatioBound(key, i, bound, direction, bounds[bounds.length - 1]));
  }
  return { direction, bounds, points };
}

/** A ratio's band table: its direction and 1 to 100 steps. */
function readRatioTable(
  key: LkmHealthRatioKey,
  raw: unknown,
): { direction: 'lower-is-better' | 'higher-is-better'; steps: unknown[] } {
  let direction: unknown;
  let steps: unknown;
  try {
    direction = (raw as Record<string, unknown>).direction;
    steps = (raw as Record<string, unknown>).steps;
  } catch {
    throw bandsError(`${key}: cannot be read`, `\`${key}\` tidak dapat dibaca`);
  }
  if (direction !== 'lower-is-better' && direction !== 'higher-is-better') {
    throw bandsError(
      `${key}.direction must be 'lower-is-better' or 'higher-is-better'`,
      `\`${key}.direction\` harus \`lower-is-better\` atau \`higher-is-better\``,
    );
  }
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 100) {
    throw bandsError(
      `${key}.steps must be an array of 1 to 100 steps`,
      `\`${key}.steps\` harus berupa daftar berisi 1 sampai 100 langkah`,
    );
  }
  return { direction, steps };
}

/** Step `i`'s points: a decimal from 0 to the ratio's weight, never rising as the ratio worsens. */
function readPoints(
  key: LkmHealthRatioKey,
  i: number,
  pts: unknown,
  weight: DecimalFraction,
  before: DecimalFraction | undefined,
): DecimalFraction {
  const p = decimalFraction(pts);
  if (p === undefined || p.negative || above(p, weight)) {
    throw bandsError(
      `${key}.steps[${i}].points must be a decimal from 0 to ${decimalText(weight)}`,
      `\`${key}.steps[${i}].points\` harus desimal dari 0 sampai ${decimalText(weight)}`,
    );
  }
  if (before !== undefined && above(p, before)) {
    throw bandsError(
      `${key}.steps[${i}]: points must not rise as the ratio gets worse (${decimalText(p)} after ${decimalText(before)})`,
      `\`${key}.steps[${i}]\`: poin tidak boleh naik saat rasio memburuk (${decimalText(p)} sesudah ${decimalText(before)})`,
    );
  }
  return { numerator: p.numerator, denominator: p.denominator };
}

/** Step `i`'s bound as an exact fraction, strictly tightening in the table's direction. */
function readRatioBound(
  key: LkmHealthRatioKey,
  i: number,
  bound: unknown,
  direction: 'lower-is-better' | 'higher-is-better',
  prev: { num: bigint; den: bigint } | undefined,
): { num: bigint; den: bigint } {
  const b = typeof bound === 'string' ? decimalFraction(bound) : undefined;
  if (b === undefined) {
    throw bandsError(
      `${key}.steps[${i}].bound must be a decimal string`,
      `\`${key}.steps[${i}].bound\` harus berupa teks desimal`,
    );
  }
  const next = { num: b.numerator, den: b.denominator };
  if (prev !== undefined && !tightens(direction, prev, next)) {
    throw bandsError(
      `${key}.steps[${i}].bound repeats or goes back past the previous bound (${decimalText(b)})`,
      `\`${key}.steps[${i}].bound\` mengulang atau melewati mundur batas sebelumnya (${decimalText(b)})`,
    );
  }
  return next;
}

/**
 * Checks a set of band tables (the rules of {@link LkmHealthRatioBands}).
 *
 * @internal
 * @throws {@link ConfigurationError} (`invalid_health_bands`) naming the ratio and the step.
 */
export function compileLkmHealthBands(
  bands: unknown,
): Record<LkmHealthRatioKey, CompiledRatioBands> {
  if (bands === null || typeof bands !== 'object') {
    throw bandsError(
      'bands must be an object with the six ratios',
      '`bands` harus berupa objek berisi keenam rasio',
    );
  }
  return compiledBands(bands);
}

/** The six ratios' bands compiled; a frozen `bands` object is compiled once (_internal/memo.ts). */
const compiledBands = memoizeFrozen(
  (bands: object): Record<LkmHealthRatioKey, CompiledRatioBands> => {
    const out = {} as Record<LkmHealthRatioKey, CompiledRatioBands>;
    for (const key of KEYS) {
      let raw: unknown;
      try {
        raw = (bands as Record<string, unknown>)[key];
      } catch {
        throw bandsError(`${key}: cannot be read`, `\`${key}\` tidak dapat dibaca`);
      }
      if (raw === null || typeof raw !== 'object')
        throw bandsError(`${key}: missing`, `\`${key}\` tidak ada`);
      out[key] = compileRatio(key, raw);
    }
    return out;
  },
);

/** a > b, for decimals over powers of ten (exact, cross-multiplied). */
const above = (a: DecimalFraction, b: DecimalFraction): boolean =>
  a.numerator * b.denominator > b.numerator * a.denominator;

/** a + b exactly, in lowest decimal terms. */
function plus(a: DecimalFraction, b: DecimalFraction): DecimalFraction {
  const denominator = a.denominator > b.denominator ? a.denominator : b.denominator;
  const numerator =
    a.numerator * (denominator / a.denominator) + b.numerator * (denominator / b.denominator);
  return lowestDecimalTerms(numerator, denominator);
}

function pointsOf(c: CompiledRatioBands, n: number, d: number): DecimalFraction {
  const N = BigInt(n);
  const D = BigInt(d);
  for (let i = 0; i < c.bounds.length; i++) {
    const b = c.bounds[i] as { num: bigint; den: bigint };
    const cmp = N * b.den - b.num * D; // sign of n/d - bound (d > 0)
    if (c.direction === 'lower-is-better' ? cmp < 0n : cmp > 0n)
      return c.points[i] as DecimalFraction;
  }
  return c.points[c.points.length - 1] as DecimalFraction;
}

const INPUT_FIELDS = [
  'principalInArrears',
  'outstandingPrincipal',
  'loanLossReserve',
  'requiredReserve',
  'netProfit',
  'productiveAssets',
  'operatingExpense',
  'income',
  'loanBook',
  'economicAssets',
  'netWorth',
  'initialCapital',
] as const;

function readInput(input: unknown): LkmHealthInput {
  if (input === null || typeof input !== 'object') {
    throw invalid(
      [createIssue('invalid_type', [], { expected: 'object', received: describeType(input) })],
      'health input',
    );
  }
  const out: Record<string, number> = {};
  const issues = [];
  for (const f of INPUT_FIELDS) {
    let v: unknown;
    try {
      v = (input as Record<string, unknown>)[f];
    } catch {
      throw invalid([createIssue('unreadable_input', [f])], 'health input');
    }
    const signed = f === 'netProfit' || f === 'netWorth';
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || (!signed && v < 0)) {
      issues.push(
        v === undefined
          ? createIssue('required', [f])
          : createIssue('invalid_type', [f], {
              expected: signed ? 'whole rupiah' : 'whole rupiah >= 0',
              received: describeType(v),
            }),
      );
    } else out[f] = v;
  }
  if (issues.length > 0) throw invalid(issues, 'health input');
  return out as unknown as LkmHealthInput;
}

const LKM_HEALTH_KEYS = optionKeys<{ readonly bands: LkmHealthBands }>()({ bands: true });

/** The band tables' `source` (empty when it is not a string or cannot be read). */
function sourceOf(rawBands: unknown): string {
  try {
    const s = (rawBands as { source?: unknown }).source;
    return typeof s === 'string' ? s : '';
  } catch {
    return '';
  }
}

/**
 * Scores the microfinance-institution health worksheet that the UPK field software computes: six
 * ratios, each turned into points by its band table (your `bands`; see {@link LkmHealthBands}) and
 * capped by its weight ({@link LKM_HEALTH_WEIGHTS}: 40 / 20 / 10 / 10 / 10 / 10), added up and rated
 * by {@link LKM_HEALTH_STATUSES} (Sehat above 87.5, Cukup Sehat above 62.5, Kurang Sehat above 37.5,
 * else Tidak Sehat). Ratios are compared exactly with the band edges; points are summed as exact
 * decimals. A ratio with a zero denominator makes the total and status `null`.
 *
 * Band tables are checked: points must not rise as a ratio gets worse and edges must not repeat, so
 * the field software's slips (expense points 5.75 below 70% then 6.25 below 75%; a repeated "> 65"
 * loan-book edge) are refused (`invalid_health_bands`) rather than reproduced.
 *
 * @category UPK books
 * @throws {@link ValidationError} when a figure is not a whole rupiah (>= 0 except net profit and
 * net worth).
 * @throws {@link ConfigurationError} (`invalid_health_bands`) when a band table breaks a rule.
 * @example
 * // the figures and example bands of docs/revolving-fund.md (0 + 20 + 10 + 7.5 + 10 + 10 points)
 * const s = scoreLkmHealth(figures, { bands: exampleBands });
 * [s.total, s.status?.code]
 * //=> ['57.5', 'kurang_sehat']
 */
export function scoreLkmHealth(
  input: LkmHealthInput,
  options: { readonly bands: LkmHealthBands },
): LkmHealthScore {
  checkOptionKeys(options, LKM_HEALTH_KEYS, 'scoreLkmHealth');
  let rawBands: unknown;
  try {
    rawBands = options.bands;
  } catch {
    rawBands = undefined;
  }
  const bands = compileLkmHealthBands(rawBands);
  const source = sourceOf(rawBands);
  const f = readInput(input);
  const pairs: Record<LkmHealthRatioKey, [number, number]> = {
    arrears: [f.principalInArrears, f.outstandingPrincipal],
    reserve: [f.loanLossReserve, f.requiredReserve],
    profitability: [f.netProfit, f.productiveAssets],
    expense: [f.operatingExpense, f.income],
    loanBook: [f.loanBook, f.economicAssets],
    netWorth: [f.netWorth, f.initialCapital],
  };
  let total: DecimalFraction = { numerator: 0n, denominator: 1n };
  const undefinedRatios: LkmHealthRatioKey[] = [];
  const ratios = KEYS.map((key) => {
    const [n, d] = pairs[key];
    const base = { key, label: RATIO_LABELS[key], weight: LKM_HEALTH_WEIGHTS[key] };
    if (d === 0) {
      undefinedRatios.push(key);
      return { ...base, ratio: null, points: null };
    }
    const p = pointsOf(bands[key], n, d);
    total = plus(total, p);
    return { ...base, ratio: makeRatio(n, d, 10), points: decimalText(p) };
  });
  const complete = undefinedRatios.length === 0;
  const status = complete
    ? (LKM_HEALTH_STATUSES.find(
        (s) => s.above === null || above(total, decimalFraction(s.above) as DecimalFraction),
      ) ?? null)
    : null;
  return {
    ratios,
    total: complete ? decimalText(total) : null,
    status: status === null ? null : { code: status.code, label: status.label },
    undefinedRatios,
    source,
  };
}
