import { isCount, readRejected } from '../../_internal/snapshot-read.js';
import type { ResolvedOptions } from './options.js';
import { distKey } from './read-assessment.js';
import {
  type DistAcc,
  distRow,
  newSums,
  SUM_FIELDS,
  SUM_FIELDS_V1_0,
  type State,
  type Sums,
} from './sums.js';
import type { PortfolioAccumulatorSnapshot, SumsJson } from './types.js';

/*
 * The portfolio accumulator's state as plain JSON, and back. Reading a snapshot throws a plain Error
 * at the first broken part; stateFromSnapshot turns any of them into `undefined`.
 */

function sumsToJson(s: Sums): SumsJson {
  return {
    n: SUM_FIELDS.map((f) => s[f]),
    minAsOf: s.minAsOf ?? null,
    maxAsOf: s.maxAsOf ?? null,
    dist: [...s.dist.values()].map(distRow),
    parOut: [...s.parOut],
    parLoans: [...s.parLoans],
    lar: s.lar === undefined ? null : [...s.lar.entries()].map(([k, [b, r]]) => [k, b, r] as const),
  };
}

/** The state as a snapshot (groups in their order, which a merge keeps). */
export function snapshotOf(state: State): PortfolioAccumulatorSnapshot {
  return {
    kind: 'sejahtera/portfolio-accumulator',
    version: 1,
    signature: state.signature,
    overall: sumsToJson(state.overall),
    groups: [...state.groups.entries()].map(([map, g]) => ({
      map,
      key: g.key,
      sums: sumsToJson(g.sums),
    })),
    rejected: state.rejected.map((r) => ({ index: r.index, issues: r.issues })),
    seen: state.seen,
    valid: state.valid,
  };
}

const YMD = /^\d{4}-\d{2}-\d{2}$/;

function readCounts(j: SumsJson, s: Sums): void {
  if (
    !Array.isArray(j.n) ||
    (j.n.length !== SUM_FIELDS.length && j.n.length !== SUM_FIELDS_V1_0) ||
    !j.n.every(isCount)
  ) {
    throw new Error('sums');
  }
  SUM_FIELDS.forEach((f, i) => {
    s[f] = (j.n[i] as number | undefined) ?? 0;
  });
  for (const [name, v] of [
    ['minAsOf', j.minAsOf],
    ['maxAsOf', j.maxAsOf],
  ] as const) {
    if (v !== null && (typeof v !== 'string' || !YMD.test(v))) throw new Error(name);
    s[name] = v ?? undefined;
  }
  if (!Array.isArray(j.parOut) || !Array.isArray(j.parLoans)) throw new Error('par');
  if (j.parOut.length !== s.parOut.length || j.parLoans.length !== s.parLoans.length) {
    throw new Error('par');
  }
  if (!j.parOut.every(isCount) || !j.parLoans.every(isCount)) throw new Error('par');
  s.parOut = [...j.parOut];
  s.parLoans = [...j.parLoans];
}

function readDistRow(d: Partial<DistAcc> | null | undefined): DistAcc {
  const label = d?.label;
  if (
    typeof d?.tableId !== 'string' ||
    !isCount(d.level) ||
    typeof d.code !== 'string' ||
    (d.provisionRate !== null && typeof d.provisionRate !== 'string') ||
    typeof label?.id !== 'string' ||
    typeof label?.en !== 'string' ||
    !isCount(d.count) ||
    !isCount(d.outstanding) ||
    !isCount(d.provision)
  ) {
    throw new Error('dist');
  }
  return distRow(d as DistAcc);
}

function readLar(j: SumsJson, s: Sums): void {
  if (s.lar === undefined) {
    if (j.lar !== null) throw new Error('lar');
    return;
  }
  if (!Array.isArray(j.lar)) throw new Error('lar');
  for (const e of j.lar) {
    if (
      !Array.isArray(e) ||
      typeof e[0] !== 'string' ||
      typeof e[1] !== 'boolean' ||
      typeof e[2] !== 'boolean'
    ) {
      throw new Error('lar');
    }
    s.lar.set(e[0], [e[1], e[2]]);
  }
}

function sumsFromJson(raw: unknown, opts: ResolvedOptions): Sums {
  const j = raw as SumsJson;
  const s = newSums(opts.parDays.length, opts.larKey !== undefined);
  readCounts(j, s);
  if (!Array.isArray(j.dist)) throw new Error('dist');
  for (const row of j.dist) {
    const d = readDistRow(row);
    s.dist.set(distKey(d.tableId, d.level, d.code, d.provisionRate, d.label), d);
  }
  readLar(j, s);
  return s;
}

/** The map key of a group key: a non-empty string (at most 1000 characters) or a finite number. */
export function groupKeyOf(raw: unknown): { map: string; key: string | number } | undefined {
  if (typeof raw === 'string') {
    if (raw.length === 0 || raw.length > 1000) return undefined;
    return { map: `s${raw}`, key: raw };
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const key = raw === 0 ? 0 : raw;
    return { map: `n${key}`, key };
  }
  return undefined;
}

/** Reads a snapshot back into a state; undefined when it is not a valid snapshot. */
export function stateFromSnapshot(raw: unknown, opts: ResolvedOptions): State | undefined {
  try {
    const snap = raw as PortfolioAccumulatorSnapshot;
    const rejected = readRejected(snap.rejected);
    if (
      snap.kind !== 'sejahtera/portfolio-accumulator' ||
      snap.version !== 1 ||
      typeof snap.signature !== 'string' ||
      !isCount(snap.seen) ||
      !isCount(snap.valid) ||
      rejected === undefined ||
      !Array.isArray(snap.groups) ||
      snap.valid + rejected.length !== snap.seen
    ) {
      return undefined;
    }
    const groups = new Map<string, { key: string | number; sums: Sums }>();
    for (const g of snap.groups) {
      const k = groupKeyOf(g?.key);
      if (k === undefined || k.map !== g.map) return undefined;
      groups.set(k.map, { key: k.key, sums: sumsFromJson(g.sums, opts) });
    }
    return {
      overall: sumsFromJson(snap.overall, opts),
      groups,
      rejected,
      seen: snap.seen,
      valid: snap.valid,
      signature: snap.signature,
    };
  } catch {
    return undefined;
  }
}
