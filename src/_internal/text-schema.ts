import * as z from 'zod';
import type { Issue, SafeParseResult } from '../core/issues.js';

/**
 * A zod schema from a text parser: a string in, the parser's value out; each issue of the parser
 * becomes a zod issue carrying the library code and facts (`params.code`), so the core turns it back
 * into the same issue with the message of the call's locale. A missing value is zod's `required`.
 */
export function textSchema<T>(
  read: (text: string) => SafeParseResult<T>,
): z.ZodPipe<z.ZodString, z.ZodTransform<Awaited<T>, string>> {
  return z.string().transform((text, ctx) => {
    const result = read(text);
    if (result.success) return result.data as Awaited<T>;
    for (const issue of result.issues as readonly Issue[]) {
      // `input` is left out on purpose: the cell's text may be an identifier.
      ctx.addIssue({
        code: 'custom',
        input: undefined,
        params: { code: issue.code, ...issue.params },
        path: issue.path as (string | number)[],
      });
    }
    return z.NEVER;
  });
}
