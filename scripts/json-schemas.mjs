// Turns every exported zod schema (an export whose name ends in "Schema") into JSON Schema, so that
// pipelines in other languages can validate the same records. Used by the build and by the tests.
import * as z from 'zod';

/** @param {Record<string, unknown>} mod @returns {Map<string, object>} */
export function collectJsonSchemas(mod) {
  const out = new Map();
  for (const [name, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith('Schema') || !(value instanceof z.core.$ZodType)) continue;
    const json = z.toJSONSchema(value, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
    });
    out.set(name.slice(0, -'Schema'.length), {
      $id: `sejahtera/schemas/${name.slice(0, -6)}.json`,
      ...json,
    });
  }
  return out;
}
