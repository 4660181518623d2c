/**
 * One chunk of `validate --workers N`: its rows through the record type's text schema
 * (`validateBatch`, the library's fast path included), returned as plain data: the rows that passed as
 * output rows, the others with their issues, each with its place in the chunk. The main thread writes
 * them in chunk order, so the output and the rejections are the same for every N.
 */
import { type Issue, validateBatch } from 'sejahtera';
import type { Lang } from './common.js';
import { type RecordKind, type RecordType, recordKind } from './records.js';

/** What every chunk of a `validate` run shares (plain data, posted to the workers). */
export interface ValidateChunkConfig {
  readonly as: RecordType;
  /** The parsed `--instrument` file, for `--as response`. */
  readonly instrument?: unknown;
  readonly lang: Lang;
  /** The column of each field read: `[field, column index]`. */
  readonly columns: readonly (readonly [string, number])[];
}

/** The result of one chunk. */
export interface ValidateChunkResult {
  /** Rows read (blank lines not counted). */
  readonly rows: number;
  /** Output rows of the rows that passed, in order. */
  readonly passed: readonly Record<string, unknown>[];
  /** Rejected rows: place in the chunk, and issues; in order. */
  readonly rejects: readonly { readonly at: number; readonly issues: readonly Issue[] }[];
}

const kinds = new WeakMap<ValidateChunkConfig, RecordKind>();

/** Reads the rows of a chunk (`undefined` for a blank line). */
export function validateChunk(
  config: ValidateChunkConfig,
  rows: readonly (readonly unknown[] | undefined)[],
): ValidateChunkResult {
  let kind = kinds.get(config);
  if (kind === undefined) {
    kind = recordKind(config.as, config.instrument);
    kinds.set(config, kind);
  }
  const objects: Record<string, unknown>[] = [];
  const at: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    if (cells === undefined) continue;
    const object: Record<string, unknown> = {};
    for (const [field, index] of config.columns) object[field] = cells[index];
    objects.push(object);
    at.push(i);
  }
  const result = validateBatch(kind.schema, objects, {
    locale: config.lang,
    maxRows: Math.max(1, objects.length),
  });
  return {
    rows: objects.length,
    passed: result.valid.map((v) => kind.toRow(v.value)),
    rejects: result.rejected.map((r) => ({ at: at[r.index] as number, issues: r.issues })),
  };
}
