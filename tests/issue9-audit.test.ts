import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// Issue 9, items 2 ("right rule") and the core fixes, each written from the expected behaviour.

function thrown(fn: () => unknown): api.SejahteraError {
  try {
    fn();
  } catch (error) {
    if (error instanceof api.SejahteraError) return error;
    throw error;
  }
  throw new Error('did not throw');
}
const codes = (e: api.SejahteraError) =>
  e instanceof api.ValidationError ? e.issues.map((i) => [i.code, i.path.join('.')]) : [[e.code]];

describe('a wrong type is invalid_type (with expected and received), never a range rule', () => {
  it('povertyMeasures: CSV strings, NaN and null are type problems, not negative amounts', () => {
    const r = api.povertyMeasures(
      [
        { expenditurePerCapita: '450000', size: '4' },
        { expenditurePerCapita: Number.NaN, size: Number.NaN },
        { expenditurePerCapita: null, size: null },
        { expenditurePerCapita: Number.POSITIVE_INFINITY },
        { expenditurePerCapita: -1, size: 0 },
      ] as never,
      { line: 500_000 },
    );
    const byRow = r.rejected.map((x) => x.issues.map((i) => [i.code, i.path.join('.')]));
    expect(byRow).toEqual([
      [
        ['invalid_type', 'expenditurePerCapita'],
        ['invalid_type', 'size'],
      ],
      [
        ['not_finite', 'expenditurePerCapita'],
        ['not_finite', 'size'],
      ],
      [
        ['invalid_type', 'expenditurePerCapita'],
        ['invalid_type', 'size'],
      ],
      [['not_finite', 'expenditurePerCapita']],
      // The range rules still apply to numbers out of range.
      [
        ['negative_expenditure', 'expenditurePerCapita'],
        ['household_size_not_positive', 'size'],
      ],
    ]);
    const first = r.rejected[0]?.issues[0];
    expect(first?.params).toEqual({ expected: 'number', received: 'string' });
  });

  it('classifyByPovertyLine: a string is invalid_type, NaN not_finite, a negative number the range rule', () => {
    expect(codes(thrown(() => api.classifyByPovertyLine('450000' as never, { line: 1 })))).toEqual([
      ['invalid_type', 'expenditurePerCapitaPerMonth'],
    ]);
    expect(codes(thrown(() => api.classifyByPovertyLine(Number.NaN, { line: 1 })))).toEqual([
      ['not_finite', 'expenditurePerCapitaPerMonth'],
    ]);
    expect(codes(thrown(() => api.classifyByPovertyLine(-1, { line: 1 })))).toEqual([
      ['negative_expenditure', 'expenditurePerCapitaPerMonth'],
    ]);
  });

  it('computePerCapitaExpenditure and classifyRiceEquivalent follow the same rule', () => {
    expect(
      codes(
        thrown(() =>
          api.computePerCapitaExpenditure({ householdExpenditure: '1', size: null } as never),
        ),
      ),
    ).toEqual([
      ['invalid_type', 'householdExpenditure'],
      ['invalid_type', 'size'],
    ]);
    expect(
      codes(
        thrown(() =>
          api.classifyRiceEquivalent({
            expenditurePerCapitaPerYear: '3000000',
            ricePricePerKg: Number.NaN,
            thresholds: 'sajogyo-urban',
          } as never),
        ),
      ),
    ).toEqual([
      ['invalid_type', 'expenditurePerCapitaPerYear'],
      ['not_finite', 'ricePricePerKg'],
    ]);
  });

  it('tridaya: a string is invalid_type; a negative whole budget breaks the range rule', () => {
    expect(codes(thrown(() => api.allocateDayaBudget(-5, { sosial: 1 })))).toEqual([
      ['too_small', 'total'],
    ]);
    expect(codes(thrown(() => api.allocateDayaBudget(1.5, { sosial: 1 })))).toEqual([
      ['not_integer', 'total'],
    ]);
    expect(codes(thrown(() => api.allocateDayaBudget('5' as never, { sosial: 1 })))).toEqual([
      ['invalid_type', 'total'],
    ]);
    expect(codes(thrown(() => api.pearson(['1', 2, 3] as never, [1, 2, 3])))).toEqual([
      ['invalid_type', 'x.0'],
    ]);
  });

  it('correlationPValue(0.5, 2 ** 53) names the whole-number rule, not "finite number"', () => {
    const e = thrown(() => api.correlationPValue(0.5, 2 ** 53));
    expect(codes(e)).toEqual([['not_integer', 'n']]);
    expect(e.message).not.toMatch(/finite/);
  });

  it('fromJsDate of a Date past year 9999 names the field and the range', () => {
    const e = thrown(() => api.fromJsDate(new Date(8.64e15), { zone: 'utc' }));
    expect(codes(e)).toEqual([['date_out_of_range', 'date']]);
    expect(e.message).toContain('at date');
    expect(e.message).toContain('9999-12-31');
  });
});

