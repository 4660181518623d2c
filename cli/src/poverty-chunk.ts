/**
 * One chunk of `poverty`: its rows read, checked and added to one accumulator per group, returned as
 * plain data (snapshots and rejections) that a worker can post and the main thread merges in chunk
 * order. The same function runs in a worker and, for `--workers 1`, in the main thread.
 */
import {
  createPovertyAccumulator,
  type Issue,
  type PovertyAccumulatorSnapshot,
  type PovertyRecordText,
  validateBatch,
} from 'sejahtera';
import { type Lang, OWN_MESSAGES } from './common.js';
import { householdSchema } from './records.js';

/** What every chunk of a run shares (plain data: it is posted to the workers). */
export interface PovertyChunkConfig {
  readonly line: number;
  /** The name of the group column (the path of `missing_group`). */
  readonly by: string;
  readonly lang: Lang;
  /** The column of the group key. */
  readonly byIndex: number;
  /** The column of each household field read: `[field, column index]`. */
  readonly columns: readonly (readonly [string, number])[];
}

/** One group of a chunk: its accumulator's snapshot without rejections, and its rejected rows. */
export interface PovertyGroupPart {
  readonly key: string;
  /** The snapshot with its rejections taken out (`total` = `valid`): they are reported by row. */
  readonly snapshot: PovertyAccumulatorSnapshot;
  /** Rows of the group rejected (by the text schema or the accumulator). */
  readonly bad: number;
}

/** A rejected row of a chunk: where it is (see {@link povertyChunk}) and its issues. */
export interface ChunkReject {
  readonly at: number;
  readonly issues: readonly Issue[];
}

/** The result of one chunk. */
export interface PovertyChunkResult {
  /** Rows read (blank lines not counted). */
  readonly rows: number;
  readonly groups: readonly PovertyGroupPart[];
  /** In row order. */
  readonly rejects: readonly ChunkReject[];
}

/** A cell of plain ASCII digits (1 to 15 of them) as its value, else -1. */
function plainDigits(cell: unknown): number {
  if (typeof cell !== 'string') return -1;
  const n = cell.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The fast path of the household text schema for the common cells: plain digits (`450000`, `4`) and,
 * for size and weight, a blank or absent cell. Returns `undefined` for anything else (Indonesian
 * thousands `450.000`, `Rp`, decimals, blanks in the expenditure...), which then goes through the
 * library's own schema. A property test (tests/cli/fast-row.test.ts) checks it agrees with
 * `PovertyRecordTextSchema` on every row it accepts.
 */
export function readHouseholdFast(
  e: unknown,
  size: unknown,
  weight: unknown,
): PovertyRecordText | undefined {
  const y = plainDigits(e);
  if (y < 0) return undefined;
  let s: number | undefined;
  if (size !== undefined && size !== '') {
    s = plainDigits(size);
    if (s < 1) return undefined;
  }
  let w: number | undefined;
  if (weight !== undefined && weight !== '') {
    w = plainDigits(weight);
    if (w < 0) return undefined;
  }
  return { expenditurePerCapita: y, size: s, weight: w } as PovertyRecordText;
}

interface Group {
  records: PovertyRecordText[];
  at: number[];
  bad: number;
}

/**
 * Reads the rows of a chunk. `rows[i]` is a row's cells (`undefined` for a blank line, `null` for a
 * row that could not be read at all, such as a JSON Lines line that is not an object); `atOf(i)` is
 * the number a rejection carries for it (the position in the chunk, or the row number itself).
 */
export function povertyChunk(
  config: PovertyChunkConfig,
  rows: readonly (readonly unknown[] | undefined | null)[],
  atOf: (i: number) => number = (i) => i,
): PovertyChunkResult {
  const { byIndex, columns, lang } = config;
  const col = (field: string) => columns.find(([f]) => f === field)?.[1] ?? -1;
  const eAt = col('expenditurePerCapita');
  const sAt = col('size');
  const wAt = col('weight');
  const groups = new Map<string, Group>();
  const rejects: ChunkReject[] = [];
  const own = (code: keyof typeof OWN_MESSAGES, path: string[]): Issue[] => [
    { code, path, params: {}, message: OWN_MESSAGES[code][lang] },
  ];
  let read = 0;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    if (cells === undefined) continue;
    read++;
    if (cells === null) {
      rejects.push({ at: atOf(i), issues: own('not_json', []) });
      continue;
    }
    const raw = cells[byIndex];
    if (typeof raw !== 'string' || raw.trim() === '') {
      rejects.push({ at: atOf(i), issues: own('missing_group', [config.by]) });
      continue;
    }
    const key = raw.trim();
    let group = groups.get(key);
    if (group === undefined) {
      group = { records: [], at: [], bad: 0 };
      groups.set(key, group);
    }
    let record = readHouseholdFast(
      cells[eAt],
      sAt < 0 ? undefined : cells[sAt],
      wAt < 0 ? undefined : cells[wAt],
    );
    if (record === undefined) {
      const object: Record<string, unknown> = {};
      for (const [field, index] of columns) object[field] = cells[index];
      const checked = validateBatch(householdSchema, [object], { locale: lang });
      const ok = checked.valid[0];
      if (ok === undefined) {
        group.bad++;
        rejects.push({ at: atOf(i), issues: checked.rejected[0]?.issues ?? [] });
        continue;
      }
      const v = ok.value as PovertyRecordText;
      record = {
        expenditurePerCapita: v.expenditurePerCapita,
        size: v.size,
        weight: v.weight,
      } as PovertyRecordText;
    }
    group.records.push(record);
    group.at.push(atOf(i));
  }
  const parts: PovertyGroupPart[] = [];
  let sortNeeded = false;
  for (const [key, group] of groups) {
    const acc = createPovertyAccumulator<PovertyRecordText>({ line: config.line });
    acc.addAll(group.records);
    const snap = acc.snapshot();
    for (const r of snap.rejected) {
      rejects.push({ at: group.at[r.index] as number, issues: r.issues });
      sortNeeded = true;
    }
    parts.push({
      key,
      snapshot: { ...snap, total: snap.valid, rejected: [] },
      bad: group.bad + snap.rejected.length,
    });
  }
  if (sortNeeded) rejects.sort((a, b) => a.at - b.at);
  return { rows: read, groups: parts, rejects };
}
