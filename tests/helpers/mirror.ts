import fc from 'fast-check';

// Arbitrary input for the agreement properties of the readers that stand in for a zod schema
// (tests/revolving-fund/loan-reader.test.ts, schedule-reader.test.ts): values near every field rule's
// edges and near zod's own reading (lengths, types, inherited and undefined keys, long extra keys).

/** Values near the edges of every field rule, and of zod's own reading (lengths, types). */
export const edge = fc.oneof(
  fc.integer({ min: -2, max: 1202 }),
  fc.constantFrom(0, 1, 1000, 1001, 1e9, 1e9 + 1, 1e15, 1e15 + 1, 2 ** 53, -(2 ** 53), 1.5, -0),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, undefined, null, true, '5', 5n),
  fc.constantFrom([], [1, 2], 'x'.repeat(11), new Array(81).fill(0), { length: 20 }, new Date(0)),
);
export const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: a as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: edge });
export const dateLike = maybe(
  fc.constantFrom(
    '2024-01-31',
    '2024-02-29',
    '2024-02-30',
    '2023-12-31',
    '24-01-01',
    '2024-01-311',
    '😀😀😀😀😀😀',
    '😀😀😀😀😀😀😀😀😀😀😀',
    '',
  ),
);
export const percentLike = maybe(
  fc.oneof(
    fc.constantFrom('1.5', '0', '-0', '-1', '1e2', '1e3', '1000.0001', ' 2 ', '.5', 'abc', '0x1'),
    fc.constantFrom('9'.repeat(81), `${' '.repeat(80)}1`, `${'😀'.repeat(41)}`, 1000.5, 1e-7),
    fc.double(),
    fc.integer({ min: -5, max: 2000 }).map(String),
  ),
);
const extraKey = fc.constantFrom('extra', 'k'.repeat(45), '__proto__', 'constructor');
/** An object with some of `keys`, an extra key now and then, sometimes inherited or undefined. */
export function objectOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
  requiredKeys: string[] = [],
): fc.Arbitrary<unknown> {
  const record = fc.record(fields, { requiredKeys });
  return fc.oneof(
    { weight: 12, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc
        .tuple(record, extraKey, edge)
        .map(([o, k, v]) => Object.defineProperty({ ...o }, k, { value: v, enumerable: true })),
    },
    { weight: 1, arbitrary: record.map((o) => Object.create(o)) },
    { weight: 1, arbitrary: record.map((o) => ({ ...o, [Object.keys(o)[0] ?? 'x']: undefined })) },
    { weight: 1, arbitrary: edge },
  );
}
