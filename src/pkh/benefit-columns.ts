import {
  type BilingualCatalog,
  createIssue,
  type DatedTable,
  describeType,
  type Issue,
  validationError,
} from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent } from './components.js';
import { checkIndeks, type PkhIndeks, pkhIndeksAt } from './indeks.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { benefitMessages, expects, pkhKit, requireObject } from './issues.js';

const kit = pkhKit(benefitMessages);

/**
 * Families as columns: for each component, how many persons of each family have it (a missing
 * column is all zeros), and optionally which families are PKH AKSES.
 *
 * @category PKH
 */
export interface PkhBenefitColumnsInput {
  /** Persons per family for each component: arrays or typed arrays of the same length. */
  readonly counts: Readonly<Partial<Record<PkhComponent, ArrayLike<number>>>>;
  /** 1 (or `true`) for a PKH AKSES family; missing means regular. */
  readonly akses?: ArrayLike<number | boolean> | undefined;
}

/**
 * Options of {@link pkhBenefitColumns}.
 *
 * @category PKH
 */
export interface PkhBenefitColumnsOptions {
  /** The benefit year. */
  year: number;
  /** Your own indeks table (default {@link PKH_INDEKS}). */
  table?: DatedTable<PkhIndeks> | undefined;
  /** Apply the per-component limits before the cap (default `true`). */
  componentLimits?: boolean | undefined;
  /**
   * The result of an earlier call whose arrays this call may overwrite instead of allocating new
   * ones (a caseload read in chunks: `r = pkhBenefitColumns(chunk, { year, into: r })`). Its arrays
   * are reused when they hold at least this call's families and its `stageCount` is this year's;
   * otherwise new arrays are allocated. After the call the earlier result's arrays hold the new
   * figures: read what you need from it first.
   */
  into?: PkhBenefitColumns | undefined;
}

/**
 * What {@link pkhBenefitColumns} returns: one entry per family in each column, the stage amounts
 * row by row (`stages[i * stageCount + s]`). A rejected family has zeros and `ok[i] === 0`.
 *
 * @category PKH
 */
