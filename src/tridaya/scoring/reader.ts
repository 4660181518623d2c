import { describeType, type Issue } from '../../core/index.js';
import { invalid, tridayaIssue } from '../issues.js';
import { RESPONSES } from '../contexts.js';
import type { Compiled } from './compile.js';

// The respondent reader: turns one row, in any of the three accepted forms, into answers in a
// Float64Array (NaN = unanswered) plus its id and the issues found. It scores nothing.

/** What reading one row found. */
export interface RowRead {
  /** The respondent's id, when the row gave a readable one. */
  id: string | number | undefined;
  /** Issues that reject the row (invalid answers, unknown items, a malformed row). */
  issues: Issue[];
  /** Whether the answers were read into the buffer (false when the row's shape was wrong). */
  read: boolean;
}

/** The rows of `responses`, an array or any iterable (else a ValidationError). */
export function readRows(responses: unknown): readonly unknown[] {
  if (Array.isArray(responses)) return responses;
  const iterable =
    responses !== null &&
    typeof responses === 'object' &&
    typeof (responses as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!iterable) {
    invalid(
      [tridayaIssue('not_iterable', ['responses'], { received: describeType(responses) })],
      RESPONSES,
    );
  }
  try {
    return Array.from(responses as Iterable<unknown>);
  } catch {
    // Iterating the whole input threw (a generator or Proxy that throws): the input is unreadable.
    return invalid([tridayaIssue('unreadable_input', ['responses'])], RESPONSES);
  }
}

/**
 * Reads one row into `values` at offset `o`. A row whose reading throws (a proxy or getter that
 * throws) comes back with the single issue `unreadable_row`.
 */
export function readRow(row: unknown, c: Compiled, values: Float64Array, o: number): RowRead {
  const out: RowRead = { id: undefined, issues: [], read: false };
  try {
    readRespondent(row, c, values, o, out);
  } catch {
    out.id = undefined;
    out.issues = [tridayaIssue('unreadable_row', [])];
    out.read = false;
  }
  return out;
}

function readRespondent(
  row: unknown,
  c: Compiled,
  values: Float64Array,
  o: number,
  out: RowRead,
): void {
  if (Array.isArray(row)) {
    readArray(row, c, values, o, out);
    return;
  }
  if (row === null || typeof row !== 'object') {
    out.issues.push(tridayaIssue('invalid_respondent', [], { received: describeType(row) }));
    return;
  }
  const r = row as Record<string, unknown>;
  // A bare record of answers by item id (unless the instrument has an item called "answers").
  if (c.position.has('answers') || !('answers' in r)) {
    readRecord(r, true, c, values, o, out);
    return;
  }
  const answers = r.answers;
  out.id = readId(r.id ?? r.respondentId, out.issues);
  if (Array.isArray(answers)) readArray(answers, c, values, o, out);
  else if (answers !== null && typeof answers === 'object') {
    readRecord(answers as Record<string, unknown>, false, c, values, o, out);
  } else {
    out.issues.push(
      tridayaIssue('invalid_respondent', ['answers'], { received: describeType(answers) }),
    );
  }
}

function readArray(
  arr: readonly unknown[],
  c: Compiled,
  values: Float64Array,
  o: number,
  out: RowRead,
): void {
  const { k, min, max, ids } = c;
  if (arr.length !== k) {
    out.issues.push(
      tridayaIssue('answers_length_mismatch', [], { expected: k, received: arr.length }),
    );
    return;
  }
  for (let j = 0; j < k; j++) {
    const v = arr[j];
    if (isAnswer(v, min, max)) values[o + j] = v;
    else if (v === undefined || v === null) values[o + j] = Number.NaN;
    else {
      values[o + j] = 0; // not missing: the row is rejected for the invalid answer
      out.issues.push(answerIssue(v, ids[j] as string, [j], min, max));
    }
  }
  out.read = true;
}

const ID_KEYS: readonly string[] = ['id', 'respondentId'];

/** Reads answers by item id; `idKeys` when the record is the row itself (so it may name its id). */
function readRecord(
  rec: Record<string, unknown>,
  idKeys: boolean,
  c: Compiled,
  values: Float64Array,
  o: number,
  out: RowRead,
): void {
  const { k, min, max } = c;
  for (let j = 0; j < k; j++) values[o + j] = Number.NaN;
  const unknown: string[] = [];
  for (const key of Object.keys(rec)) {
    const j = c.position.get(key);
    const v = rec[key];
    if (j === undefined) {
      if (idKeys && ID_KEYS.includes(key)) {
        if (out.id === undefined) out.id = readId(v, out.issues);
      } else unknown.push(key.length > 60 ? `${key.slice(0, 60)}…` : key);
    } else if (isAnswer(v, min, max)) values[o + j] = v;
    else if (v !== undefined && v !== null) {
      values[o + j] = 0; // not missing: the row is rejected for the invalid answer
      out.issues.push(answerIssue(v, key, [key], min, max));
    }
  }
  if (unknown.length > 0)
    out.issues.push(tridayaIssue('unknown_item', [], { itemIds: unknown.slice(0, 20) }));
  out.read = true;
}

/** Whether `v` is a valid answer: a whole number on the scale. */
export function isAnswer(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && v >= min && v <= max && Math.floor(v) === v;
}

function readId(value: unknown, issues: Issue[]): string | number | undefined {
  if (value === undefined) return undefined;
  if (
    (typeof value === 'string' && value.length <= 200) ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return value;
  }
  issues.push(
    tridayaIssue('invalid_type', ['id'], {
      expected: 'string or number',
      received: describeType(value),
    }),
  );
  return undefined;
}

function answerIssue(
  v: unknown,
  itemId: string,
  path: (string | number)[],
  min: number,
  max: number,
): Issue {
  if (typeof v === 'number' && Number.isInteger(v)) {
    return tridayaIssue('answer_out_of_scale', path, { itemId, min, max });
  }
  const received = typeof v === 'number' && Number.isFinite(v) ? 'fraction' : describeType(v);
  return tridayaIssue('answer_not_integer', path, { itemId, received });
}
