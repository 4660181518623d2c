import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateDayaBudget,
  bandsForScale,
  categorize,
  classifyPercentage,
  correlationPValue,
  cronbachAlpha,
  dayaBudgetShares,
  defineInstrument,
  effectivenessRatio,
  logGamma,
  pearson,
  regularizedIncompleteBeta,
  safeDefineInstrument,
  scoreResponseColumns,
  scoreResponses,
  scoreTridaya,
  spearman,
  studentTTwoSidedP,
} from '../../src/tridaya/index.js';
import { corrupt, expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Every public function, given anything, returns its result or throws a SejahteraError.
const runs = { numRuns: 300 };

const definition = {
  id: 'fuzz',
  scale: { min: 1, max: 5 },
  items: [
    { id: 's1', daya: 'sosial', text: 'Q', reverse: true, weight: 2 },
    { id: 'e1', daya: 'ekonomi' },
    { id: 'l1', daya: 'lingkungan' },
  ],
  dayas: ['sosial', 'ekonomi', 'lingkungan'],
};
const instrument = defineInstrument(definition as Parameters<typeof defineInstrument>[0]);
const responses = [
  [4, 2, 3],
  { id: 'r', answers: { s1: 1, e1: 5, l1: null } },
  { s1: 2, e1: 2, l1: 2 },
];
const options = {
  missing: 'skip',
  dayaWeights: { sosial: 1, ekonomi: 2, lingkungan: 1 },
  bands: 'likert-3-equal',
};
const throwing = new Proxy([1, 2, 3], {
  get() {
    throw new Error('boom');
  },
});

describe('fuzz: instruments and scoring', () => {
  it('defineInstrument / safeDefineInstrument', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, corrupt(definition)), (bad) => {
        expectReturnsOrSejahteraError(() => defineInstrument(bad as never));
        const r = safeDefineInstrument(bad);
        expect(typeof r.success).toBe('boolean');
      }),
      runs,
    );
  });

  it('scoreResponses with hostile instrument, responses or options', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(definition), fc.constant(instrument)),
        fc.oneof(hostile, corrupt(responses), fc.constant(responses)),
        fc.oneof(hostile, corrupt(options), fc.constant(options)),
        (inst, rows, opts) => {
          expectReturnsOrSejahteraError(() =>
            scoreResponses(inst as never, rows as never, opts as never),
          );
          expectReturnsOrSejahteraError(() =>
            scoreResponseColumns(inst as never, rows as never, opts as never),
          );
        },
      ),
      runs,
    );
  });

  it('scoreResponses never throws for a bad row: every row comes back with its index', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostile, corrupt(responses[1]), corrupt(responses[0]))),
        (rows) => {
          const r = scoreResponses(instrument, [...rows, throwing] as never);
          expect(r.counts.total).toBe(rows.length + 1);
          expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
          const seen = [...r.valid.map((v) => v.index), ...r.rejected.map((x) => x.index)].sort(
            (a, b) => a - b,
          );
          expect(seen).toEqual(Array.from({ length: rows.length + 1 }, (_, i) => i));
        },
      ),
      runs,
    );
  });

  it('bandsForScale / classifyPercentage', () => {
    const bands = [
      { code: 'a', from: 0, to: 50 },
      { code: 'b', from: 50, to: 100 },
    ];
    fc.assert(
      fc.property(hostile, fc.oneof(hostile, corrupt(bands)), (x, b) => {
        expectReturnsOrSejahteraError(() => bandsForScale(x as never, b as never));
        expectReturnsOrSejahteraError(() => bandsForScale({ min: 1, max: 5 }, b as never));
        expectReturnsOrSejahteraError(() => classifyPercentage(x as never, bands));
        expectReturnsOrSejahteraError(() => classifyPercentage(50, b as never));
      }),
      runs,
    );
  });
});

describe('fuzz: effectiveness, index, budget', () => {
  it('effectivenessRatio', () => {
    const preset = {
      id: 'p',
      source: 's',
      bands: [
        { code: 'hi', label: { id: 'T', en: 'H' }, lower: { value: 50, inclusive: true } },
        { code: 'lo', label: { id: 'R', en: 'L' }, upper: { value: 50, inclusive: false } },
      ],
    };
    fc.assert(
      fc.property(hostile, hostile, fc.oneof(hostile, corrupt({ preset })), (r, t, o) => {
        expectReturnsOrSejahteraError(() => effectivenessRatio(r as never, t as never, o as never));
        expectReturnsOrSejahteraError(() => effectivenessRatio(5, 10, o as never));
      }),
      runs,
    );
  });

  it('scoreTridaya', () => {
    const scores = { sosial: 60, ekonomi: { percentage: 70 }, lingkungan: 50 };
    const opts = {
      method: 'geometric',
      weights: { sosial: 1, ekonomi: 2, lingkungan: 1 },
      scale: { min: 1, max: 5 },
    };
    fc.assert(
      fc.property(fc.oneof(hostile, corrupt(scores)), fc.oneof(hostile, corrupt(opts)), (s, o) => {
        expectReturnsOrSejahteraError(() => scoreTridaya(s as never, o as never));
      }),
      runs,
    );
  });

  it('dayaBudgetShares / allocateDayaBudget', () => {
    const amounts = { sosial: 100, ekonomi: 300, lingkungan: 700 };
    fc.assert(
      fc.property(hostile, fc.oneof(hostile, corrupt(amounts)), (total, a) => {
        expectReturnsOrSejahteraError(() => dayaBudgetShares(a as never));
        expectReturnsOrSejahteraError(() => allocateDayaBudget(total as never, a as never));
        expectReturnsOrSejahteraError(() => allocateDayaBudget(1_000_000, a as never));
      }),
      runs,
    );
  });
});

describe('fuzz: statistics', () => {
  const x = [1, 2, 3, 4, 5];
  const y = [2, 1, 4, 3, 5];
  it('spearman / pearson', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(x)),
        fc.oneof(hostile, corrupt(y), fc.constant(y)),
        (a, b) => {
          expectReturnsOrSejahteraError(() => spearman(a as never, b as never));
          expectReturnsOrSejahteraError(() => pearson(a as never, b as never));
        },
      ),
      runs,
    );
    expectReturnsOrSejahteraError(() => spearman(throwing, y.slice(0, 3)));
  });

  it('correlationPValue / studentTTwoSidedP / regularizedIncompleteBeta / logGamma', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expectReturnsOrSejahteraError(() => correlationPValue(a as never, b as never));
        expectReturnsOrSejahteraError(() => studentTTwoSidedP(a as never, b as never));
        expectReturnsOrSejahteraError(() =>
          regularizedIncompleteBeta(a as never, b as never, c as never),
        );
        expectReturnsOrSejahteraError(() => logGamma(a as never));
      }),
      runs,
    );
  });

  it('p values stay in 0..1 for any finite t and df', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        (t, df) => {
          const p = studentTTwoSidedP(t, df);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
      runs,
    );
  });

  it('cronbachAlpha / categorize', () => {
    const m = [
      [1, 2, 3],
      [2, 3, 3],
      [3, 3, 1],
    ];
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(m)),
        fc.oneof(hostile, corrupt({ method: 'mean-sd', k: 1 })),
        (a, o) => {
          expectReturnsOrSejahteraError(() => cronbachAlpha(a as never));
          expectReturnsOrSejahteraError(() => categorize(a as never, o as never));
          expectReturnsOrSejahteraError(() => categorize([1, 2, 3], o as never));
        },
      ),
      runs,
    );
  });
});
