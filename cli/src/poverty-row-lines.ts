/**
 * `poverty` with a line per household (`--lines`, or `--line bps` with `--province-column` /
 * `--area-column`): one thread, because a row's line comes from a lookup built in this thread (a
 * table of functions cannot be posted to a worker). The single-line path runs on worker threads
 * (poverty-run.ts); both give the same groups, counts and rejects file shape.
 */
import {
  type BatchRejected,
  createPovertyAccumulator,
  type Issue,
  type PovertyAccumulator,
  type PovertyRecordText,
  validateStream,
} from 'sejahtera';
import {
  type Common,
  type Counts,
  columnNamer,
  listColumns,
  OWN_MESSAGES,
  resolveColumns,
  rowObject,
  stop,
} from './common.js';
import { fail } from './errors.js';
import { openSource } from './input.js';
import type { RowLines } from './lines.js';
import { Progress } from './progress.js';
import { householdKind, householdSchema } from './record-kind.js';
import { Rejects } from './rejects.js';

type Household = PovertyRecordText & { readonly line?: number };

/** What a run with a line per household gathered (the rejects file is written). */
export interface RowLinePovertyRun {
  readonly groups: Map<string, { acc: PovertyAccumulator<Household>; bad: number }>;
  readonly counts: Counts;
}

/** Reads the input in this thread, each household against its own line; writes `--rejects`. */
export async function runRowLinePoverty(
  path: string | undefined,
  common: Common,
  by: string,
  rowLines: RowLines,
): Promise<RowLinePovertyRun> {
  const kind = householdKind();
  const source = await openSource(path, common.from);
  const byIndex = source.header.indexOf(by);
  if (byIndex < 0) {
    fail(
      `--by ${by}: ${source.name} has no column '${by}'; its columns are ${listColumns(source.header)}`,
    );
  }
  const at = resolveColumns(source, kind.fields, kind.required, common.maps, 'household');
  const columns = [...at.entries()];
  const namer = columnNamer(source.header, at);
  const rowLineOf = rowLines.bind(source);
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    source.size,
    source.bytesRead,
  );
  // Per group: its accumulator, and its rows the text schema rejected (before they reach it).
  const groups = new Map<string, { acc: PovertyAccumulator<Household>; bad: number }>();
  // Rejections are gathered and written in row order at the end (accumulators report theirs last).
  const rejected: BatchRejected[] = [];
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  const own = (code: keyof typeof OWN_MESSAGES, where: string[]): Issue[] => [
    { code, path: where, params: {}, message: OWN_MESSAGES[code][common.lang] },
  ];
  let current = 0;
  let currentKey = '';
  let currentCells: readonly unknown[] = [];
  async function* objects() {
    for await (const r of source.rows) {
      if (stop.requested) return;
      counts.rows++;
      progress.tick(counts.rows);
      if (r.error !== undefined) {
        rejected.push({ index: r.row, issues: own('not_json', []) });
        continue;
      }
      const key = r.cells[byIndex];
      if (typeof key !== 'string' || key.trim() === '') {
        rejected.push({ index: r.row, issues: own('missing_group', [by]) });
        continue;
      }
      current = r.row;
      currentKey = key.trim();
      currentCells = r.cells;
      yield rowObject(r.cells, columns);
    }
  }
  for await (const record of validateStream(householdSchema, objects(), { locale: common.lang })) {
    let group = groups.get(currentKey);
    if (group === undefined) {
      group = {
        acc: createPovertyAccumulator<Household>({ line: (h) => h.line as number }),
        bad: 0,
      };
      groups.set(currentKey, group);
    }
    const line = record.ok ? rowLineOf(currentCells) : undefined;
    if (line?.ok === false) {
      group.bad++;
      rejected.push({ index: current, issues: line.issues });
    } else if (record.ok && line !== undefined) {
      const household = record.value as PovertyRecordText;
      group.acc.add({ ...household, line: line.value }, current);
    } else if (!record.ok) {
      group.bad++;
      rejected.push({ index: current, issues: record.issues });
    }
  }
  for (const { acc } of groups.values()) {
    for (const r of acc.result().rejected) rejected.push(r);
  }
  rejected.sort((a, b) => a.index - b.index);
  const rejects = new Rejects(common.rejects, (field) => (field === by ? by : namer(field)));
  for (const r of rejected) await rejects.add(r.index, r.issues);
  await rejects.end();
  counts.rejected = rejected.length;
  progress.done();
  return { groups, counts };
}
