import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import { classifyRiceEquivalent, RICE_EQUIVALENT_PRESETS } from '../../src/poverty/index.js';

const at = (
  kgTimes: number,
  price: number,
  thresholds: Parameters<typeof classifyRiceEquivalent>[0]['thresholds'],
) =>
  classifyRiceEquivalent({
    expenditurePerCapitaPerYear: kgTimes,
    ricePricePerKg: price,
    thresholds,
  });

describe('classifyRiceEquivalent, Bandar Lampung 2013 (480 / 380 / 270 kg)', () => {
  // At Rp 10,000/kg: 480 kg = 4,800,000; 380 kg = 3,800,000; 270 kg = 2,700,000.
  const cases: [number, string][] = [
    [4_800_000, 'tidak_miskin'], // exactly 480 kg is not poor
    [4_799_999, 'miskin'],
    [3_800_000, 'miskin'], // exactly 380 kg
    [3_799_999, 'miskin_sekali'],
    [2_700_000, 'miskin_sekali'], // exactly 270 kg
    [2_699_999, 'paling_miskin'],
    [0, 'paling_miskin'],
  ];
  for (const [e, status] of cases) {
    it(`classifies Rp ${e} a year at Rp 10,000/kg as ${status}`, () => {
      expect(at(e, 10_000, 'bandar-lampung-2013').status).toBe(status);
    });
  }

  it('returns the kg of rice the expenditure buys', () => {
    expect(at(4_800_000, 10_000, 'bandar-lampung-2013')).toEqual({
      kg: 480,
      status: 'tidak_miskin',
    });
    expect(at(3_000_000, 12_000, 'bandar-lampung-2013')).toEqual({
      kg: 250,
      status: 'paling_miskin',
    });
  });

  it('compares exactly where the float product of threshold and price is off', () => {
    // 480 x 10,000.02 = 4,800,009.6 exactly, but 480 * 10000.02 = 4800009.600000001 in floats.
    expect(at(4_800_009.6, 10_000.02, 'bandar-lampung-2013').status).toBe('tidak_miskin');
    // 380 x 10,000.01 = 3,800,003.8 exactly (float: 3800003.8000000003).
    expect(at(3_800_003.8, 10_000.01, 'bandar-lampung-2013').status).toBe('miskin');
  });

  it('reports kg as the quotient of the decimal values: exactly 480 kg is 480', () => {
    // 4,800,009.6 / 10,000.02 = 480 by hand; python3 gives 4800009.6 / 10000.02 = 479.99999999999994.
    expect(at(4_800_009.6, 10_000.02, 'bandar-lampung-2013')).toEqual({
      kg: 480,
      status: 'tidak_miskin',
    });
    // 480 * 5000.07 = 2400033.5999999996 in floats: on the threshold, so kg is 480 too.
    expect(at(480 * 5_000.07, 5_000.07, 'bandar-lampung-2013').kg).toBe(480);
  });

  it('puts an expenditure written as 480 * price on the 480 kg threshold', () => {
    // 480 x 5,000.07 = 2,400,033.6 exactly; python3 gives 480 * 5000.07 = 2400033.5999999996.
    expect(480 * 5_000.07).toBe(2_400_033.5999999996);
    expect(at(480 * 5_000.07, 5_000.07, 'bandar-lampung-2013').status).toBe('tidak_miskin');
    expect(at(2_400_033.6, 5_000.07, 'bandar-lampung-2013').status).toBe('tidak_miskin');
    // 380 * 5,000.07 = 1900026.5999999999 < 1,900,026.6: still exactly 380 kg, so miskin.
    expect(at(380 * 5_000.07, 5_000.07, 'bandar-lampung-2013').status).toBe('miskin');
    // A rupiah less is below 480 kg.
    expect(at(2_400_032.6, 5_000.07, 'bandar-lampung-2013').status).toBe('miskin');
  });
});

