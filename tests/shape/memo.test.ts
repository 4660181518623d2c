import { describe, expect, it } from 'vitest';
import { memoize, memoize1, memoizeByObject } from '../../src/_internal/memo.js';

describe('memo tables (_internal/memo.ts)', () => {
  it('computes each key once and answers repeats with the same value', () => {
    let calls = 0;
    const add = memoize(
      (a: number, b: number, c: string) => {
        calls++;
        return { sum: a + b, c };
      },
      (a, b, c) => `${a}|${b}|${c}`,
    );
    const first = add(1, 2, 'x');
    expect(add(1, 2, 'x')).toBe(first);
    expect(add(2, 1, 'x')).toEqual({ sum: 3, c: 'x' });
    expect(add(1, 2, 'x')).toBe(first);
    expect(calls).toBe(2);
  });

  it('is bounded: the table is emptied when it reaches its limit', () => {
    let calls = 0;
    const square = memoize1((n: number) => {
      calls++;
      return n * n;
    }, 2);
    expect([square(1), square(2), square(3), square(1)]).toEqual([1, 4, 9, 1]);
    // 1 and 2 filled the table; 3 emptied it; 1 had to be computed again.
    expect(calls).toBe(4);
  });

  it('does not remember a computation that throws', () => {
    let calls = 0;
    const risky = memoize1((s: string) => {
      calls++;
      if (calls === 1) throw new Error('first call fails');
      return s.length;
    });
    expect(() => risky('abc')).toThrow('first call fails');
    expect(risky('abc')).toBe(3);
  });

  it('computes values that are neither string nor number without the table (no shared keys)', () => {
    const describe1 = memoize1((v: string) => String(typeof v));
    const a = Symbol('same');
    const b = Symbol('same');
    expect(describe1(a as never)).toBe('symbol');
    expect(describe1(b as never)).toBe('symbol');
    expect(describe1({ toString: () => 'x' } as never)).toBe('object');
    expect(describe1('x')).toBe('string');
  });

  it('memoizeByObject: one computation per object, none shared between equal objects', () => {
    let calls = 0;
    const size = memoizeByObject((o: { readonly items: readonly number[] }) => {
      calls++;
      return { n: o.items.length };
    });
    const a = Object.freeze({ items: Object.freeze([1, 2]) });
    const b = Object.freeze({ items: Object.freeze([1, 2]) });
    expect(size(a)).toBe(size(a));
    expect(size(b)).toEqual({ n: 2 });
    expect(size(b)).not.toBe(size(a));
    expect(calls).toBe(2);
  });
});
