import * as zm from 'zod/mini';

// Field builders for the domains' public zod/mini schemas (PKH, KPB): the classic chains
// `z.string().min(a).max(b)` and `z.int().min(a).max(b)` written once in zod/mini, with the same checks
// and so the same issues (`too_small`, `too_big`, `not_integer`).

/** A string of `min` to `max` characters (`min` 0: only the maximum is checked). */
export function text(min: number, max: number): zm.ZodMiniString<string> {
  return min === 0
    ? zm.string().check(zm.maxLength(max))
    : zm.string().check(zm.minLength(min), zm.maxLength(max));
}

/** A whole number (safe integer) from `min` to `max`, inclusive. */
export function whole(min: number, max: number): zm.ZodMiniNumberFormat {
  return zm.int().check(zm.minimum(min), zm.maximum(max));
}
