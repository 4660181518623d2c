import * as z from 'zod';
import { unreadableAs } from '../../_internal/guard.js';
import { createIssue, describeType } from '../issues.js';
import { invalidIn } from '../parse.js';
import { SCHEMA } from '../../_internal/contexts.js';

/**
 * Makes a text schema optional the way a CSV means it: a blank cell (`''`, only blanks) or a missing
 * column is `undefined`; anything else goes through the schema. Without it, a blank cell is
 * `required`.
 *
 * @category Text
 * @throws {@link ValidationError} (`invalid_type`) when `schema` is not a zod schema.
 * @example
 * const Size = optionalText(createDecimalTextSchema());
 * Size.parse('  ') //=> undefined
 * Size.parse('4') //=> 4
 */
export function optionalText<S extends z.ZodType>(
  schema: S,
): z.ZodPreprocess<z.ZodOptional<S>, unknown> {
  try {
    if (!(schema instanceof z.ZodType)) {
      throw invalidIn(
        [
          createIssue('invalid_type', ['schema'], {
            expected: 'zod schema',
            received: describeType(schema),
          }),
        ],
        SCHEMA,
      );
    }
  } catch (error) {
    throw unreadableAs(error, SCHEMA);
  }
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}
