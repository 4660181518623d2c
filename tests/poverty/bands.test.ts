import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import {
  classifyByPovertyLine,
  DEFAULT_POVERTY_BANDS,
  povertyLineAt,
} from '../../src/poverty/index.js';

const line = 582_910;
// Edges worked out by hand: 0.8 x 582,910 = 466,328; 1.2 x 582,910 = 699,492; 1.6 x 582,910 = 932,656.

describe('classifyByPovertyLine with the default bands', () => {
  const cases: [number, string][] = [
    [0, 'sangat_miskin'],
    [466_327, 'sangat_miskin'],
    [466_328, 'miskin'], // exactly 0.8 x line
    [582_909, 'miskin'],
    [582_910, 'hampir_miskin'], // exactly the line
    [699_491, 'hampir_miskin'],
    [699_492, 'rentan'], // exactly 1.2 x line
    [932_655, 'rentan'],
    [932_656, 'tidak_miskin'], // exactly 1.6 x line
    [5_000_000, 'tidak_miskin'],
  ];
  for (const [e, status] of cases) {
    it(`puts ${e} against a line of ${line} in ${status} ("below" is strict)`, () => {
      expect(classifyByPovertyLine(e, { line }).status).toBe(status);
    });
  }

  it('returns the ratio and the line that decided it', () => {
    // 466,328 / 582,910 = 0.8 exactly
    expect(classifyByPovertyLine(466_328, { line })).toEqual({
      status: 'miskin',
      ratio: 0.8,
      line,
    });
  });

  it('compares exactly where a float product would misjudge the edge', () => {
    // 0.8 x 3 is 2.4 exactly, but in floats 0.8 * 3 = 2.4000000000000004 > 2.4.
    expect(classifyByPovertyLine(2.4, { line: 3 }).status).toBe('miskin');
    // 1.6 x 3 is 4.8 exactly, but 1.6 * 3 = 4.800000000000001 in floats.
    expect(classifyByPovertyLine(4.8, { line: 3 }).status).toBe('tidak_miskin');
    // Large integers beyond 2^53 when multiplied: 0.8 x 9e15 = 7.2e15 exactly.
    expect(classifyByPovertyLine(7.2e15, { line: 9e15 }).status).toBe('miskin');
    expect(classifyByPovertyLine(7.2e15 - 2, { line: 9e15 }).status).toBe('sangat_miskin');
  });

  it('puts an expenditure written as 1.2 * line on the 1.2 edge, though the float product falls short', () => {
    // Rural line March 2025: 580,349. 1.2 x 580,349 = 696,418.8 exactly, but python3 and JavaScript
    // both give 1.2 * 580349 = 696418.7999999999 (Fraction(1.2*580349) < 6/5*580349 is True).
    const rural = 580_349;
    expect(1.2 * rural).toBe(696_418.7999999999);
    expect(classifyByPovertyLine(1.2 * rural, { line: rural }).status).toBe('rentan');
    expect(classifyByPovertyLine(696_418.8, { line: rural }).status).toBe('rentan');
    // A rupiah below the edge is still below it.
    expect(classifyByPovertyLine(696_417.8, { line: rural }).status).toBe('hampir_miskin');
    // Total line March 2010: 1.2 * 211,726 = 254071.19999999998 < 254,071.2.
    expect(classifyByPovertyLine(1.2 * 211_726, { line: 211_726 }).status).toBe('rentan');
    // The other edges, by multiplication, against the same line.
    expect(classifyByPovertyLine(0.8 * rural, { line: rural }).status).toBe('miskin');
    expect(classifyByPovertyLine(1.6 * rural, { line: rural }).status).toBe('tidak_miskin');
  });

  it('reports the ratio of the decimal values, so exactly 0.8 x line has ratio 0.8', () => {
    // 0.8 x 582,932 (first-published March 2024 line) = 466,345.6 by hand; dividing the binary
    // values gives 466345.6 / 582932 = 0.7999999999999999 (python3 agrees).
    expect(classifyByPovertyLine(466_345.6, { line: 582_932 })).toEqual({
      status: 'miskin',
      ratio: 0.8,
      line: 582_932,
    });
    // 1.2 * 580,349 as JavaScript computes it (696418.7999999999) is on the 1.2 edge: ratio 1.2.
    expect(classifyByPovertyLine(1.2 * 580_349, { line: 580_349 }).ratio).toBe(1.2);
    // Off the edges the ratio is the plain quotient: 0.1 / 3 = 0.0333...
    expect(classifyByPovertyLine(0.1, { line: 3 }).ratio).toBe(0.03333333333333333);
  });

  it('accepts the result of povertyLineAt as the line', () => {
    // March 2024 national line as first published (BPS, 1 July 2024): Rp 582,932.
    const gk = povertyLineAt({ date: '2024-06-30', area: 'total' });
    expect(classifyByPovertyLine(582_931, { line: gk })).toEqual({
      status: 'miskin',
      ratio: 582_931 / 582_932,
      line: 582_932,
    });
  });

  it('ships the default bands as data with a source, marked unconfirmed', () => {
    expect(DEFAULT_POVERTY_BANDS).toMatchObject({
      sangat_miskin: 0.8,
      miskin: 1.0,
      hampir_miskin: 1.2,
      rentan: 1.6,
      unconfirmed: true,
    });
    expect(DEFAULT_POVERTY_BANDS.source).toMatch(/TNP2K/);
  });
});

