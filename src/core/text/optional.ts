import * as z from 'zod';

/**
 * Makes a text schema optional the way a CSV means it: a blank cell (`''`, only blanks) or a missing
 * column is `undefined`; anything else goes through the schema. Without it, a blank cell is
 * `required`.
 *
 * @category Text
 * @example
 * const Size = optionalText(createDecimalTextSchema());
 * Size.parse('  ') //=> undefined
 * Size.parse('4') //=> 4
 */
export function optionalText<S extends z.ZodType>(
  schema: S,
): z.ZodPreprocess<z.ZodOptional<S>, unknown> {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}
