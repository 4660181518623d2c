/**
 * The one place where the command meets the library's text schemas (`--as <type>`): which schema
 * reads a row, which fields it reads, which of them are required, and how a parsed value becomes an
 * output row. A renamed schema in the library is a one-line change here.
 */
import {
  createResponseTextSchema,
  defineInstrument,
  GroupTextSchema,
  LoanTextSchema,
  MemberTextSchema,
  PaymentTextSchema,
  PovertyRecordTextSchema,
} from 'sejahtera';
import type * as z from 'zod';
import { fail } from './errors.js';

/** The record types of `--as`. */
export const RECORD_TYPES = [
  'household',
  'loan',
  'payment',
  'member',
  'group',
  'response',
] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

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

const LOAN_COLUMNS = [
  'principal',
  'disbursedOn',
  'firstDueOn',
  'tenor',
  'frequency',
  'interest.method',
  'interest.rate.percent',
  'interest.rate.per',
  'grace.principalPeriods',
  'grace.interestPeriods',
  'grace.interest',
  'principalEvery',
  'rounding.unit',
  'rounding.mode',
];

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

function kindOf(
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

/**
 * The record kind of `--as`. `instrumentJson` is the parsed `--instrument` file, needed for
 * `response` only.
 */
export function recordKind(as: RecordType, instrumentJson?: unknown): RecordKind {
  switch (as) {
    case 'household':
      return kindOf(PovertyRecordTextSchema);
    case 'loan':
      return kindOf(LoanTextSchema, LOAN_COLUMNS);
    case 'payment':
      return kindOf(PaymentTextSchema);
    case 'member':
      return { ...kindOf(MemberTextSchema), unique: 'nik' };
    case 'group':
      return {
        ...kindOf(GroupTextSchema, undefined, (value) => {
          const { members: _members, ...rest } = value as Record<string, unknown>;
          return flatten(rest);
        }),
        unique: 'id',
      };
    case 'response': {
      if (instrumentJson === undefined) {
        fail('--as response needs --instrument <file> (the instrument definition as JSON)');
      }
      let instrument: ReturnType<typeof defineInstrument>;
      try {
        instrument = defineInstrument(instrumentJson as Parameters<typeof defineInstrument>[0]);
      } catch (error) {
        fail(`the instrument is not valid: ${(error as Error).message}`);
      }
      const items = instrument.items.map((item) => item.id);
      const schema = createResponseTextSchema(instrument);
      const kind = kindOf(schema, ['id', ...items], (value) => {
        const v = value as { id?: string; answers: Record<string, number | null> };
        return { id: v.id, ...v.answers };
      });
      return kind;
    }
  }
}
