import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  memoize,
  memoize1,
  memoizeByObject,
  define,
  memoizeFrozen,
  recentResults,
  registry,
} from '../../src/_internal/memo.js';

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

describe('memoizeFrozen (_internal/memo.ts)', () => {
  it('remembers a frozen object, and computes a mutable one on every call', () => {
    let calls = 0;
    const total = memoizeFrozen((o: { readonly xs: readonly number[] }) => {
      calls++;
      return { sum: o.xs.reduce((a, b) => a + b, 0) };
    });
    const frozen = Object.freeze({ xs: Object.freeze([1, 2]) });
    expect(total(frozen)).toBe(total(frozen));
    expect(calls).toBe(1);
    const open = { xs: [1, 2] };
    expect(total(open)).toEqual({ sum: 3 });
    open.xs.push(4);
    // A mutable object is never answered from the table: its change is seen.
    expect(total(open)).toEqual({ sum: 7 });
    expect(calls).toBe(3);
  });

  it('does not remember a computation that throws, and passes non-objects through', () => {
    let calls = 0;
    const f = memoizeFrozen((v: unknown) => {
      calls++;
      if (calls === 1) throw new Error('first call fails');
      return typeof v;
    });
    const key = Object.freeze({});
    expect(() => f(key)).toThrow('first call fails');
    expect(f(key)).toBe('object');
    expect(f(key)).toBe('object');
    expect(f(5)).toBe('number');
    expect(calls).toBe(3);
  });
});

describe('memoizeFrozen with its own frozenness and a second key', () => {
  type Rows = { readonly rows: readonly { readonly n: number }[] };
  const deep = (o: object) =>
    Object.isFrozen(o) && (o as Rows).rows.every((r) => Object.isFrozen(r));

  it('asks its predicate: a frozen object with unfrozen rows is computed on every call', () => {
    let calls = 0;
    const sum = memoizeFrozen((o: Rows) => {
      calls++;
      return { total: o.rows.reduce((a, r) => a + r.n, 0) };
    }, deep);
    const row = { n: 2 };
    const shallow = Object.freeze({ rows: Object.freeze([row]) });
    expect(sum(shallow)).toEqual({ total: 2 });
    row.n = 5;
    // Not remembered: the change of the row is seen.
    expect(sum(shallow)).toEqual({ total: 5 });
    const frozen = Object.freeze({ rows: Object.freeze([Object.freeze({ n: 1 })]) });
    expect(sum(frozen)).toBe(sum(frozen));
    expect(calls).toBe(3);
  });

  it('passes the result to the predicate: a computation may say what it could remember', () => {
    let calls = 0;
    // Like a compiled kolektibilitas table: an unfrozen input is compiled against a frozen copy, so
    // the result was made from the input itself exactly when the input was frozen.
    const compile = memoizeFrozen(
      (o: { xs: number[] }) => {
        calls++;
        const source = Object.isFrozen(o) ? o : Object.freeze({ xs: Object.freeze([...o.xs]) });
        return Object.freeze({ source, size: o.xs.length });
      },
      (key, compiled) => compiled.source === key,
    );
    const open = { xs: [1, 2] };
    const first = compile(open);
    expect(first.size).toBe(2);
    open.xs.push(3);
    // The unfrozen input is not remembered: its change is seen ...
    expect(compile(open).size).toBe(3);
    // ... and its frozen copy is compiled once, then remembered.
    const copy = first.source as { xs: number[] };
    expect(compile(copy)).toBe(compile(copy));
    expect(compile(copy).size).toBe(2);
    expect(calls).toBe(3);
  });

  it('does not remember an undefined result', () => {
    let calls = 0;
    const f = memoizeFrozen((_o: object) => {
      calls++;
      return undefined;
    });
    const key = Object.freeze({});
    f(key);
    f(key);
    expect(calls).toBe(2);
  });
});

