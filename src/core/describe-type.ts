/**
 * Names the type of a value the way messages do (`'null'`, `'array'`, `'NaN'`, `'Infinity'`, ...).
 * Only the type is ever reported, never the value, so identifiers cannot leak through messages.
 *
 * @category Issues
 * @example
 * describeType([1, 2])
 * //=> 'array'
 */
export function describeType(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return 'number';
    }
    if (value instanceof Date) return 'Date';
  } catch {
    // A revoked Proxy, or one whose traps throw: report what typeof says.
  }
  return typeof value;
}
