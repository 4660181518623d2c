import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import { SejahteraError } from '../../src/core/index.js';

// Proxies whose every read throws, passed at every argument position of every function the core
// exports: a revoked Proxy (even Array.isArray throws on it) and one whose traps throw a plain Error.
function revoked(): object {
  const p = Proxy.revocable({}, {});
  p.revoke();
  return p.proxy;
}
const fail = () => {
  throw new Error('trap');
};
const trapping = () =>
  new Proxy(
    {},
    { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail },
  );
const poisons: [string, () => unknown][] = [
  ['revoked', revoked],
  ['trapping', trapping],
  ['[trapping]', () => [trapping()]],
  ['{ nested: revoked }', () => ({ nested: revoked() })],
];

const functions = (Object.entries(core) as [string, unknown][])
  .filter(
    ([name, value]) =>
      typeof value === 'function' && !/^[A-Z]/.test(name) && name !== 'validateStream',
  )
  .map(([name, value]) => [name, value as (...args: unknown[]) => unknown] as const);

describe('every core function with a hostile Proxy as an argument', () => {
  it('covers the functions it means to', () => {
    expect(functions.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'roundRupiah',
        'allocateRupiah',
        'valueAt',
        'validateBatch',
        'periodicRate',
      ]),
    );
  });

  it.each(functions)('%s returns or throws a SejahteraError', (_name, fn) => {
    for (const [, make] of poisons) {
      for (let arity = 1; arity <= 3; arity++) {
        for (let position = 0; position < arity; position++) {
          const args: unknown[] = ['2024-01-31', 1, {}].slice(0, arity);
          args[position] = make();
          try {
            fn(...args);
          } catch (error) {
            expect(error).toBeInstanceOf(SejahteraError);
          }
        }
      }
    }
  });

  it('names the problem unreadable_input', () => {
    try {
      core.roundRupiah(trapping() as never);
      expect.unreachable();
    } catch (error) {
      expect((error as core.ValidationError).issues[0]?.code).toBe('unreadable_input');
      expect((error as core.ValidationError).messages.id).toContain('tidak dapat dibaca');
    }
  });
});
