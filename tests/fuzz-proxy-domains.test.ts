import { describe, expect, it } from 'vitest';
import { SejahteraError } from '../src/core/index.js';
import * as kpb from '../src/kpb/index.js';
import * as pkh from '../src/pkh/index.js';
import * as poverty from '../src/poverty/index.js';
import * as revolvingFund from '../src/revolving-fund/index.js';
import * as tridaya from '../src/tridaya/index.js';

// Every function each domain exports, with a Proxy that throws on every read (revoked, or with throwing
// traps) at every argument position: it returns, or throws a SejahteraError, never the Proxy's own error.
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
const poisons = [revoked, trapping, () => [trapping()], () => ({ nested: revoked() })];

const domains = { poverty, 'revolving-fund': revolvingFund, kpb, tridaya, pkh };
const cases = Object.entries(domains).flatMap(([domain, mod]) =>
  (Object.entries(mod) as [string, unknown][])
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(
      ([name, value]) => [`${domain}: ${name}`, value as (...args: unknown[]) => unknown] as const,
    ),
);

describe('domain functions with a hostile Proxy as an argument', () => {
  it('finds the functions of every domain', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s returns or throws a SejahteraError', async (_name, fn) => {
    for (const make of poisons) {
      for (let arity = 1; arity <= 3; arity++) {
        for (let position = 0; position < arity; position++) {
          const args: unknown[] = ['2024-01-31', 1, {}].slice(0, arity);
          args[position] = make();
          try {
            const result = fn(...args);
            if (result instanceof Promise) await result.catch(() => undefined);
          } catch (error) {
            expect(error).toBeInstanceOf(SejahteraError);
          }
        }
      }
    }
  });
});