describe('classifyByPovertyLine with custom bands', () => {
  it('uses four multiples given as an array', () => {
    const bands = [0.5, 1, 1.5, 2] as const;
    expect(classifyByPovertyLine(499_999, { line: 1_000_000, bands }).status).toBe('sangat_miskin');
    expect(classifyByPovertyLine(500_000, { line: 1_000_000, bands }).status).toBe('miskin');
    expect(classifyByPovertyLine(1_999_999, { line: 1_000_000, bands }).status).toBe('rentan');
    expect(classifyByPovertyLine(2_000_000, { line: 1_000_000, bands }).status).toBe(
      'tidak_miskin',
    );
  });

  it('overrides the defaults band by band with a partial object', () => {
    // rentan < 1.5 x 100,000 = 150,000; the other edges stay 0.8 / 1.0 / 1.2.
    expect(classifyByPovertyLine(149_999, { line: 100_000, bands: { rentan: 1.5 } }).status).toBe(
      'rentan',
    );
    expect(classifyByPovertyLine(150_000, { line: 100_000, bands: { rentan: 1.5 } }).status).toBe(
      'tidak_miskin',
    );
    expect(classifyByPovertyLine(79_999, { line: 100_000, bands: { rentan: 1.5 } }).status).toBe(
      'sangat_miskin',
    );
  });

  it('accepts the bands as a list of { status, below } in order', () => {
    const bands = [
      { status: 'sangat_miskin', below: 0.5 },
      { status: 'miskin', below: 1 },
      { status: 'hampir_miskin', below: 1.25 },
      { status: 'rentan', below: 2 },
    ] as const;
    // 1.25 x 80,000 = 100,000
    expect(classifyByPovertyLine(99_999, { line: 80_000, bands }).status).toBe('hampir_miskin');
    expect(classifyByPovertyLine(100_000, { line: 80_000, bands }).status).toBe('rentan');
    expect(() =>
      classifyByPovertyLine(1, {
        line: 10,
        bands: [bands[1], bands[0], bands[2], bands[3]] as never,
      }),
    ).toThrow(ConfigurationError);
  });

  it('accepts camelCase band names as aliases', () => {
    // sangat miskin below 0.7 x 100 = 70
    expect(classifyByPovertyLine(69, { line: 100, bands: { sangatMiskin: 0.7 } }).status).toBe(
      'sangat_miskin',
    );
    expect(classifyByPovertyLine(70, { line: 100, bands: { sangatMiskin: 0.7 } }).status).toBe(
      'miskin',
    );
    expect(() =>
      classifyByPovertyLine(1, {
        line: 100,
        bands: { sangatMiskin: 0.7, sangat_miskin: 0.6 } as never,
      }),
    ).toThrow(ConfigurationError);
  });

  it('reads decimal strings exactly', () => {
    expect(
      classifyByPovertyLine(70, { line: 100, bands: ['0.7', '0.9', '1.1', '1.5'] }).status,
    ).toBe('miskin');
  });

  it('rejects bands that are not strictly increasing', () => {
    expect(() => classifyByPovertyLine(1, { line: 10, bands: [0.8, 0.8, 1.2, 1.6] })).toThrow(
      ConfigurationError,
    );
    expect(() => classifyByPovertyLine(1, { line: 10, bands: [0.8, 1.2, 1.0, 1.6] })).toThrow(
      ConfigurationError,
    );
    expect(() => classifyByPovertyLine(1, { line: 10, bands: { hampir_miskin: 2 } })).toThrow(
      ConfigurationError,
    );
  });

  it('rejects bands that are not positive', () => {
    try {
      classifyByPovertyLine(1, { line: 10, bands: [0, 1, 1.2, 1.6] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).code).toBe('invalid_bands');
      expect((error as ConfigurationError).messages.id).toMatch(/pita/);
      // The reason is in Indonesian too, not an English aside.
      expect((error as ConfigurationError).messages.id).toMatch(
        /sangat_miskin harus bilangan positif/,
      );
      expect((error as ConfigurationError).messages.en).toMatch(
        /sangat_miskin must be a positive number/,
      );
    }
    expect(() => classifyByPovertyLine(1, { line: 10, bands: [-1, 1, 1.2, 1.6] })).toThrow(
      ConfigurationError,
    );
    expect(() => classifyByPovertyLine(1, { line: 10, bands: [0.8, 1, 1.2] as never })).toThrow(
      ConfigurationError,
    );
  });
});

describe('classifyByPovertyLine input errors', () => {
  it('rejects negative or non-finite expenditure with a ValidationError', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '100' as unknown as number]) {
      expect(() => classifyByPovertyLine(bad, { line })).toThrow(ValidationError);
    }
  });

  it('rejects a line that is not positive and finite with a ConfigurationError', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => classifyByPovertyLine(1, { line: bad })).toThrow(ConfigurationError);
    }
  });
});
