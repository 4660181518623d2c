// Injected into the single-file builds (tsup.bundle.config.ts): the library calls `structuredClone`
// (a web and Node API, not part of JavaScript itself) to copy plain option objects, and engines such
// as BigQuery's JavaScript UDFs run a bare V8 without it. esbuild replaces each reference to the
// global by this binding, inside the bundle only (nothing is added to the engine's globals).

function clonePlain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(clonePlain);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    out[key] = clonePlain((value as Record<string, unknown>)[key]);
  }
  return out;
}

const native = (globalThis as { structuredClone?: <T>(value: T) => T }).structuredClone;

/** The engine's `structuredClone` when it has one, else a deep copy of plain data. */
const cloneShim: <T>(value: T) => T =
  native === undefined ? (value) => clonePlain(value) as never : (value) => native(value);

export { cloneShim as structuredClone };
