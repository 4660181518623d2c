import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SejahteraError } from '../../src/index.js';
import {
  categorize,
  correlationPValue,
  cronbachAlpha,
  logGamma,
  pearson,
  regularizedIncompleteBeta,
  spearman,
  studentTTwoSidedP,
} from '../../src/tridaya/index.js';
import n191 from './fixtures/n191.json' with { type: 'json' };

// Reference values: scipy 1.17.1 (stats.spearmanr, stats.pearsonr, stats.t.sf, special.betainc,
// special.gammaln) and numpy 2.4 on this machine, by tests/tridaya/fixtures/reference.py.

const close = (actual: number, expected: number, tol: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
const relClose = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('spearman: rho with average ranks for ties and two-sided t-based p (as SPSS)', () => {
  it('matches scipy on a small sample with ties', () => {
    const r = spearman([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4]);
    close(r.rho, 0.1384567651467695, 1e-10);
    close(r.p, 0.6847503048108998, 1e-6);
    expect(r.df).toBe(9);
    expect(r.n).toBe(11);
  });

  it('matches scipy on 191 Likert-like pairs with heavy ties (the seed 004 sample size)', () => {
    const r = spearman(n191.x, n191.y);
    close(r.rho, n191.spearman.rho, 1e-10);
    relClose(r.p, n191.spearman.p, 1e-6);
    expect(r.df).toBe(189);
  });

  it('matches scipy on a negative correlation with decimals and a tie', () => {
    const x = [0.5, 1.25, -2.0, 3.75, 10.0, 4.5, 4.5, -1.0];
    const y = [9.0, 8.5, 12.0, 7.0, 1.0, 6.0, 6.5, 10.0];
    const r = spearman(x, y);
    close(r.rho, -0.9940297973880049, 1e-10);
    relClose(r.p, 5.296153515644835e-7, 1e-6);
  });

  it('computes the t statistic as rho * sqrt(df / (1 - rho^2))', () => {
    // x = 1..5, y = 5,6,7,8,7: ranks of y = 1,2,3.5,5,3.5; d = 0,0,-0.5,-1,1.5; with ties use Pearson on
    // ranks: rx - 3 = -2,-1,0,1,2; ry - 3 = -2,-1,0.5,2,0.5 -> sxy = 4+1+0+2+1 = 8, sxx = 10,
    // syy = 4+1+0.25+4+0.25 = 9.5 -> rho = 8 / sqrt(95) = 0.82078...
    const r = spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);
    close(r.rho, 8 / Math.sqrt(95), 1e-14);
    close(r.t, r.rho * Math.sqrt(3 / (1 - r.rho ** 2)), 1e-12);
  });

  it('gives rho = 1 and p = 0 for a perfectly monotone relation', () => {
    const r = spearman([1, 2, 3, 4], [10, 20, 30, 1000]);
    expect(r.rho).toBe(1);
    expect(r.p).toBe(0);
    expect(r.t).toBe(Number.POSITIVE_INFINITY);
  });

  it('treats n < 3, a constant series, mismatched lengths and NaN as errors, never NaN', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SejahteraError);
        return (e as { issues?: { code: string }[] }).issues?.[0]?.code;
      }
      return 'no error';
    };
    expect(code(() => spearman([1, 2], [2, 1]))).toBe('too_few_observations');
    expect(code(() => spearman([1, 1, 1], [1, 2, 3]))).toBe('constant_series');
    expect(code(() => pearson([1, 2, 3], [4, 4, 4]))).toBe('constant_series');
    expect(code(() => spearman([1, 2, 3], [1, 2]))).toBe('length_mismatch');
    // Codes changed in 0.2 (CHANGELOG, "one code per fault"): a non-finite number is the core's
    // not_finite (was not_a_number), a hole required, a non-number invalid_type, as every schema says.
    expect(code(() => pearson([1, Number.NaN, 3], [1, 2, 3]))).toBe('not_finite');
    expect(code(() => spearman([1, 2, 3, 4], [1, 2, Number.POSITIVE_INFINITY, 4]))).toBe(
      'not_finite',
    );
    expect(code(() => spearman([1, undefined, 3] as number[], [1, 2, 3]))).toBe('required');
    expect(code(() => spearman([1, '2', 3] as never, [1, 2, 3]))).toBe('invalid_type');
    expect(code(() => spearman('1,2,3' as never, [1, 2, 3]))).toBe('invalid_type');
  });
});

