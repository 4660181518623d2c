// One code per fault (issue 10, docs/core.md): a whole input a function cannot read is the thrown
// `unreadable_input`; the same fault on one row of a batch or stream is that row's `unreadable_row`.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  assessLoanStream,
  assessLoans,
  classifyKolektibilitas,
} from '../../src/revolving-fund/index.js';
import { thrown } from '../helpers/thrown.js';

/** An object every read of which throws (a Proxy trap), as a broken caller's object might. */
const trap = () =>
  new Proxy(
    {},
    {
      get() {
        throw new TypeError('trap');
      },
      has() {
        throw new TypeError('trap');
      },
      ownKeys() {
        throw new TypeError('trap');
      },
    },
  );

describe('unreadable whole input vs unreadable row', () => {
  it('classifyKolektibilitas over unreadable arrears: ValidationError unreadable_input', () => {
    const error = thrown(() => classifyKolektibilitas('upk-perkotaan-2013', trap() as never));
    if (!(error instanceof ValidationError))
      throw new Error(`not a ValidationError: ${error.name}`);
    expect(error.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });

  it('assessLoans: an unreadable loan record is rejected as unreadable_row, with its index', () => {
    const r = assessLoans([trap() as never], { asOf: '2024-04-20' });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [0, ['unreadable_row']],
    ]);
    expect(r.valid).toEqual([]);
  });

  it('assessLoanStream: the same row, the same code', async () => {
    const out = [];
    for await (const record of assessLoanStream([trap() as never], { asOf: '2024-04-20' })) {
      out.push(record);
    }
    expect(out).toHaveLength(1);
    expect(out[0]?.ok).toBe(false);
    if (out[0]?.ok === false) expect(out[0].issues.map((i) => i.code)).toEqual(['unreadable_row']);
  });
});
