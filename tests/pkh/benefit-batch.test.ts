import { describe, expect, it } from 'vitest';
import { ConfigurationError, ParameterNotFoundError } from '../../src/core/index.js';
import { pkhBenefits } from '../../src/pkh/index.js';

describe('pkhBenefits (a batch of families)', () => {
  it('every family is a result or a rejection with its index', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const r = pkhBenefits(
      [
        { id: 'A', persons: [{ component: 'sd' }, { component: 'lansia' }] },
        { id: 'B', persons: [{ component: 'kuliah' }] },
        null,
        throwing,
        { persons: [] },
      ],
      { year: 2022, locale: 'id' },
    );
    expect(r.counts).toEqual({ total: 5, valid: 2, rejected: 3 });
    // 900,000 + 2,400,000 = 3,300,000.
    expect(r.valid.map((v) => [v.index, v.value.total])).toEqual([
      [0, 3_300_000],
      [4, 0],
    ]);
    expect(
      r.rejected.map((x) => [x.index, x.issues[0]?.code, x.issues[0]?.path.join('.')]),
    ).toEqual([
      [1, 'invalid_value', 'persons.0.component'],
      [2, 'invalid_type', ''],
      [3, 'unreadable_row', ''],
    ]);
  });

  it('a bad option throws once instead of rejecting every row', () => {
    expect(() => pkhBenefits([{ persons: [] }], { year: 2018 })).toThrow(ParameterNotFoundError);
    expect(() => pkhBenefits([{ persons: [] }], { year: 0 })).toThrow(ConfigurationError);
  });
});
