import { define, registry } from './memo.js';

/**
 * Fast readers of library schemas: a hand-written check that, for the rows it is sure about, returns
 * exactly what the schema returns (a property test proves the agreement), and `undefined` for every
 * other row (so only schemas whose output is never `undefined` can have one), which then goes through the schema for the full issues. The batch validators use the
 * reader registered for the schema they are given. Written once, at module load; never changed.
 */
const readers = registry<object, (row: unknown) => unknown>();

export function registerFastReader(schema: object, reader: (row: unknown) => unknown): void {
  define(readers, schema, reader);
}

export function fastReaderOf(schema: object): ((row: unknown) => unknown) | undefined {
  return readers.get(schema);
}
