// A registry that cannot be read is one whole input: `unreadable_input`, as everywhere (issue 10,
// one code per fault; docs/core.md). `unreadable_row` is only for one row of a batch.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { createRegistry } from '../../src/kpb/index.js';
import { thrown } from '../helpers/thrown.js';

describe('createRegistry over an unreadable input', () => {
  it('an entry whose getter throws: ValidationError unreadable_input at registry', () => {
    const entries = [
      {
        get nik(): string {
          throw new TypeError('trap');
        },
      },
    ];
    const error = thrown(() => createRegistry(entries as never));
    if (!(error instanceof ValidationError))
      throw new Error(`not a ValidationError: ${error.name}`);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', ['registry']]]);
  });

  it('a list whose every read throws: the same code', () => {
    const entries = new Proxy([], {
      get() {
        throw new RangeError('trap');
      },
    });
    const error = thrown(() => createRegistry(entries as never));
    if (!(error instanceof ValidationError))
      throw new Error(`not a ValidationError: ${error.name}`);
    expect(error.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });
});
