/**
 * How the command reads a record type through a library text schema (its fields, its required
 * fields, its output row), and the household kind of `poverty`. Apart from records.ts (every `--as`
 * type) so that `poverty` loads the household schema only: through records.ts its main thread also
 * loaded the loan, payment, member, group and response schemas (about 40 ms of module loading per
 * run, measured by importing the built chunks).
 */
import { PovertyRecordTextSchema } from 'sejahtera';
import type * as z from 'zod';

/** How one record type is read and written. */
export interface RecordKind {
  /** The text schema that reads one row of strings. */
  readonly schema: z.ZodType;
  /** The fields (column names) the schema reads, in order. */
  readonly fields: readonly string[];
  /** The fields without which every row would be rejected. */
  readonly required: readonly string[];
  /** Output columns, in order. */
  readonly columns: readonly string[];
  /** A parsed value as a flat output row keyed by {@link columns}. */
  readonly toRow: (value: unknown) => Record<string, unknown>;
  /** A field whose value must not repeat in a file (the library's batch option `unique`). */
  readonly unique?: string | undefined;
}

/** The household schema, for `poverty`. */
export const householdSchema: z.ZodType = PovertyRecordTextSchema;

/** The object shape read by a schema (through `.transform()` / `.pipe()`), or undefined. */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  const def = (schema as { _zod?: { def?: { shape?: unknown; in?: unknown } } })?._zod?.def;
  if (def === undefined) return undefined;
  if (typeof def.shape === 'object' && def.shape !== null) {
    return def.shape as Record<string, unknown>;
  }
  return def.in === undefined ? undefined : shapeOf(def.in);
}

function fieldsOf(schema: z.ZodType): string[] {
  const shape = shapeOf(schema);
  if (shape === undefined) throw new Error('record schema without an object shape');
  return Object.keys(shape);
}

/** Fields reported missing when a row has no cell at all. */
function requiredOf(schema: z.ZodType, fields: readonly string[]): string[] {
  const result = schema.safeParse({});
  if (result.success) return [];
  const missing = new Set<string>();
  for (const issue of result.error.issues) {
    const head = issue.path[0];
    if (typeof head === 'string' && fields.includes(head)) missing.add(head);
  }
  return fields.filter((f) => missing.has(f));
}

/** A nested plain value as one level of dotted keys; arrays as JSON text. */
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}) {
  if (typeof value !== 'object' || value === null) {
    out[prefix] = value;
    return out;
  }
  if (Array.isArray(value)) {
    out[prefix] = JSON.stringify(value);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) flatten(v, key, out);
    else out[key] = Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return out;
}

export function kindOf(
  schema: z.ZodType,
  columns?: readonly string[],
  toRow?: (value: unknown) => Record<string, unknown>,
): RecordKind {
  const fields = fieldsOf(schema);
  return {
    schema,
    fields,
    required: requiredOf(schema, fields),
    columns: columns ?? fields,
    toRow: toRow ?? ((value) => flatten(value)),
  };
}

/** The household record kind (`--as household`, and `poverty`). */
export function householdKind(): RecordKind {
  return kindOf(PovertyRecordTextSchema);
}
