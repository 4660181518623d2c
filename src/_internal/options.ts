import { ConfigurationError } from '../core/errors.js';
import { redactIdentifiers } from '../core/mask.js';

/**
 * The known keys of an options type, written as a record so that the compiler insists on every key
 * of `T` (add a key to the options interface and the list must follow): `optionKeys<RoundRupiahOptions>()({ unit: true, mode: true })`.
 */
export const optionKeys =
  <T>() =>
  (keys: Record<keyof T & string, true>): readonly string[] =>
    Object.freeze(Object.keys(keys));

/**
 * Rejects an options object that holds a key its function does not know, so a misspelling
 * (`{ unti: 1000 }`) fails loudly instead of silently falling back to a default. Throws a
 * `ConfigurationError` with the code `unknown_option` naming the key and the nearest known key (by
 * Damerau-Levenshtein distance). `undefined`, `null` and non-objects pass: the function's own checks
 * deal with those. Only own enumerable string keys are looked at (what a spread or literal carries).
 * A function documented as never throwing (`safeParseX`) still throws this: a misspelt option is a
 * programming mistake, not bad data.
 */
export function checkOptionKeys(
  options: unknown,
  known: readonly string[],
  functionName: string,
  path = 'options',
): void {
  if (typeof options !== 'object' || options === null) return;
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    // Options that cannot be read (a revoked Proxy, a throwing ownKeys trap) are left to the
    // function's own reading, which reports them its documented way.
    return;
  }
  for (const key of keys) {
    if (!known.includes(key)) throw unknownOption(key, known, functionName, path);
  }
}

/**
 * {@link checkOptionKeys} for an options object nested in another (`{ rounding: { unti: 1000 } }`):
 * reads `options[key]` (an unreadable value is left to the function's own reading) and checks its keys
 * under the path `options.key`.
 */
export function checkNestedOptionKeys(
  options: unknown,
  key: string,
  known: readonly string[],
  functionName: string,
  path = `options.${key}`,
): void {
  if (typeof options !== 'object' || options === null) return;
  let nested: unknown;
  try {
    nested = (options as Record<string, unknown>)[key];
  } catch {
    return;
  }
  checkOptionKeys(nested, known, functionName, path);
}

function unknownOption(
  rawKey: string,
  known: readonly string[],
  functionName: string,
  path: string,
): ConfigurationError {
  const key = redactIdentifiers(rawKey.length > 40 ? `${rawKey.slice(0, 40)}…` : rawKey);
  const suggestion = nearest(rawKey, known);
  const list = known.join(', ');
  return new ConfigurationError(
    'unknown_option',
    {
      en: `Unknown option "${key}" in ${path} of ${functionName}${
        suggestion === undefined ? '' : `; did you mean "${suggestion}"?`
      } Known options: ${list}`,
      id: `Opsi "${key}" pada ${path} untuk ${functionName} tidak dikenal${
        suggestion === undefined ? '' : `; mungkin maksudnya "${suggestion}"?`
      } Opsi yang dikenal: ${list}`,
    },
    { key, suggestion, known: [...known], function: functionName, path },
  );
}

/** The known key closest to `key` (case-insensitive optimal string alignment distance). */
export function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const a = key.toLowerCase().slice(0, 64);
  for (const candidate of known) {
    const d = editDistance(a, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      }
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[n] as number;
}
