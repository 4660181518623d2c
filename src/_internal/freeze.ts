/**
 * Freezes a value and everything reachable from it (objects and arrays; functions are left as they
 * are), so an exported preset, table or message catalogue cannot be changed by one caller for every
 * later caller in the process. An object already frozen (shallowly, by `Object.freeze`) is still
 * walked, so its children are frozen too; cycles are followed once. Returns the same value.
 */
export function deepFreeze<T>(value: T): T {
  freezeInto(value, new WeakSet<object>());
  return value;
}

function freezeInto(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    freezeInto((value as Record<PropertyKey, unknown>)[key], seen);
  }
}