describe('registry (_internal/memo.ts)', () => {
  it('keeps the first value of a key: a later define changes nothing', () => {
    const r = registry<string, number>();
    expect(r.get('a')).toBeUndefined();
    define(r, 'a', 1);
    define(r, 'a', 2);
    expect(r.get('a')).toBe(1);
  });

  it('keys objects by identity (an equal object is another key) and keeps kinds of keys apart', () => {
    const r = registry<unknown, string>();
    const a = { id: 1 };
    define(r, a, 'a');
    expect(r.get(a)).toBe('a');
    expect(r.get({ id: 1 })).toBeUndefined();
    define(r, 1, 'number');
    expect(r.get('1')).toBeUndefined();
    expect(r.get(1)).toBe('number');
    const fn = () => 0;
    define(r, fn, 'function');
    expect(r.get(fn)).toBe('function');
  });
});

describe('recentResults (_internal/memo.ts)', () => {
  it('keeps the last results, oldest first, and drops the oldest when full', () => {
    const recent = recentResults<{ n: number }>(2);
    const one = { n: 1 };
    expect(recent.keep(one)).toBe(one);
    recent.keep({ n: 2 });
    recent.keep({ n: 3 });
    expect(recent.values).toEqual([{ n: 2 }, { n: 3 }]);
    expect(recent.values.includes(one)).toBe(false);
  });
});

// Issue 10 item 6: module caches are pure memo tables in _internal/memo.ts, or gone. A module-level
// Map, Set, WeakMap or WeakSet anywhere else in src/ fails here, unless listed below as a constant
// table or an accumulator's private state. (The registries of the library's own objects, written once
// at module load, are _internal/memo.ts's `registry`.)
const src = join(__dirname, '..', '..', 'src');
const MODULE_COLLECTION =
  /^(?:export )?(?:const|let|var) (\w+)[^=\n]*=\s*new (?:WeakMap|WeakSet|Map|Set)\b/gm;

/** Constant lookup tables, filled once when the module loads and never changed: data, not caches. */
const CONSTANT_TABLES = new Set([
  'src/revolving-fund/schedule/loan.ts#LOAN_KEYS',
  'src/revolving-fund/schedule/loan.ts#INTEREST_KEYS',
  'src/revolving-fund/schedule/loan.ts#RATE_KEYS',
  'src/revolving-fund/schedule/loan.ts#GRACE_KEYS',
  'src/revolving-fund/schedule/loan.ts#ROUNDING_KEYS',
  'src/revolving-fund/schedule/loan-text.ts#FREQUENCY',
  'src/revolving-fund/schedule/loan-text.ts#METHOD',
  'src/revolving-fund/schedule/loan-text.ts#PER',
  'src/revolving-fund/schedule/loan-text.ts#GRACE',
  'src/revolving-fund/schedule/loan-text.ts#MODE',
  'src/kpb/group.ts#ROLES',
  'src/kpb/text.ts#SEX',
  'src/kpb/text.ts#ROLE',
  'src/_internal/context-id.ts#CONTEXT_ID',
  'src/core/text/yes-no.ts#WORDS',
]);

/** The accumulators' private state (one entry per accumulator object the caller holds). */
const ACCUMULATOR_STATE = new Set([
  'src/revolving-fund/portfolio/accumulator.ts#states',
  'src/revolving-fund/portfolio/accumulator.ts#origins',
  'src/revolving-fund/books/monthly-report.ts#states',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('no module caches outside the memo tables (issue 10)', () => {
  const found: string[] = [];
  for (const file of sourceFiles(src)) {
    const rel = `src/${relative(src, file).split('\\').join('/')}`;
    if (rel === 'src/_internal/memo.ts') continue;
    for (const m of readFileSync(file, 'utf8').matchAll(MODULE_COLLECTION))
      found.push(`${rel}#${m[1]}`);
  }

  it('finds the module-level collections it is meant to find', () => {
    expect(found).toContain('src/revolving-fund/schedule/loan.ts#LOAN_KEYS');
  });

  it('has none but constant tables and accumulator state', () => {
    const known = (k: string) => CONSTANT_TABLES.has(k) || ACCUMULATOR_STATE.has(k);
    expect(found.filter((k) => !known(k))).toEqual([]);
  });

  it('lists no table or state that is gone (the lists cannot go stale)', () => {
    expect([...CONSTANT_TABLES, ...ACCUMULATOR_STATE].filter((k) => !found.includes(k))).toEqual(
      [],
    );
  });
});