export interface PkhBenefitColumns {
  /** Number of families. */
  readonly length: number;
  /** Stages per year. */
  readonly stageCount: number;
  /** 1 when the family was computed, 0 when rejected. */
  readonly ok: Uint8Array;
  /** Yearly total per family (component total plus the fixed amount). */
  readonly totals: Float64Array;
  /** Component total per family. */
  readonly componentTotals: Float64Array;
  /** Stage amounts, `length x stageCount`, row-major; each row adds up to the family's total. */
  readonly stages: Float64Array;
  /** Persons counted per family. */
  readonly counted: Uint16Array;
  /** Persons left out (by a component limit or the cap) per family. */
  readonly excluded: Uint16Array;
  /** Families whose counts were not whole numbers 0-100, with the column and the rule. */
  readonly rejected: readonly { readonly index: number; readonly issues: readonly Issue[] }[];
  /** How many families there were, were computed, and were rejected. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
}

const PKH_BENEFIT_COLUMNS_KEYS = optionKeys<PkhBenefitColumnsOptions>()({
  year: true,
  table: true,
  componentLimits: true,
  into: true,
});

/**
 * The fast path of {@link pkhBenefit} for millions of families held as columns of counts: the same
 * rules with the default `'highest-amount-first'` cap order (the yearly and stage amounts of a family
 * do not depend on which of two equal-amount persons is left out), in plain integer arithmetic, with
 * no object per family. A property test proves it gives the same totals and stages as `pkhBenefit`.
 * The stage split is the largest-remainder split of `splitRupiah` with equal weights: every stage
 * gets the floor of total / stages, the first `total mod stages` stages one rupiah more.
 *
 * A family whose count is not a whole number 0-100 is rejected (listed with its index), never thrown.
 *
 * @category PKH
 * @throws {@link ValidationError} when `counts` is not an object of array-likes of one length, or
 * names an unknown component.
 * @throws {@link ParameterNotFoundError} for a year before 2019; {@link ConfigurationError}
 * `invalid_option` for a bad year, `componentLimits`, `into` (not a result of this function) or
 * caller table (an amount that is not a whole number of rupiah up to Rp 1 trillion, bad stages).
 * @example
 * const r = pkhBenefitColumns({ counts: { sd: [1, 0], lansia: [0, 2] } }, { year: 2022 });
 * Array.from(r.totals)     //=> [900_000, 2_400_000] (the second lansia is over the limit of 1)
 * Array.from(r.stages.subarray(0, 4)) //=> [225_000, 225_000, 225_000, 225_000]
 * // A caseload in chunks: each call overwrites the arrays of the one before.
 * let out: PkhBenefitColumns | undefined;
 * for (const chunk of chunks) out = pkhBenefitColumns(chunk, { year: 2025, into: out });
 */
export function pkhBenefitColumns(
  input: PkhBenefitColumnsInput,
  options: PkhBenefitColumnsOptions,
): PkhBenefitColumns {
  checkOptionKeys(options, PKH_BENEFIT_COLUMNS_KEYS, 'pkhBenefitColumns');
  try {
    requireObject(options, 'options', 'an object with year', 'objek berisi year');
    const limitsOn = options.componentLimits ?? true;
    if (typeof limitsOn !== 'boolean') {
      throw kit.configurationError('invalid_option', {
        option: 'componentLimits',
        ...expects('a boolean', 'boolean (true/false)'),
      });
    }
    const ix = pkhIndeksAt(options.year, options.table).value;
    checkIndeks(ix);
    const into = readInto(options.into);
    const { columns, length, akses } = readColumns(input);
    return compute(ix, columns, length, akses, limitsOn, into);
  } catch (error) {
    throw unreadableInput(error, 'PKH benefit columns');
  }
}

/** The arrays of an `into` result, checked for their types (their lengths are checked per call). */
type Buffers = Pick<
  PkhBenefitColumns,
  'ok' | 'totals' | 'componentTotals' | 'stages' | 'counted' | 'excluded' | 'stageCount'
>;

function readInto(into: unknown): Buffers | undefined {
  if (into === undefined) return undefined;
  const r = into as Partial<Buffers> | null;
  if (
    r === null ||
    typeof r !== 'object' ||
    !(r.ok instanceof Uint8Array) ||
    !(r.totals instanceof Float64Array) ||
    !(r.componentTotals instanceof Float64Array) ||
    !(r.stages instanceof Float64Array) ||
    !(r.counted instanceof Uint16Array) ||
    !(r.excluded instanceof Uint16Array) ||
    typeof r.stageCount !== 'number'
  ) {
    throw kit.configurationError('invalid_option', {
      option: 'into',
      ...expects('a result of pkhBenefitColumns', 'hasil pkhBenefitColumns'),
    });
  }
  return r as Buffers;
}

/** The arrays of `into` cut to `n` families when they are big enough, otherwise new ones. */
function buffers(into: Buffers | undefined, n: number, k: number): Omit<Buffers, 'stageCount'> {
  const fits =
    into !== undefined &&
    into.stageCount === k &&
    into.ok.length >= n &&
    into.totals.length >= n &&
    into.componentTotals.length >= n &&
    into.stages.length >= n * k &&
    into.counted.length >= n &&
    into.excluded.length >= n;
  if (fits) {
    return {
      ok: into.ok.subarray(0, n),
      totals: into.totals.subarray(0, n),
      componentTotals: into.componentTotals.subarray(0, n),
      stages: into.stages.subarray(0, n * k),
      counted: into.counted.subarray(0, n),
      excluded: into.excluded.subarray(0, n),
    };
  }
  return {
    ok: new Uint8Array(n),
    totals: new Float64Array(n),
    componentTotals: new Float64Array(n),
    stages: new Float64Array(n * k),
    counted: new Uint16Array(n),
    excluded: new Uint16Array(n),
  };
}

const pkhCatalog = kit.catalog as BilingualCatalog;

type Column = { component: PkhComponent; data: ArrayLike<number>; amount: number; limit: number };

function bad(path: (string | number)[], expected: string, received: unknown): never {
  throw validationError(
    [createIssue('invalid_type', path, { expected, received: describeType(received) })],
    'PKH benefit columns',
  );
}

/** A column that is not an array, or not as long as the columns before it (both languages). */
function badColumn(path: (string | number)[], params: Record<string, unknown> = {}): never {
  const code = params.expected === undefined ? 'column_not_array' : 'column_length_mismatch';
  throw validationError([createIssue(code, path, params, {}, pkhCatalog)], 'PKH benefit columns', {
    catalog: pkhCatalog,
  });
}

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return (
    (Array.isArray(v) || ArrayBuffer.isView(v)) &&
    typeof (v as ArrayLike<unknown>).length === 'number'
  );
}

