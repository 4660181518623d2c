import { define, registry } from './memo.js';

/**
 * Messages of issue codes that library schemas raise outside their own domain's calls: `NikSchema` and
 * `KkSchema` keep parseNik's / parseKk's reason codes (`nik_invalid_day`) inside any caller's schema, so
 * `safeParseWith`, `parseWith`, `validateBatch` and `validateStream` must word those codes without the
 * caller passing the domain's catalogue. The domain module that defines such a schema registers its
 * codes here when it loads (so a bundle that holds the schema holds its messages); the core renders a
 * code from here when neither the call's catalogue nor the core's own messages know it. Written once,
 * at module load; never changed; not exported from the package.
 */
const entries = registry<string, unknown>();

export function registerSchemaMessages(
  catalog: Readonly<Record<string, unknown>>,
  codes: readonly string[],
): void {
  for (const code of codes) if (Object.hasOwn(catalog, code)) define(entries, code, catalog[code]);
}

/** The registered message entry (`{ en, id }` templates) of a code, or `undefined`. */
export function schemaMessageOf(code: string): unknown {
  return entries.get(code);
}
