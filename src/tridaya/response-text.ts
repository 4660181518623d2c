import * as z from 'zod';
import {
  createDecimalTextSchema,
  createIssue,
  describeType,
  validationError,
} from '../core/index.js';
import { unreadableInput } from '../_internal/guard.js';
import type { Instrument } from './instrument.js';

const Answer = createDecimalTextSchema().pipe(z.int());

/**
 * A schema of one respondent's answers as a CSV row of strings, for an instrument: one column per
 * item id (a whole number on the scale as text; a blank cell is unanswered, `null`), and optional `id`
 * or `respondentId`. The output is `{ id?, answers }` with the answers by item id, the form
 * {@link scoreResponses} takes; the scale and the missing-answer policy are checked there. Other
 * columns are dropped.
 *
 * @category Scoring
 * @throws {@link ValidationError} (`invalid_type` at `instrument`) when `instrument` has no list of items
 * with string ids (make it with {@link defineInstrument}).
 * @example
 * const Rows = createResponseTextSchema(instrument);
 * Rows.parse({ id: 'R-1', s1: '4', s2: '', e1: ' 5 ' })
 * //=> { id: 'R-1', answers: { s1: 4, s2: null, e1: 5 } }
 */
export function createResponseTextSchema(instrument: Instrument) {
  const ids: string[] = [];
  try {
    const items = (instrument as { items?: unknown })?.items;
    if (!Array.isArray(items) || items.length > 10_000) throw new TypeError('items');
    for (const item of items) {
      const id = (item as { id?: unknown })?.id;
      if (typeof id !== 'string') throw new TypeError('id');
      ids.push(id);
    }
  } catch (error) {
    throw unreadableInput(
      error instanceof TypeError
        ? validationError(
            [
              createIssue('invalid_type', ['instrument'], {
                expected: 'instrument',
                received: describeType(instrument),
              }),
            ],
            'instrument',
          )
        : error,
      'instrument',
    );
  }
  const shape: Record<string, z.ZodType> = {};
  const cell = z.preprocess(
    (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v),
    Answer.nullable(),
  );
  for (const id of ids) shape[id] = cell;
  const idColumn = z
    .string()
    .max(200)
    .transform((s) => s.trim())
    .optional();
  if (!ids.includes('id')) shape.id = idColumn;
  if (!ids.includes('respondentId')) shape.respondentId = idColumn;
  return z.object(shape).transform((row) => {
    const answers: Record<string, number | null> = {};
    for (const id of ids) answers[id] = row[id] as number | null;
    const rid = (row.id ?? row.respondentId) as string | undefined;
    return rid === undefined || rid === '' ? { answers } : { id: rid, answers };
  });
}
