// "Each rule once" for kolektibilitas tables: the schema, the table checker and the types are built
// from one rules module (src/revolving-fund/kolektibilitas/rules.ts). Proven here: the schema and the
// checker accept and reject the same tables, the types are the schemas' output, and the rules module
// holds the values the regulation-shaped tables need.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  checkKolektibilitasTable,
  type KolektibilitasLevelSchema,
  KolektibilitasTableSchema,
  OJK_BANK_2019,
  resolveKolektibilitasTable,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import {
  isLabel,
  isLevelCode,
  KOLEKTIBILITAS_UNITS,
  readProvisionRate,
} from '../../src/revolving-fund/kolektibilitas/rules.js';
import type {
  KolektibilitasLevel,
  KolektibilitasTable,
  KolektibilitasUnit,
} from '../../src/revolving-fund/types.js';

const bound = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.constantFrom(-1, 1.5, Number.NaN, 2 ** 53, '5', null),
);
const levelLike = fc.record(
  {
    level: fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constantFrom(1.5, '2', -1)),
    code: fc.constantFrom('lancar', 'macet', 'kurang_lancar', 'Lancar', '_x', 'a'.repeat(101), 7),
    label: fc.constantFrom(
      { id: 'Lancar', en: 'Current' },
      { id: ' ', en: 'x' },
      { id: '', en: 'x' },
      { id: 'x' },
      'label',
    ),
    from: bound,
    to: fc.option(bound, { nil: undefined }),
    provisionRate: fc.oneof(
      fc.constantFrom('0.05', '1', '0', 0.5, 1.5, -0.1, '1.0000001', 'abc', null, undefined),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
  },
  { requiredKeys: ['level', 'code', 'label', 'from', 'provisionRate'] },
);
/** Tables near the rules' edges: shipped levels with one edited, or made-up levels. */
const tableLike = fc.oneof(
  fc.record({
    id: fc.constantFrom('t', '', ' ', 'x'.repeat(201), 3),
    source: fc.constantFrom('POJK', '', ' '),
    unit: fc.constantFrom('days', 'instalments', 'months', 'weeks'),
    levels: fc.array(levelLike, { maxLength: 5 }),
  }),
  fc.tuple(fc.nat({ max: 4 }), levelLike).map(([i, level]) => ({
    ...OJK_BANK_2019,
    levels: OJK_BANK_2019.levels.map((l, j) => (j === i ? { ...l, ...level } : l)),
  })),
  fc.constant(OJK_BANK_2019),
);

describe('kolektibilitas rules, written once', () => {
  it('KolektibilitasTableSchema and checkKolektibilitasTable accept and reject the same tables', () => {
    fc.assert(
      fc.property(tableLike, (table) => {
        const bySchema = KolektibilitasTableSchema.safeParse(table).success;
        const byChecker = checkKolektibilitasTable(table).length === 0;
        expect(bySchema).toBe(byChecker);
        if (byChecker)
          expect(resolveKolektibilitasTable(table as KolektibilitasTable).id).toBe(table.id);
      }),
      { numRuns: 400 },
    );
  });

  it('the public types are the schemas output (no hand-written copy)', () => {
    expectTypeOf<KolektibilitasLevel>().toEqualTypeOf<
      Readonly<z.output<typeof KolektibilitasLevelSchema>>
    >();
    expectTypeOf<KolektibilitasTable['unit']>().toEqualTypeOf<
      z.output<typeof KolektibilitasTableSchema>['unit']
    >();
    expectTypeOf<KolektibilitasUnit>().toEqualTypeOf<'days' | 'instalments' | 'months'>();
    expect([...KOLEKTIBILITAS_UNITS]).toEqual(['days', 'instalments', 'months']);
  });

  it('reads the rules as POJK-shaped tables need them', () => {
    expect(isLevelCode('dalam_perhatian_khusus')).toBe(true);
    expect(isLevelCode('Dalam_perhatian')).toBe(false);
    expect(isLevelCode('a'.repeat(101))).toBe(false);
    expect(isLabel({ id: 'Macet', en: 'Loss' })).toBe(true);
    expect(isLabel({ id: '  ', en: 'Loss' })).toBe(false);
    expect(readProvisionRate('0.15')?.toFixed()).toBe('0.15');
    expect(readProvisionRate(1)?.toFixed()).toBe('1');
    expect(readProvisionRate('1.01')).toBeUndefined();
    expect(readProvisionRate(-0.01)).toBeUndefined();
    expect(readProvisionRate(null)).toBeUndefined();
  });
});