describe('pearson', () => {
  it('matches scipy on three samples', () => {
    const a = pearson([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4]);
    close(a.r, 0.09422924859889797, 1e-10);
    close(a.p, 0.7828721022183328, 1e-6);
    const b = pearson(n191.x, n191.y);
    close(b.r, n191.pearson.r, 1e-10);
    relClose(b.p, n191.pearson.p, 1e-6);
    const c = pearson(
      [0.5, 1.25, -2.0, 3.75, 10.0, 4.5, 4.5, -1.0],
      [9.0, 8.5, 12.0, 7.0, 1.0, 6.0, 6.5, 10.0],
    );
    close(c.r, -0.990804060984508, 1e-10);
    relClose(c.p, 1.9307592189442426e-6, 1e-6);
  });

  it('gives r = 3.5 / sqrt(23.75) = 0.71818 for a hand-worked sample', () => {
    // x - 2.5 = -1.5,-0.5,0.5,1.5; y - 3.75 = -1.75,0.25,1.25,0.25: sxy = 2.625-0.125+0.625+0.375 = 3.5,
    // sxx = 5, syy = 3.0625+0.0625+1.5625+0.0625 = 4.75 -> r = 3.5 / sqrt(23.75) = 0.71818...
    close(pearson([1, 2, 3, 4], [2, 4, 5, 4]).r, 3.5 / Math.sqrt(23.75), 1e-14);
  });
});

describe('correlationPValue: the seed 004 triples (n = 191)', () => {
  it("rounds p for rho 0.182 to the seed's 0.012", () => {
    const p = correlationPValue(0.182, 191);
    close(p, 0.011740137955230339, 1e-6);
    expect(p.toFixed(3)).toBe('0.012');
  });

  it('matches scipy for rho 0.087 and 0.052', () => {
    close(correlationPValue(0.087, 191), 0.2314072141669792, 1e-6);
    close(correlationPValue(0.052, 191), 0.4749672795321808, 1e-6);
  });

  it("brackets the seed's p 0.230 and 0.471 within the rounding of the printed rho", () => {
    // The seed prints rho to 3 decimals; p falls as |rho| grows, so a printed rho r stands for
    // [r - 0.0005, r + 0.0005) and the published p must lie between p(r + 0.0005) and p(r - 0.0005).
    for (const [rho, published] of [
      [0.087, 0.23],
      [0.052, 0.471],
      [0.182, 0.012],
    ] as const) {
      expect(correlationPValue(rho + 0.0005, 191)).toBeLessThanOrEqual(published + 0.0005);
      expect(correlationPValue(rho - 0.0005, 191)).toBeGreaterThanOrEqual(published - 0.0005);
    }
  });

  it('rejects r outside -1..1 and n < 3', () => {
    expect(() => correlationPValue(1.2, 10)).toThrow(SejahteraError);
    expect(() => correlationPValue(0.2, 2)).toThrow(SejahteraError);
  });
});

