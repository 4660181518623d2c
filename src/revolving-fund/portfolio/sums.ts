import { type BatchRejected, createIssue, type Label } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import type { UpkArrearsThreshold } from './definitions.js';
import { portfolioMessages } from './messages.js';
import type { ResolvedOptions } from './options.js';
import type { AssessmentRow } from './read-assessment.js';

/*
 * The pure sums of the portfolio indicators: every indicator is built from these integers (and the
 * min/max of asOf, the LAR keys), so adding rows in any partition and merging gives one pass.
 */

/** One level of the distribution by kolektibilitas, summed. */
export interface DistAcc {
  tableId: string;
  level: number;
  code: string;
  label: Label;
  provisionRate: string | null;
  count: number;
  outstanding: number;
  provision: number;
}

/** A fresh copy of a distribution row (its own label object), as reports and snapshots give it. */
export function distRow(d: DistAcc): DistAcc {
  return {
    tableId: d.tableId,
    level: d.level,
    code: d.code,
    label: { id: d.label.id, en: d.label.en },
    provisionRate: d.provisionRate,
    count: d.count,
    outstanding: d.outstanding,
    provision: d.provision,
  };
}

/** The integer sums behind every indicator of a portfolio (or group). */
export interface Sums {
  loans: number;
  withBalance: number;
  gross: number;
  par30Out: number;
  par30Loans: number;
  par90Out: number;
  par90Loans: number;
  arrears3Out: number;
  arrears3Loans: number;
  /** Sum of overduePrincipal of the loans at the threshold (the POB RR subtracts it). */
  arrears3Overdue: number;
  /** Loans at the threshold without an overduePrincipal field. */
  arrears3NoOverdue: number;
  due: number;
  paidOnTime: number;
  provisions: number;
  minAsOf: string | undefined;
  maxAsOf: string | undefined;
  dist: Map<string, DistAcc>;
  /** Outstanding and count of loans with daysPastDue > parDays[i]. */
  parOut: number[];
  parLoans: number[];
  /** With larGroupKey: per key, [has a balance, at risk]. */
  lar: Map<string, [boolean, boolean]> | undefined;
  /** Outstanding and count of loans with a balance flagged restructured. */
  restructuredOut: number;
  restructuredLoans: number;
}

export const newSums = (parCount: number, lar: boolean): Sums => ({
  loans: 0,
  withBalance: 0,
  gross: 0,
  par30Out: 0,
  par30Loans: 0,
  par90Out: 0,
  par90Loans: 0,
  arrears3Out: 0,
  arrears3Loans: 0,
  arrears3Overdue: 0,
  arrears3NoOverdue: 0,
  due: 0,
  paidOnTime: 0,
  provisions: 0,
  minAsOf: undefined,
  maxAsOf: undefined,
  dist: new Map(),
  parOut: new Array<number>(parCount).fill(0),
  parLoans: new Array<number>(parCount).fill(0),
  lar: lar ? new Map() : undefined,
  restructuredOut: 0,
  restructuredLoans: 0,
});

/** The plain integer sums, in the order of a snapshot. */
export const SUM_FIELDS = [
  'loans',
  'withBalance',
  'gross',
  'par30Out',
  'par30Loans',
  'par90Out',
  'par90Loans',
  'arrears3Out',
  'arrears3Loans',
  'arrears3Overdue',
  'arrears3NoOverdue',
  'due',
  'paidOnTime',
  'provisions',
  'restructuredOut',
  'restructuredLoans',
] as const;
/** Snapshots made before the restructured sums existed have this many sums (they read as 0). */
export const SUM_FIELDS_V1_0 = SUM_FIELDS.length - 2;

export function mergeSums(into: Sums, from: Sums): void {
  for (const f of SUM_FIELDS) into[f] += from[f];
  if (from.minAsOf !== undefined && (into.minAsOf === undefined || from.minAsOf < into.minAsOf)) {
    into.minAsOf = from.minAsOf;
  }
  if (from.maxAsOf !== undefined && (into.maxAsOf === undefined || from.maxAsOf > into.maxAsOf)) {
    into.maxAsOf = from.maxAsOf;
  }
  for (const [key, d] of from.dist) {
    const mine = into.dist.get(key);
    if (mine === undefined) into.dist.set(key, { ...d });
    else {
      mine.count += d.count;
      mine.outstanding += d.outstanding;
      mine.provision += d.provision;
    }
  }
  for (let i = 0; i < into.parOut.length; i++) {
    into.parOut[i] = (into.parOut[i] as number) + (from.parOut[i] as number);
    into.parLoans[i] = (into.parLoans[i] as number) + (from.parLoans[i] as number);
  }
  if (into.lar !== undefined && from.lar !== undefined) {
    for (const [k, [b, r]] of from.lar) {
      const mine = into.lar.get(k);
      if (mine === undefined) into.lar.set(k, [b, r]);
      else {
        mine[0] = mine[0] || b;
        mine[1] = mine[1] || r;
      }
    }
  }
}

/** Refuses sums past the largest safe integer (`total_too_large`), which would lose a rupiah. */
export function checkSafe(s: Sums): void {
  for (const f of SUM_FIELDS) {
    if (s[f] > Number.MAX_SAFE_INTEGER || s.parOut.some((v) => v > Number.MAX_SAFE_INTEGER)) {
      throw invalid(
        [createIssue('total_too_large', [f], { field: f }, {}, portfolioMessages)],
        'portfolio',
        { catalog: portfolioMessages },
      );
    }
  }
  for (const d of s.dist.values()) {
    if (d.outstanding > Number.MAX_SAFE_INTEGER || d.provision > Number.MAX_SAFE_INTEGER) {
      throw invalid(
        [
          createIssue(
            'total_too_large',
            ['kolektibilitas'],
            { field: 'kolektibilitas' },
            {},
            portfolioMessages,
          ),
        ],
        'portfolio',
        { catalog: portfolioMessages },
      );
    }
  }
}

