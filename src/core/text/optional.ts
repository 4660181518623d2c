import * as z from 'zod';
import { unreadableInput } from '../../_internal/guard.js';
import { createIssue, describeType, validationError } from '../issues.js';

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
      throw validationError(
        [
          createIssue('invalid_type', ['schema'], {
            expected: 'zod schema',
            received: describeType(schema),
          }),
        ],
        'schema',
      );
    }
  } catch (error) {
    throw unreadableInput(error, 'schema');
  }
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}