describe('classifyRiceEquivalent, Sajogyo presets', () => {
  it('urban: 480 / 360 / 270 kg', () => {
    // At Rp 12,500/kg: 480 kg = 6,000,000; 360 kg = 4,500,000; 270 kg = 3,375,000.
    expect(at(6_000_000, 12_500, 'sajogyo-urban').status).toBe('tidak_miskin');
    expect(at(5_999_999, 12_500, 'sajogyo-urban').status).toBe('miskin');
    expect(at(4_500_000, 12_500, 'sajogyo-urban').status).toBe('miskin');
    expect(at(4_499_999, 12_500, 'sajogyo-urban').status).toBe('miskin_sekali');
    expect(at(3_375_000, 12_500, 'sajogyo-urban').status).toBe('miskin_sekali');
    expect(at(3_374_999, 12_500, 'sajogyo-urban').status).toBe('paling_miskin');
  });

  it('rural: 320 / 240 / 180 kg', () => {
    // At Rp 12,500/kg: 320 kg = 4,000,000; 240 kg = 3,000,000; 180 kg = 2,250,000.
    expect(at(4_000_000, 12_500, 'sajogyo-rural').status).toBe('tidak_miskin');
    expect(at(3_999_999, 12_500, 'sajogyo-rural').status).toBe('miskin');
    expect(at(3_000_000, 12_500, 'sajogyo-rural').status).toBe('miskin');
    expect(at(2_999_999, 12_500, 'sajogyo-rural').status).toBe('miskin_sekali');
    expect(at(2_250_000, 12_500, 'sajogyo-rural').status).toBe('miskin_sekali');
    expect(at(2_249_999, 12_500, 'sajogyo-rural').status).toBe('paling_miskin');
  });

  it('ships every preset as data with its source; Sajogyo marked unconfirmed', () => {
    expect(RICE_EQUIVALENT_PRESETS['sajogyo-urban']).toMatchObject({
      miskin: 480,
      miskinSekali: 360,
      palingMiskin: 270,
      unconfirmed: true,
    });
    expect(RICE_EQUIVALENT_PRESETS['sajogyo-rural']).toMatchObject({
      miskin: 320,
      miskinSekali: 240,
      palingMiskin: 180,
      unconfirmed: true,
    });
    expect(RICE_EQUIVALENT_PRESETS['bandar-lampung-2013']).toMatchObject({
      miskin: 480,
      miskinSekali: 380,
      palingMiskin: 270,
    });
    expect(RICE_EQUIVALENT_PRESETS['bandar-lampung-2013'].source).toMatch(/518\/III\.17\/HK\/2013/);
    expect(RICE_EQUIVALENT_PRESETS['sajogyo-urban'].source).toMatch(/Sajogyo/);
  });
});

describe('classifyRiceEquivalent with custom thresholds', () => {
  it('uses { miskin, miskinSekali, palingMiskin } in kg', () => {
    const t = { miskin: 500, miskinSekali: 400, palingMiskin: 300 };
    expect(at(5_000_000, 10_000, t).status).toBe('tidak_miskin');
    expect(at(4_999_999, 10_000, t).status).toBe('miskin');
    expect(at(3_000_000, 10_000, t).status).toBe('miskin_sekali');
    expect(at(2_999_999, 10_000, t).status).toBe('paling_miskin');
  });

  it('rejects thresholds out of order or not positive, and unknown presets', () => {
    expect(() => at(1, 1, { miskin: 300, miskinSekali: 400, palingMiskin: 200 })).toThrow(
      ConfigurationError,
    );
    try {
      at(1, 1, { miskin: 300, miskinSekali: 400, palingMiskin: 200 });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigurationError).code).toBe('invalid_thresholds');
      expect((error as ConfigurationError).messages.id).toMatch(
        /miskin harus lebih besar dari kelas di bawahnya/,
      );
    }
    expect(() => at(1, 1, { miskin: 400, miskinSekali: 400, palingMiskin: 200 })).toThrow(
      ConfigurationError,
    );
    expect(() => at(1, 1, { miskin: 400, miskinSekali: 300, palingMiskin: 0 })).toThrow(
      ConfigurationError,
    );
    try {
      at(1, 1, 'sajogyo' as never);
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigurationError).code).toBe('unknown_preset');
    }
  });

  it('rejects a negative expenditure and a rice price of zero', () => {
    expect(() => at(-1, 10_000, 'sajogyo-urban')).toThrow(ValidationError);
    expect(() => at(1, 0, 'sajogyo-urban')).toThrow(ValidationError);
    expect(() => at(1, Number.NaN, 'sajogyo-urban')).toThrow(ValidationError);
  });
});
