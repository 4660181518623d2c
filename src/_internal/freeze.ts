/**
 * Freezes a value and everything reachable from it (objects and arrays; functions are left as they
 * are), so an exported preset, table or message catalogue cannot be changed by one caller for every
 * later caller in the process. Returns the same value.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
