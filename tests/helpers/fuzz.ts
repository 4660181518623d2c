import fc from 'fast-check';
import { expect } from 'vitest';
import { SejahteraError } from '../../src/index.js';

/** Values a careless or hostile caller might pass anywhere. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53,
    -(2 ** 53),
    1e300,
    '',
    ' ',
    '__proto__',
    'constructor',
    '\u0000',
    '9'.repeat(5000),
    '１２３', // full-width digits
    '1e999',
    '0x10',
    null,
    undefined,
    [],
    {},
    JSON.parse('{"__proto__": {"polluted": true}}'),
    Object.create(null),
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
);

/** A Proxy whose every trap throws: the worst object a caller can pass. */
export const throwingProxy: object = new Proxy(
  {},
  {
    get(_t, key) {
      if (typeof key === 'symbol') return undefined;
      throw new Error('get');
    },
    has(_t, key) {
      if (typeof key === 'symbol') return false;
      throw new Error('has');
    },
    getOwnPropertyDescriptor(_t, key) {
      if (typeof key === 'symbol') return undefined;
      throw new Error('descriptor');
    },
  },
);

/** {@link hostile} values plus {@link throwingProxy}. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(hostile, fc.constant(throwingProxy));

/**
 * Calls `fn` and passes when it returns, or throws a SejahteraError. Any other throw (a bare TypeError
 * from deep inside) fails the test.
 */
export function expectReturnsOrSejahteraError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof SejahteraError)) {
      throw new Error(
        `expected a SejahteraError, got ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`,
      );
    }
    expect(typeof error.code).toBe('string');
  }
}

/** Every path into a value (objects and arrays, up to depth 5), the empty path first. */
export function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  depth = 0,
): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (depth >= 5 || value === null || typeof value !== 'object') return out;
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    out.push(
      ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key], depth + 1),
    );
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced (copy-on-write along the path). */
export function replaceAt(
  value: unknown,
  path: (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt((value as Record<string | number, unknown>)[head], rest, replacement);
  return copy;
}

/**
 * From a valid example input, an arbitrary that replaces one field (at any depth, or the whole value)
 * with a hostile value, or deletes it. Exercises every validation path, not only the first.
 */
export function corrupt<T>(valid: T): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  return fc.tuple(fc.constantFrom(...paths), hostile, fc.boolean()).map(([path, bad, remove]) => {
    if (remove && path.length > 0) {
      const parent = path.slice(0, -1);
      const last = path[path.length - 1] as string | number;
      const parentValue = parent.reduce<unknown>(
        (v, k) => (v as Record<string | number, unknown>)[k],
        valid,
      );
      if (parentValue !== null && typeof parentValue === 'object' && !Array.isArray(parentValue)) {
        const { [last]: _dropped, ...restObj } = parentValue as Record<string | number, unknown>;
        return replaceAt(valid, parent, restObj);
      }
    }
    return replaceAt(valid, path, bad);
  });
}

/**
 * Whether an options value holds an own enumerable key outside `known` (so the function must throw
 * `unknown_option`). Options that cannot be read count as having none.
 */
export function hasUnknownKeys(options: unknown, known: readonly string[]): boolean {
  if (typeof options !== 'object' || options === null) return false;
  try {
    return Object.keys(options).some((key) => !known.includes(key));
  } catch {
    return false;
  }
}

/** Calls `fn` and passes only when it throws a ConfigurationError with the code `unknown_option`. */
export function expectUnknownOption(fn: () => unknown): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SejahteraError);
  expect((thrown as SejahteraError).name).toBe('ConfigurationError');
  expect((thrown as SejahteraError).code).toBe('unknown_option');
}
