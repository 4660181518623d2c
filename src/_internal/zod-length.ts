/**
 * A value's length as zod 4 measures it for `minLength` / `maxLength`: a string in code points (a
 * surrogate pair counts once), anything else by its `length` as is. Counting code points can only
 * change the verdict near the bound, so a string is counted only there: from `bound` to under twice it
 * for a minimum (`below`), past it for a maximum. The hand readers that stand in for schemas share it.
 */
export function zodLengthOf(v: unknown, bound: number, below: boolean): unknown {
  const units = (v as { length?: unknown }).length;
  if (typeof v !== 'string') return units;
  const inDoubt = below ? v.length >= bound && v.length < bound * 2 : v.length > bound;
  return inDoubt ? [...v].length : v.length;
}
