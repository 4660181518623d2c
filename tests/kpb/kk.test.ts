import { describe, expect, it } from 'vitest';
import { parseKk } from '../../src/kpb/index.js';

const codes = (v: unknown) => {
  const r = parseKk(v);
  return r.success ? [] : r.issues.map((i) => i.code);
};

describe('parseKk', () => {
  it('reads the region of issue from the first six digits', () => {
    // 33 Jawa Tengah, 04 Banjarnegara, 12 Punggelan; the other ten digits are not read
    expect(parseKk('3304120101150003')).toEqual({
      success: true,
      data: {
        provinceCode: '33',
        provinceName: 'Jawa Tengah',
        regencyCode: '04',
        districtCode: '12',
        regionCode: '330412',
      },
    });
    expect(parseKk('9601019999999999')).toMatchObject({
      data: { provinceName: 'Papua Barat Daya' },
    });
  });

  it('rejects an unknown province, a zero regency and a zero district, all at once', () => {
    expect(codes('1000000101150003')).toEqual([
      'kk_unknown_province',
      'kk_zero_regency',
      'kk_zero_district',
    ]);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(codes('330412010115000')).toEqual(['kk_length']);
    expect(codes('33041201011500033')).toEqual(['kk_length']);
    expect(codes('3304 20101150003')).toEqual(['kk_non_digit']);
    expect(codes('3304-2010115000')).toEqual(['kk_length', 'kk_non_digit']);
  });

  it('returns an issue for non-strings and never throws', () => {
    for (const v of [null, undefined, 3304120101150003, {}, []])
      expect(codes(v)).toEqual(['kk_invalid_type']);
  });

  it('masks the number in messages', () => {
    const r = parseKk('1004120101150003', { locale: 'id' });
    expect(!r.success && r.issues[0]?.message).toBe(
      'nomor KK 100412********03: 10 bukan kode provinsi',
    );
  });
});
