import * as z from 'zod';

/**
 * A schema of a word from a fixed list, as forms write it: case and surrounding blanks ignored, with
 * Indonesian synonyms mapped to the library's value. An unknown word is `invalid_value` listing
 * `allowed` (the words a user should write).
 */
export function wordSchema<T extends string>(
  words: ReadonlyMap<string, T>,
  allowed: readonly string[],
): z.ZodPipe<z.ZodString, z.ZodTransform<T, string>> {
  return z
    .string()
    .max(60)
    .transform((s, ctx) => {
      const v = words.get(s.trim().toLowerCase());
      if (v === undefined) {
        ctx.addIssue({
          code: 'custom',
          input: undefined,
          params: { code: 'invalid_value', allowed },
        });
        return z.NEVER;
      }
      return v;
    });
}