function readColumns(input: unknown): {
  columns: { component: PkhComponent; data: ArrayLike<number> }[];
  length: number;
  akses: ArrayLike<number | boolean> | undefined;
} {
  if (input === null || typeof input !== 'object') bad(['input'], 'object', input);
  const { counts, akses } = input as PkhBenefitColumnsInput;
  if (counts === null || typeof counts !== 'object') bad(['counts'], 'object', counts);
  const columns: { component: PkhComponent; data: ArrayLike<number> }[] = [];
  let length = -1;
  for (const key of Object.keys(counts)) {
    if (!(PKH_COMPONENTS as readonly string[]).includes(key)) {
      throw validationError(
        [createIssue('invalid_key', ['counts', key.slice(0, 40)], {})],
        'PKH benefit columns',
      );
    }
    const data = (counts as Record<string, unknown>)[key];
    if (data === undefined) continue;
    if (!isArrayLike(data)) badColumn(['counts', key]);
    if (length >= 0 && data.length !== length)
      badColumn(['counts', key], { expected: length, received: data.length });
    length = data.length;
    columns.push({ component: key as PkhComponent, data: data as ArrayLike<number> });
  }
  if (akses !== undefined) {
    if (!isArrayLike(akses)) badColumn(['akses']);
    if (length >= 0 && akses.length !== length)
      badColumn(['akses'], { expected: length, received: akses.length });
    if (length < 0) length = akses.length;
  }
  return { columns, length: Math.max(length, 0), akses };
}

function compute(
  ix: PkhIndeks,
  raw: { component: PkhComponent; data: ArrayLike<number> }[],
  n: number,
  akses: ArrayLike<number | boolean> | undefined,
  limitsOn: boolean,
  into: Buffers | undefined,
): PkhBenefitColumns {
  // checkIndeks has made sure these are whole numbers in range.
  const k = ix.stages.value;
  const out = buffers(into, n, k);
  const rejected = fillRows(planOf(ix, raw, akses, limitsOn), n, out);
  return {
    length: n,
    stageCount: k,
    ...out,
    rejected,
    counts: { total: n, valid: n - rejected.length, rejected: rejected.length },
  };
}

/** What the family loop reads, prepared once per call. */
interface Plan {
  readonly k: number;
  readonly maxPersons: number;
  readonly columns: readonly Column[];
  /** Each column's counts, and typed copies of its amount and limit (plain numbers in the loop). */
  readonly data: readonly ArrayLike<number>[];
  readonly amount: Float64Array;
  readonly limit: Int32Array;
  /** The fixed amounts (0 in a year without them) and the 0-based stage they are paid in. */
  readonly hasFixed: boolean;
  readonly fixedReguler: number;
  readonly fixedAkses: number;
  readonly fixedStage: number;
  /** Only a year with a fixed amount reads the AKSES column. */
  readonly akses: ArrayLike<number | boolean> | undefined;
}

function planOf(
  ix: PkhIndeks,
  raw: { component: PkhComponent; data: ArrayLike<number> }[],
  akses: ArrayLike<number | boolean> | undefined,
  limitsOn: boolean,
): Plan {
  const columns = orderColumns(ix, raw, limitsOn);
  const fixed = ix.fixed;
  return {
    k: ix.stages.value,
    maxPersons: ix.maxPersons.value,
    columns,
    data: columns.map((c) => c.data),
    amount: Float64Array.from(columns, (c) => c.amount),
    // A limit above 100 (or none) never binds, since a count is at most 100.
    limit: Int32Array.from(columns, (c) => (c.limit > 100 ? 101 : c.limit)),
    hasFixed: fixed !== null,
    fixedReguler: fixed === null ? 0 : fixed.reguler.value,
    fixedAkses: fixed === null ? 0 : fixed.akses.value,
    fixedStage: fixed === null ? 0 : fixed.stage.value - 1,
    akses: fixed === null ? undefined : akses,
  };
}

