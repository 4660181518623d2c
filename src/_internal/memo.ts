/**
 * Memo tables: the one place where the library keeps anything between calls.
 *
 * A memo table remembers the results of a **pure** function (the same arguments always give the same
 * result, and the result is never mutated by anyone), so that a batch which uses a handful of rates,
 * tenors or reference dates a million times computes each once. Because the function is pure, a hit
 * returns exactly what a fresh call would: no result of the library depends on what was asked before,
 * on the order of calls, or on which tables are warm, and the tables hold no caller data beyond the
 * keys (numbers, rate strings, dates; never identifiers). A computation that throws is not remembered.
 *
 * Each table is bounded (it is emptied when it reaches `limit` entries) and answers the most recent
 * arguments with one comparison per argument before it builds a key.
 *
 * This is what README's "no globals" means in practice: no mutable state that changes a result.
 */
export function memoize<A, B, C, V>(
  compute: (a: A, b: B, c: C) => V,
  keyOf: (a: A, b: B, c: C) => string,
  limit = 4096,
): (a: A, b: B, c: C) => V {
  const table = new Map<string, V>();
  let hasLast = false;
  let lastA: A;
  let lastB: B;
  let lastC: C;
  let lastValue: V;
  return (a, b, c) => {
    if (hasLast && a === lastA && b === lastB && c === lastC) return lastValue;
    const key = keyOf(a, b, c);
    let value = table.get(key);
    if (value === undefined) {
      value = compute(a, b, c);
      if (table.size >= limit) table.clear();
      table.set(key, value);
    }
    hasLast = true;
    lastA = a;
    lastB = b;
    lastC = c;
    lastValue = value;
    return value;
  };
}

/**
 * {@link memoize} for a function of one string or number, keyed by it. Any other value (the type
 * says it cannot come, but outside data can) is computed without the table, so that no two such
 * values can share a key.
 */
export function memoize1<A extends string | number, V>(
  compute: (a: A) => V,
  limit = 4096,
): (a: A) => V {
  const memo = memoize(
    (a: A, _b: undefined, _c: undefined) => compute(a),
    (a) => `${typeof a}:${a}`,
    limit,
  );
  return (a) =>
    typeof a === 'string' || typeof a === 'number' ? memo(a, undefined, undefined) : compute(a);
}

/**
 * A memo table keyed by an object (held weakly: the entry goes when the object does) for a pure
 * function of a frozen object, such as the compiled form of a defined Tridaya instrument.
 */
export function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const table = new WeakMap<K, V>();
  return (key) => {
    const hit = table.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}

/**
 * {@link memoizeByObject} for a pure function of an object the caller may still change: only a frozen
 * object (which cannot change) is remembered; any other value is computed on every call. The table is
 * read before the computation and the object's frozenness asked after it (so a hostile object meets
 * the computation's own checks first, as it did before these tables moved here).
 *
 * `isFrozen(object, result)` says when an object cannot change (default `Object.isFrozen`; a table
 * of frozen rows in a frozen object needs a deeper look, and a computation may already know, as one
 * that compiles a frozen input against itself and any other against a frozen copy). An `undefined`
 * result is computed again at every call.
 */
export function memoizeFrozen<K, V>(
  compute: (key: K) => V,
  isFrozen: (key: object, value: V) => boolean = Object.isFrozen,
): (key: K) => V {
  // WeakMap#get answers `undefined` for a key that is not an object (or function); #set would throw.
  const table = new WeakMap<object, V>();
  return (key) => {
    let value = table.get(key as object);
    if (value === undefined) {
      value = compute(key);
      if (Object(key) === key && isFrozen(key as object, value)) table.set(key as object, value);
    }
    return value;
  };
}

/**
 * A registry: facts about the library's own objects and codes (a schema's fast reader, a shipped
 * table's food and non-food parts, the message of a code a library schema raises), each written once
 * by the module that owns it, when that module loads, with {@link define}. A key's first value stays
 * (a second `define` of it is ignored), so no later call can change what a lookup answers; the
 * library's functions only read it (it is typed read-only). Keys are held as long as the registry:
 * only the library's own module-level objects and codes are keys, never a caller's data.
 */
export type Registry<K, V> = ReadonlyMap<K, V>;

/** A new, empty {@link Registry}. */
export const registry = <K, V>(): Registry<K, V> => new Map<K, V>();

/** Records `value` for `key` in a {@link Registry}, unless `key` already has one. */
export function define<K, V>(table: Registry<K, V>, key: K, value: V): void {
  if (!table.has(key)) (table as Map<K, V>).set(key, value);
}

/**
 * The last `size` results of a pure function, for a hot loop over many inputs that are equal but
 * distinct objects (the kolektibilitas result of each row read from JSON): the caller scans `values`
 * for a result whose fields equal its input's, the result a fresh computation would give, and reuses
 * it; `keep` adds a new one (the oldest goes when `size` are kept). No other state.
 */
export interface RecentResults<V> {
  /** The results kept, oldest first. */
  readonly values: readonly V[];
  /** Keeps `value` (dropping the oldest when full) and returns it. */
  keep(value: V): V;
}

/** A new, empty {@link RecentResults} of at most `size` results. */
export function recentResults<V>(size: number): RecentResults<V> {
  const values: V[] = [];
  return {
    values,
    keep: (value) => {
      if (values.length >= size) values.shift();
      values.push(value);
      return value;
    },
  };
}
