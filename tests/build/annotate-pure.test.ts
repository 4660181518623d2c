import { describe, expect, it } from 'vitest';
import { annotatePure } from '../../scripts/annotate-pure.js';

describe('annotatePure (the build step that lets bundlers drop unused module-level values)', () => {
  it('wraps a schema chain with nested calls in a pure IIFE', () => {
    const out = annotatePure(
      'a.ts',
      'export const S = z.object({ a: z.number().int() }).meta({ id: "S" });\n',
    );
    expect(out).toBe(
      'export const S = /* @__PURE__ */ (() => (z.object({ a: z.number().int() }).meta({ id: "S" })))();\n',
    );
  });

  it('keeps `as const satisfies` on the literal by wrapping it in a block', () => {
    const out = annotatePure('a.ts', 'const T = { a: v(1) } as const satisfies R;\n');
    expect(out).toBe(
      'const T = /* @__PURE__ */ (() => { return { a: v(1) } as const satisfies R; })();\n',
    );
  });

  it('leaves values that run no code, functions, lets and what esbuild knows is pure', () => {
    const source = [
      'const A = { a: 1, b: [2, 3] } as const;',
      'const f = (x: number) => g(x);',
      'let n = g(1);',
      'const m = new Map<string, number>();',
      'const s = Symbol("x");',
      'function h() { const inner = g(2); return inner; }',
    ].join('\n');
    expect(annotatePure('a.ts', source)).toBe(source);
  });

  it('computes the same value, once, in the same order', () => {
    const log: string[] = [];
    const g = (x: string) => {
      log.push(x);
      return x;
    };
    const out = annotatePure('a.ts', 'const A = g("a");\nconst B = g("b") + A;\nreturn [A, B];');
    expect(new Function('g', out)(g)).toEqual(['a', 'ba']);
    expect(log).toEqual(['a', 'b']);
  });

  it('folds a later `deepFreeze(NAME);` into NAME, so the freeze goes away with an unused value', () => {
    const source = [
      'export const M = { a: { en: () => "x" } };',
      'deepFreeze(M);',
      'const T = { b: [1] } as const satisfies R;',
      'deepFreeze(T);',
      'deepFreeze(other);',
    ].join('\n');
    expect(annotatePure('a.ts', source)).toBe(
      [
        'export const M = /* @__PURE__ */ (() => (deepFreeze({ a: { en: () => "x" } })))();',
        '',
        'const T = /* @__PURE__ */ (() => { return deepFreeze({ b: [1] } as const satisfies R); })();',
        '',
        'deepFreeze(other);',
      ].join('\n'),
    );
  });

  it('freezes the value at its declaration, before any later reader', () => {
    const deepFreeze = <T>(v: T): T => Object.freeze(v);
    const out = annotatePure(
      'a.ts',
      'const A = { x: 1 };\nconst frozen = Object.isFrozen(A);\ndeepFreeze(A);\nreturn [A, frozen];',
    );
    const [value, frozen] = new Function('deepFreeze', out)(deepFreeze) as [object, boolean];
    expect(Object.isFrozen(value)).toBe(true);
    expect(frozen).toBe(true);
  });
});
