// The BigQuery UDAF recipe of docs/scale.md, run as written: its JavaScript (taken from the doc) in a
// node:vm context with no Node globals, after the classic-script build dist/sejahtera.global.js.
// Random households over random partitions, the state serialised as JSON between every two calls,
// partial states merged in a random order: finalize must equal one povertyMeasures pass.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInContext, createContext } from 'node:vm';
import fc from 'fast-check';
import * as sejahtera from 'sejahtera';
import { povertyMeasures } from 'sejahtera';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GLOBAL = join(root, 'dist', 'sejahtera.global.js');
const ESM = join(root, 'dist', 'sejahtera.bundle.mjs');

/** The JavaScript between AS r''' and ''' in docs/scale.md, as a script (exports dropped). */
function udafSource(): string {
  const doc = readFileSync(join(root, 'docs', 'scale.md'), 'utf8');
  const match = doc.match(/AS r'''\n([\s\S]*?)\n\s*''';/);
  if (match?.[1] === undefined) throw new Error("docs/scale.md has no AS r''' ... ''' block");
  return match[1].replace(/^(\s*)export function /gm, '$1function ');
}

interface Udaf {
  initialState(): unknown;
  aggregate(state: unknown, ...args: (number | null)[]): void;
  merge(state: unknown, partial: unknown): void;
  finalize(state: unknown): Record<string, number>;
}

let udaf: Udaf;
let context: Record<string, unknown>;

beforeAll(() => {
  // tests/cli/global-setup.ts builds the single-file builds when src/ is newer.
  if (!existsSync(GLOBAL)) throw new Error('dist/sejahtera.global.js is missing: npm run build');
  context = createContext({});
  runInContext(readFileSync(GLOBAL, 'utf8'), context, { filename: 'sejahtera.global.js' });
  runInContext(
    `${udafSource()}\nglobalThis.__udaf = { initialState, aggregate, merge, finalize };`,
    context,
    { filename: 'udaf.js' },
  );
  udaf = context.__udaf as Udaf;
}, 120_000);

const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Row = [number | null, number | null, number | null];

const row: fc.Arbitrary<Row> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.tuple(
      fc.integer({ min: 0, max: 3_000_000 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(null, -5, Number.NaN),
      fc.constantFrom(null, 0, 2.5),
      fc.constantFrom(null, -1),
    ),
  },
);

describe('the BigQuery UDAF of docs/scale.md', { timeout: 120_000 }, () => {
  it('runs with no Node globals in its context', () => {
    for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'module']) {
      expect(runInContext(`typeof ${name}`, context)).toBe('undefined');
    }
    expect(runInContext('typeof sejahtera.createPovertyAccumulator', context)).toBe('function');
  });

  it('gives one pass of povertyMeasures over any partition, serialised at every step', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 100_000, max: 2_000_000 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (rows, cuts, line, order) => {
          // Split rows at the cut points into parts (some may be empty).
          const at = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
          const parts: Row[][] = [];
          let from = 0;
          for (const c of [...at, rows.length]) {
            parts.push(rows.slice(from, c));
            from = c;
          }
          const states = parts.map((part) => {
            let state = json(udaf.initialState());
            for (const [y, size, weight] of part) {
              udaf.aggregate(state, y, size, weight, line);
              state = json(state);
            }
            return state;
          });
          // Merge in a random order: each time two states, the second into the first.
          while (states.length > 1) {
            const i = (order[states.length % order.length] ?? 0) % states.length;
            const [b] = states.splice(i, 1);
            const j = (order[(states.length + 3) % order.length] ?? 0) % states.length;
            const a = states[j];
            udaf.merge(a, json(b));
            states[j] = json(a);
          }
          const got = udaf.finalize(json(states[0]));
          const want = povertyMeasures(
            rows.map(([y, size, weight]) => ({
              expenditurePerCapita: y,
              size: size ?? undefined,
              weight: weight ?? undefined,
            })),
            { line },
          );
          const close = (a: number | undefined, b: number) =>
            expect(Math.abs((a ?? Number.NaN) - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, b));
          close(got.p0, want.p0);
          close(got.p1, want.p1);
          close(got.p2, want.p2);
          close(got.population, want.population);
          close(got.poorPopulation, want.poorPopulation);
          expect(got.households).toBe(want.counts.valid);
          expect(got.rejected).toBe(want.counts.rejected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finalize of a group with no rows is zeros', () => {
    expect(udaf.finalize(json(udaf.initialState()))).toEqual({
      p0: 0,
      p1: 0,
      p2: 0,
      population: 0,
      poorPopulation: 0,
      households: 0,
      rejected: 0,
    });
  });

  it('the ES module build exports what the main entry exports', async () => {
    const bundle = (await import(ESM)) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(sejahtera).sort());
    const m = (bundle.povertyMeasures as typeof povertyMeasures)(
      [
        { expenditurePerCapita: 300_000, size: 4 },
        { expenditurePerCapita: 450_000, size: 2 },
        { expenditurePerCapita: 900_000, size: 4 },
      ],
      { line: 600_000 },
    );
    // By hand: persons 10, poor 6; gaps 0.5 (x4) and 0.25 (x2): P1 = 2.5/10, P2 = (1 + 0.125)/10.
    expect(m.p0).toBeCloseTo(0.6, 14);
    expect(m.p1).toBeCloseTo(0.25, 14);
    expect(m.p2).toBeCloseTo(0.1125, 14);
  });
});