describe('Indonesian messages are wholly Indonesian', () => {
  it('invalid_type names the types in Indonesian', () => {
    const issue = api.createIssue(
      'invalid_type',
      ['size'],
      { expected: 'number', received: 'string' },
      { locale: 'id' },
    );
    expect(issue.message).toBe('size harus bertipe angka, diterima teks');
  });

  it('registry entries: desil, activeGroupId and previouslyFunded problems', () => {
    const bad = [
      { nik: '3304124505850001', desil: 11 },
      { nik: '3304124505850001', activeGroupId: 5 },
      { nik: '3304124505850001', previouslyFunded: 'ya' },
    ];
    const expected = [
      'desil harus bilangan bulat',
      'harus berupa teks atau null',
      'harus true atau false',
    ];
    bad.forEach((entry, i) => {
      const e = thrown(() => api.createRegistry([entry as never]));
      expect(e.messages.id).toContain(expected[i]);
      expect(e.messages.id).not.toMatch(/ must | or null|whole number/);
    });
  });

  it('defineRuleSet: the percent rule and the cross-field problems', () => {
    const e = thrown(() =>
      api.defineRuleSet(api.kpbRuleSets['kube-2020'], { group: { minWomenPercent: 33.333 } }),
    );
    expect(e.messages.id).toContain('harus kelipatan 0.01');
    expect(e.messages.id).not.toMatch(/percent with|decimals/);
  });
});

describe('defineRuleSet reports all of its problems', () => {
  it('schema issues and cross-field problems together, in both languages', () => {
    const e = thrown(() =>
      api.defineRuleSet(api.kpbRuleSets['kube-2020'], {
        member: { minAge: 70, maxAge: 60 },
        group: { minWomenPercent: 150 },
        validTo: '2000-01-01',
      }),
    );
    expect(e.code).toBe('invalid_rule_set');
    const problems = e.params.problems as string[];
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.includes('minWomenPercent'))).toBe(true);
    expect(problems).toContain('member.minAge is greater than member.maxAge');
    expect(problems).toContain('validFrom is after validTo');
    expect((e.params.problemsId as string[]).length).toBe(3);
    expect(e.messages.id).toContain('usia minimal');
  });
});

describe('roundRupiah never returns an unsafe integer or -0', () => {
  it('rounding the largest safe integer up to a multiple of 3 is an error, not 2^53', () => {
    // 9,007,199,254,740,991 = 3 x 3,002,399,751,580,330 + 1: the next multiple of 3 is past 2^53 - 1.
    const e = thrown(() => api.roundRupiah(Number.MAX_SAFE_INTEGER, { unit: 3, mode: 'up' }));
    expect(codes(e)).toEqual([['too_big', 'value']]);
    // Rounding down stays exact: 9,007,199,254,740,990 is a multiple of 3.
    expect(api.roundRupiah(Number.MAX_SAFE_INTEGER, { unit: 3, mode: 'down' })).toBe(
      Number.MAX_SAFE_INTEGER - 1,
    );
  });

  it('-0 comes back as 0 on every path', () => {
    expect(Object.is(api.roundRupiah(-0), 0)).toBe(true);
    expect(Object.is(api.roundRupiah(-0, { unit: 1000 }), 0)).toBe(true);
    expect(Object.is(api.roundRupiah(-400, { unit: 1000 }), 0)).toBe(true);
    expect(Object.is(api.roundRupiah('-0.4'), 0)).toBe(true);
  });
});

describe('fromJsDate zones', () => {
  const evening = new Date(Date.UTC(2024, 1, 29, 18)); // 18:00 UTC = 01:00 next day in WIB (UTC+7)

  it('takes the day in a named IANA zone', () => {
    expect(api.fromJsDate(evening, { zone: 'Asia/Jakarta' })).toBe('2024-03-01');
    expect(api.fromJsDate(evening, { zone: 'utc' })).toBe('2024-02-29');
    // WIT is UTC+9: 2024-02-29 14:00 UTC is 23:00 in Jayapura, still the 29th.
    expect(api.fromJsDate(new Date(Date.UTC(2024, 1, 29, 14)), { zone: 'Asia/Jayapura' })).toBe(
      '2024-02-29',
    );
  });

  it('an unknown zone spelling is a ConfigurationError, never local time', () => {
    for (const zone of ['Asia/Jakrta', 'WIB', '', 7]) {
      const e = thrown(() => api.fromJsDate(evening, { zone } as never));
      expect(e).toBeInstanceOf(api.ConfigurationError);
      expect(e.code).toBe('unknown_time_zone');
      expect(e.messages.id).toContain('Zona waktu');
    }
  });

  it('a day before year 1 in the zone is out of range', () => {
    const first = new Date(Date.UTC(2000, 0, 1));
    first.setUTCFullYear(1); // 0001-01-01T00:00Z is still 31 December of 1 BC in Los Angeles
    expect(api.fromJsDate(first, { zone: 'utc' })).toBe('0001-01-01');
    expect(codes(thrown(() => api.fromJsDate(first, { zone: 'America/Los_Angeles' })))).toEqual([
      ['date_out_of_range', 'date'],
    ]);
  });
});