describe('special functions', () => {
  it('studentTTwoSidedP matches scipy 2 * t.sf(|t|, df)', () => {
    const table: [number, number, number][] = [
      [0.0, 10, 1.0],
      [1.0, 1, 0.5000000000000001],
      [2.0, 2, 0.18350341907227397],
      [2.5445846321783727, 189, 0.011740137955230339],
      [-3.3, 7, 0.013120714938438112],
      [0.05, 500, 0.9601423553106244],
      [12.0, 30, 5.580185415199261e-13],
      [1.96, 100000, 0.04999856319430168],
    ];
    for (const [t, df, p] of table) relClose(studentTTwoSidedP(t, df), p, 1e-10);
  });

  it('stays accurate for very large df (scipy 2 * t.sf), where log-gammas of 500,000 would cancel', () => {
    relClose(studentTTwoSidedP(3, 999_998), 0.002699862541554751, 1e-9);
    relClose(studentTTwoSidedP(0.5, 999_998), 0.6170751874725914, 1e-9);
    relClose(regularizedIncompleteBeta(0.49, 1000, 1000), 0.1855526594315119, 1e-10);
    close(regularizedIncompleteBeta(0.5, 500_000, 500_000), 0.5, 1e-9);
  });

  it('regularizedIncompleteBeta matches scipy betainc to 1e-12 relative', () => {
    const table: [number, number, number, number][] = [
      [0.5, 2, 3, 0.6875],
      [0.3, 2.5, 7, 0.6412224629717214],
      [0.9, 0.5, 0.5, 0.7951672353008665],
      [0.01, 1, 1, 0.01],
      [0.999, 30, 0.5, 0.8072373061595369],
      [0.2, 95, 0.5, 2.5570118295084234e-68],
      [0.7, 10, 20, 0.9999828580828269],
    ];
    for (const [x, a, b, v] of table) relClose(regularizedIncompleteBeta(x, a, b), v, 1e-12);
  });

  it('logGamma matches scipy gammaln', () => {
    const table: [number, number][] = [
      [0.5, 0.5723649429247],
      [3.5, 1.2009736023470743],
      [10, 12.801827480081469],
      [100, 359.1342053695754],
      [171.5, 709.1431630309283],
      [0.001, 6.907178885383853],
    ];
    for (const [x, v] of table) relClose(logGamma(x), v, 1e-13);
    close(logGamma(1), 0, 1e-15);
    close(logGamma(2), 0, 1e-15);
  });
});

describe('cronbachAlpha', () => {
  it('computes alpha = 408/437 on a 6 x 4 textbook-style matrix', () => {
    // Item variances (n - 1): 1.1, 0.8, 1.1, 41/30 -> sum 131/30; totals 16,13,19,9,17,11 have
    // variance 437/30; alpha = 4/3 * (1 - 131/437) = 4/3 * 306/437 = 408/437 = 0.933638...
    const r = cronbachAlpha([
      [4, 5, 4, 3],
      [3, 4, 3, 3],
      [5, 5, 4, 5],
      [2, 3, 2, 2],
      [4, 4, 5, 4],
      [3, 3, 3, 2],
    ]);
    close(r.alpha, 408 / 437, 1e-14);
    close(r.alpha, 0.9336384439359267, 1e-12); // numpy
    close(r.totalVariance, 437 / 30, 1e-12);
    for (const [i, v] of [1.1, 0.8, 1.1, 41 / 30].entries())
      close(r.itemVariances[i] as number, v, 1e-14);
    expect(r.items).toBe(4);
    expect(r.respondents).toBe(6);
  });

  it("reproduces a textbook's SPSS output: alpha 0.633 on 10 respondents x 5 items (Denis)", () => {
    // D. J. Denis, Applied Univariate, Bivariate, and Multivariate Statistics (Wiley), the
    // RELIABILITY /MODEL=ALPHA example: SPSS prints Cronbach's alpha 0.633 and item SDs 2.71006,
    // 5.05085, 4.74810, 2.71621, 3.80058. Exactly (Python fractions): item variances 661/90,
    // 1148/45, 2029/90, 332/45, 130/9 (sum 695/9); total variance 7042/45; alpha =
    // 5/4 (1 - 3475/7042) = 5/4 x 3567/7042 = 17835/28168 = 0.633165...
    const r = cronbachAlpha([
      [10, 12, 15, 11, 12],
      [12, 18, 12, 12, 1],
      [8, 16, 14, 14, 4],
      [6, 8, 16, 8, 6],
      [4, 7, 8, 7, 5],
      [6, 6, 3, 7, 3],
      [3, 4, 6, 5, 8],
      [7, 3, 7, 9, 9],
      [8, 9, 4, 10, 10],
      [9, 5, 6, 11, 12],
    ]);
    expect(r.alpha.toFixed(3)).toBe('0.633');
    close(r.alpha, 17835 / 28168, 1e-14);
    close(r.totalVariance, 7042 / 45, 1e-12);
    const sds = r.itemVariances.map((v) => Math.sqrt(v).toFixed(5));
    expect(sds).toEqual(['2.71006', '5.05085', '4.74810', '2.71621', '3.80058']);
  });

  it('gives alpha = 1 for two identical items and rejects a constant total', () => {
    // var_i = v each, total = 2x has var 4v: alpha = 2 * (1 - 2v / 4v) = 1
    close(
      cronbachAlpha([
        [1, 1],
        [2, 2],
        [4, 4],
      ]).alpha,
      1,
      1e-14,
    );
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [2, 1],
        [3, 0],
      ]),
    ).toThrow(SejahteraError);
    expect(() => cronbachAlpha([[1, 2], [2]])).toThrow(SejahteraError);
    expect(() => cronbachAlpha([[1], [2]])).toThrow(SejahteraError);
  });
});