/** Whether a row reaches the UPK arrears threshold. */
function atRisk(row: AssessmentRow, t: UpkArrearsThreshold): boolean {
  return (t.unit === 'instalments' ? row.missed : row.months) >= t.value;
}

/** SEEP PAR counts a restructured loan at risk whatever its days past due (IRIS FP2635). */
function addPar(s: Sums, row: AssessmentRow, days: readonly number[]): void {
  const out = row.outstanding;
  const restructured = row.restructured;
  if (restructured) {
    s.restructuredOut += out;
    s.restructuredLoans++;
  }
  const dpd = row.daysPastDue;
  for (let i = 0; i < days.length; i++) {
    if (restructured || dpd > (days[i] as number)) {
      s.parOut[i] = (s.parOut[i] as number) + out;
      s.parLoans[i] = (s.parLoans[i] as number) + 1;
    }
  }
  if (restructured || dpd > 30) {
    s.par30Out += out;
    s.par30Loans++;
    if (restructured || dpd > 90) {
      s.par90Out += out;
      s.par90Loans++;
    }
  }
}

/** Adds a row with a balance at the UPK threshold; returns whether it is at risk. */
function addUpkRisk(s: Sums, row: AssessmentRow, threshold: UpkArrearsThreshold): boolean {
  if (!atRisk(row, threshold)) return false;
  s.arrears3Out += row.outstanding;
  s.arrears3Loans++;
  if (row.overdue === undefined) s.arrears3NoOverdue++;
  else s.arrears3Overdue += row.overdue;
  return true;
}

/** A LAR key (KSM) has a balance when any of its rows has one, and is at risk when any is. */
function addLar(
  lar: Map<string, [boolean, boolean]>,
  key: string,
  balance: boolean,
  risky: boolean,
) {
  const mine = lar.get(key);
  if (mine === undefined) lar.set(key, [balance, risky]);
  else {
    mine[0] = mine[0] || balance;
    mine[1] = mine[1] || risky;
  }
}

function addDist(s: Sums, row: AssessmentRow): void {
  const d = s.dist.get(row.key);
  if (d === undefined) {
    s.dist.set(row.key, {
      tableId: row.tableId,
      level: row.level,
      code: row.code,
      label: row.label,
      provisionRate: row.provisionRate,
      count: 1,
      outstanding: row.outstanding,
      provision: row.provision,
    });
  } else {
    d.count++;
    d.outstanding += row.outstanding;
    d.provision += row.provision;
  }
}

/** Adds one checked row to the sums (`lar`: its LAR key, with `larGroupKey`). */
export function addTo(
  s: Sums,
  row: AssessmentRow,
  opts: ResolvedOptions,
  lar: string | undefined,
): void {
  const out = row.outstanding;
  s.loans++;
  s.gross += out;
  let risky = false;
  if (out > 0) {
    s.withBalance++;
    addPar(s, row, opts.parDays);
    risky = addUpkRisk(s, row, opts.threshold);
  }
  if (lar !== undefined && s.lar !== undefined) addLar(s.lar, lar, out > 0, risky);
  s.due += row.due;
  s.paidOnTime += row.paidOnTime;
  s.provisions += row.provision;
  if (row.asOf !== undefined) {
    if (s.minAsOf === undefined || row.asOf < s.minAsOf) s.minAsOf = row.asOf;
    if (s.maxAsOf === undefined || row.asOf > s.maxAsOf) s.maxAsOf = row.asOf;
  }
  addDist(s, row);
}

/** The sums of a portfolio: overall, per group (in order of first appearance), and the batch. */
export interface State {
  overall: Sums;
  /** Groups by map key (`s` + a string key, `n` + a number key), in order of first appearance. */
  groups: Map<string, { key: string | number; sums: Sums }>;
  rejected: BatchRejected[];
  seen: number;
  valid: number;
  signature: string;
}

export function newState(opts: ResolvedOptions): State {
  return {
    overall: newSums(opts.parDays.length, opts.larKey !== undefined),
    groups: new Map(),
    rejected: [],
    seen: 0,
    valid: 0,
    signature: opts.signature,
  };
}

/** The sums of a group, made (appended: groups keep their order of first appearance) when new. */
export function groupSums(
  state: State,
  opts: ResolvedOptions,
  map: string,
  key: string | number,
): Sums {
  let g = state.groups.get(map);
  if (g === undefined) {
    g = { key, sums: newSums(opts.parDays.length, opts.larKey !== undefined) };
    state.groups.set(map, g);
  }
  return g.sums;
}

/**
 * Adds `from` into `into`: the sums, the groups (those new to `into` appended in `from`'s order) and
 * the batch.
 */
export function mergeState(into: State, from: State, opts: ResolvedOptions): void {
  mergeSums(into.overall, from.overall);
  for (const [map, g] of from.groups) mergeSums(groupSums(into, opts, map, g.key), g.sums);
  for (const r of from.rejected) into.rejected.push(r);
  into.seen += from.seen;
  into.valid += from.valid;
}