describe('statistics on extreme values', () => {
  // The two-sided normal tail P(|Z| >= 1.96) = 0.0499957902964409 (tables: 2 x 0.0249979).
  const normal196 = 0.04999579029644087;

  it('studentTTwoSidedP tends to the normal tail as df grows', () => {
    expect(api.studentTTwoSidedP(1.96, 1e15)).toBeCloseTo(normal196, 14);
    // At df = 1e9 the t tail is heavier by the first term of its expansion in 1/df:
    // P(|T| >= t) = P(|Z| >= t) + 2 phi(t) (t^3 + t) / (4 df) + O(1/df^2), phi(1.96) = 0.0584409443334515.
    const firstOrder = (2 * 0.0584409443334515 * (1.96 ** 3 + 1.96)) / (4 * 1e9);
    expect(api.studentTTwoSidedP(1.96, 1e9)).toBeCloseTo(normal196 + firstOrder, 15);
    // P(|Z| >= 3) = 0.00269979606326019.
    expect(api.studentTTwoSidedP(3, 1e15)).toBeCloseTo(0.00269979606326019, 15);
    // On both sides of the switch to the normal form (df = 1e6), within 1e-11 of the expansion.
    for (const df of [999_999, 1_000_000]) {
      const expansion = normal196 + (2 * 0.0584409443334515 * (1.96 ** 3 + 1.96)) / (4 * df);
      expect(Math.abs(api.studentTTwoSidedP(1.96, df) - expansion)).toBeLessThan(1e-11);
    }
    // Small df keeps the exact t: df = 1 is Cauchy, P(|T| >= 1) = 0.5.
    expect(api.studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 14);
  });

  it('regularizedIncompleteBeta: symmetry I_0.5(a, a) = 0.5 for huge a, and no NaN', () => {
    for (const a of [1e8, 1e12, 1e100, 1e300]) {
      expect(api.regularizedIncompleteBeta(0.5, a, a)).toBe(0.5);
    }
    // I_x(a, b) = 1 - I_{1-x}(b, a).
    const a = 3e9;
    const b = 1e9;
    const x = 0.75 + 1e-5;
    expect(
      api.regularizedIncompleteBeta(x, a, b) + api.regularizedIncompleteBeta(1 - x, b, a),
    ).toBeCloseTo(1, 12);
    // Far in a tail of a huge-parameter beta: 0 or 1, never NaN.
    expect(api.regularizedIncompleteBeta(0.3, 1e300, 1e-3)).toBe(0);
    expect(api.regularizedIncompleteBeta(0.3, 1e-3, 1e300)).toBe(1);
    expect(api.regularizedIncompleteBeta(0.3, 1e300, 5)).toBe(0);
  });

  it('regularizedIncompleteBeta near its normal limit agrees with the normal distribution', () => {
    // Beta(a, a) has mean 1/2 and sd sqrt(1 / (4 (2a + 1))); one sd above the mean,
    // P = Phi(1) = 0.841344746068543 (skewness 0, so the normal limit is exact to O(1/a)).
    const a = 1e10;
    const sd = Math.sqrt(1 / (4 * (2 * a + 1)));
    expect(api.regularizedIncompleteBeta(0.5 + sd, a, a)).toBeCloseTo(0.841344746068543, 8);
  });

  it('pearson on +-1.7e308 gives the r of the same series scaled down (r is scale-free)', () => {
    const big = api.pearson([1.7e308, -1.7e308, 1.7e308, 0], [1, 2, 3, 5]);
    const small = api.pearson([1.7, -1.7, 1.7, 0], [1, 2, 3, 5]);
    expect(Number.isNaN(big.r)).toBe(false);
    expect(big.r).toBeCloseTo(small.r, 14);
    expect(big.p).toBeCloseTo(small.p, 12);
    expect(big.p).toBeGreaterThan(0);
    const tiny = api.pearson([1e-300, 2e-300, 3e-300, 5e-300], [1, 2, 3, 5]);
    expect(tiny.r).toBeCloseTo(1, 14);
  });

  it('categorize on +-1e308 gives finite cut points, mean and sd', () => {
    // Sorted: -1e308, 1e308; terciles at 1/3 and 2/3 of the way: -1e308/3 and 1e308/3.
    const t = api.categorize([1e308, -1e308]);
    expect(t.cutPoints.lower).toBeCloseTo(-1e308 / 3, -293);
    expect(t.cutPoints.upper).toBeCloseTo(1e308 / 3, -293);
    // Mean 0, sd = sqrt(2) x 1e308 (n - 1 = 1).
    const m = api.categorize([1e308, -1e308], { method: 'mean-sd' });
    expect(m.mean).toBe(0);
    expect(m.sd / 1e308).toBeCloseTo(Math.SQRT2, 14);
    expect(Number.isFinite(m.cutPoints.lower) && Number.isFinite(m.cutPoints.upper)).toBe(true);
  });
});