describe('categorize', () => {
  const values = [12, 15, 15, 18, 20, 21, 21, 21, 24, 25, 27, 30, 31, 35];

  it('tercile cut points are the type-7 quantiles at 1/3 and 2/3 (numpy.percentile)', () => {
    const r = categorize(values, { method: 'tercile' });
    // h = 13/3 = 4.333 -> 20 + 0.333 * (21 - 20); h = 26/3 = 8.667 -> 24 + 0.667 * (25 - 24)
    close(r.cutPoints.lower, 20.333333333333336, 1e-12);
    close(r.cutPoints.upper, 24.666666666666668, 1e-12);
    expect(r.counts).toEqual({ low: 5, medium: 4, high: 5 });
  });

  it('mean-sd uses mean +/- 1 sample SD with lower-inclusive groups', () => {
    const r = categorize(values, { method: 'mean-sd' });
    close(r.mean, 22.5, 1e-12);
    close(r.sd, 6.618737969408693, 1e-12);
    // 22.5 -/+ 6.6187 = 15.881 / 29.119: low 12,15,15; high 30,31,35
    expect(r.counts).toEqual({ low: 3, medium: 8, high: 3 });
  });

  it('puts a value equal to a cut point in the upper group', () => {
    const r = categorize([1, 2, 3, 4, 5, 6, 7], { method: 'tercile' });
    // h = 2 -> 3, h = 4 -> 5 exactly
    expect(r.cutPoints).toEqual({ lower: 3, upper: 5 });
    expect(r.categories).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'high']);
  });

  it('rejects constant values and unknown methods', () => {
    expect(() => categorize([2, 2, 2])).toThrow(SejahteraError);
    // @ts-expect-error an unknown method
    expect(() => categorize([1, 2, 3], { method: 'quartile' })).toThrow(SejahteraError);
  });
});

describe('properties', () => {
  const series = fc
    .integer({ min: 3, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
      ),
    );
  const nonConstant = ([x, y]: [number[], number[]]) => new Set(x).size > 1 && new Set(y).size > 1;

  it('rho stays in -1..1, p in 0..1, and spearman is symmetric', () => {
    fc.assert(
      fc.property(series.filter(nonConstant), ([x, y]) => {
        const a = spearman(x, y);
        const b = spearman(y, x);
        expect(a.rho).toBeGreaterThanOrEqual(-1);
        expect(a.rho).toBeLessThanOrEqual(1);
        expect(a.p).toBeGreaterThanOrEqual(0);
        expect(a.p).toBeLessThanOrEqual(1);
        close(a.rho, b.rho, 1e-15);
      }),
    );
  });

  it('permuting the pairs changes nothing', () => {
    fc.assert(
      fc.property(series.filter(nonConstant), fc.integer(), ([x, y], seed) => {
        const order = x
          .map((_, i) => i)
          .sort((i, j) => ((i * 7919 + seed) % 97) - ((j * 7919 + seed) % 97));
        const px = order.map((i) => x[i] as number);
        const py = order.map((i) => y[i] as number);
        close(spearman(px, py).rho, spearman(x, y).rho, 1e-12);
        close(pearson(px, py).r, pearson(x, y).r, 1e-12);
      }),
    );
  });

  it('spearman is invariant under a strictly increasing transform', () => {
    fc.assert(
      fc.property(series.filter(nonConstant), ([x, y]) => {
        close(
          spearman(
            x.map((v) => v ** 3 + 10),
            y,
          ).rho,
          spearman(x, y).rho,
          1e-12,
        );
      }),
    );
  });
});
