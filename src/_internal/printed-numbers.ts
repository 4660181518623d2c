/**
 * The numbers among an issue's or error's params (top level and in arrays), written as `String(n)`:
 * the library prints its own limits and counts from params, and `redactIdentifiers` leaves a run
 * written exactly as one of them readable (a limit such as `100000000000000` is not a NIK).
 * Only numbers of twelve digits or more are listed (shorter runs are never masked).
 */
export function printedNumbers(params: unknown): readonly string[] | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      const text = String(Math.abs(v));
      if (text.length >= 12) out.push(text);
    }
  };
  for (const v of Object.values(params)) {
    if (Array.isArray(v)) for (const item of v.slice(0, 100)) add(item);
    else add(v);
  }
  return out.length > 0 ? out : undefined;
}