/** Computes every family's row into `out`; returns the rejected families. */
function fillRows(
  p: Plan,
  n: number,
  out: Omit<Buffers, 'stageCount'>,
): { index: number; issues: Issue[] }[] {
  const { k, maxPersons, data, amount, limit, hasFixed, fixedStage, akses } = p;
  const { ok, totals, componentTotals, stages, counted, excluded } = out;
  const rejected: { index: number; issues: Issue[] }[] = [];
  const m = data.length;
  for (let i = 0; i < n; i++) {
    let remaining = maxPersons;
    let total = 0;
    let inCount = 0;
    let persons = 0;
    let bad = -1;
    for (let j = 0; j < m; j++) {
      const c = (data[j] as ArrayLike<number>)[i] as number;
      // A whole number 0-100 (NaN, fractions, bigints and other types fail).
      if (!(c >= 0 && c <= 100 && (c | 0) === c)) {
        bad = j;
        break;
      }
      const lim = limit[j] as number;
      const allowed = c < lim ? c : lim;
      const take = allowed < remaining ? allowed : remaining;
      remaining -= take;
      inCount += take;
      persons += c;
      total += take * (amount[j] as number);
    }
    if (bad >= 0) {
      const column = p.columns[bad] as Column;
      rejected.push({ index: i, issues: [rowIssue(column.component, i, column.data[i])] });
      clearRow(out, i, k);
      continue;
    }
    // Largest remainder with equal weights: every stage the floor, the first `extra` one more
    // (written inline: as a function call it cost 45% on pkh.bench's 1M-family columns, measured).
    const extra = total % k;
    const base = (total - extra) / k;
    for (let s = 0; s < k; s++) stages[i * k + s] = s < extra ? base + 1 : base;
    let paid = total;
    if (hasFixed) {
      const a = akses === undefined ? 0 : akses[i];
      const f = a === 1 || a === true ? p.fixedAkses : p.fixedReguler;
      stages[i * k + fixedStage] = (stages[i * k + fixedStage] as number) + f;
      paid += f;
    }
    ok[i] = 1;
    componentTotals[i] = total;
    totals[i] = paid;
    counted[i] = inCount;
    excluded[i] = persons - inCount;
  }
  return rejected;
}

/**
 * The columns with their amount and limit, highest amount first; equal amounts in the table's
 * component order (totals do not depend on it).
 */
function orderColumns(
  ix: PkhIndeks,
  raw: { component: PkhComponent; data: ArrayLike<number> }[],
  limitsOn: boolean,
): Column[] {
  return raw
    .map((c) => ({
      ...c,
      amount: ix.components[c.component].value,
      limit: limitsOn
        ? (ix.componentLimits[c.component]?.value ?? Number.MAX_SAFE_INTEGER)
        : Number.MAX_SAFE_INTEGER,
    }))
    .sort(
      (a, b) =>
        b.amount - a.amount ||
        PKH_COMPONENTS.indexOf(a.component) - PKH_COMPONENTS.indexOf(b.component),
    );
}

/** A rejected family's row is zero (reused arrays hold an earlier call's figures). */
function clearRow(out: Omit<Buffers, 'stageCount'>, i: number, k: number): void {
  out.ok[i] = 0;
  out.totals[i] = 0;
  out.componentTotals[i] = 0;
  out.stages.fill(0, i * k, i * k + k);
  out.counted[i] = 0;
  out.excluded[i] = 0;
}

function rowIssue(component: PkhComponent, index: number, value: unknown): Issue {
  const path = ['counts', component, index];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return createIssue('invalid_type', path, {
      expected: 'number',
      received: describeType(value),
    });
  }
  if (!Number.isInteger(value)) return createIssue('not_integer', path, { received: 'number' });
  return value < 0
    ? createIssue('too_small', path, { minimum: 0, inclusive: true, origin: 'number' })
    : createIssue('too_big', path, { maximum: 100, inclusive: true, origin: 'number' });
}
