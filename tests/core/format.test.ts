import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  labelOf,
  ValidationError,
} from '../../src/core/index.js';
import {
  FAMILY_WELFARE_STAGE_LABELS,
  POVERTY_BAND_LABELS,
  RICE_EQUIVALENT_LABELS,
} from '../../src/poverty/index.js';
import {
  KOLEKTIBILITAS_LABELS,
  KOLEKTIBILITAS_PRESETS,
  RATING_BAND_LABELS,
} from '../../src/revolving-fund/index.js';
import { KPB_REASON_LABELS, kpbMessages } from '../../src/kpb/index.js';
import {
  BAND_PRESETS,
  DAYA_LABELS,
  EFFECTIVENESS_LABELS,
  EFFECTIVENESS_PRESETS,
  LEVEL_LABELS,
  TERCATEGORY_LABELS,
} from '../../src/tridaya/index.js';
import * as root from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Intl writes a no-break space (U+00A0) between "Rp" and the digits; the tests compare with Intl's own
// output for the same options, and with the text a person reads once spaces are made plain.
const plain = (s: string) => s.replace(/\s/gu, ' ');
const idr = { style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol' } as const;

describe('formatRupiah', () => {
  it('writes Rp 1.250.000 in Indonesian (id-ID), as Intl does for currency IDR', () => {
    const expected = new Intl.NumberFormat('id-ID', { ...idr, maximumFractionDigits: 0 }).format(
      1250000,
    );
    expect(formatRupiah(1250000)).toBe(expected);
    expect(plain(formatRupiah(1250000))).toBe('Rp 1.250.000');
  });

  it('writes English with comma grouping (en-GB)', () => {
    expect(formatRupiah(1250000, { locale: 'en' })).toBe(
      new Intl.NumberFormat('en-GB', { ...idr, maximumFractionDigits: 0 }).format(1250000),
    );
    expect(plain(formatRupiah(1250000, { locale: 'en' }))).toBe('Rp 1,250,000');
  });

  it('keeps negative amounts and zero, and formats a bigint beyond 2^53 exactly', () => {
    expect(plain(formatRupiah(-5000))).toBe('-Rp 5.000');
    expect(plain(formatRupiah(0))).toBe('Rp 0');
    expect(plain(formatRupiah(12345678901234567890n))).toBe('Rp 12.345.678.901.234.567.890');
  });

  it('refuses a fraction of a rupiah, NaN and non-numbers with a ValidationError naming amount', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '1000', null, 2 ** 53]) {
      try {
        formatRupiah(bad as number);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues[0]?.path).toEqual(['amount']);
        expect((error as ValidationError).messages.id).toContain('amount');
      }
    }
  });
});

describe('formatRupiahCompact', () => {
  it('writes 1.250.000 as "Rp 1,25 jt" from Intl compact notation', () => {
    const expected = new Intl.NumberFormat('id-ID', {
      ...idr,
      notation: 'compact',
      maximumFractionDigits: 2,
    }).format(1250000);
    expect(formatRupiahCompact(1250000)).toBe(expected);
    expect(plain(formatRupiahCompact(1250000))).toBe('Rp 1,25 jt');
  });

  it('uses miliar (M) for billions and the chosen digits', () => {
    expect(plain(formatRupiahCompact(3_400_000_000))).toBe('Rp 3,4 M');
    expect(plain(formatRupiahCompact(1_256_000, { maximumFractionDigits: 1 }))).toBe('Rp 1,3 jt');
    expect(formatRupiahCompact(1250000, { locale: 'en' })).toBe(
      new Intl.NumberFormat('en-GB', {
        ...idr,
        notation: 'compact',
        maximumFractionDigits: 2,
      }).format(1250000),
    );
  });

  it('refuses digits outside 0..20', () => {
    expect(() => formatRupiahCompact(1, { maximumFractionDigits: 21 })).toThrow(ValidationError);
    expect(() => formatRupiahCompact(1, { maximumFractionDigits: 1.5 })).toThrow(ValidationError);
  });
});

describe('formatPercent and formatNumber', () => {
  it('shows a ratio of 0.7476685203307686 as 74,8% (one digit by default)', () => {
    expect(formatPercent(0.7476685203307686)).toBe(
      new Intl.NumberFormat('id-ID', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(0.7476685203307686),
    );
    expect(plain(formatPercent(0.7476685203307686))).toBe('74,8%');
    expect(formatPercent(0.7476685203307686, { locale: 'en', digits: 2 })).toBe('74.77%');
    expect(formatPercent(0.5, { digits: 0 })).toBe('50%');
  });

  it('formats a decimal string exactly: 0.00125 at 1 digit is 0,1% (half away from zero)', () => {
    // As a double 0.00125 x 100 is 0.12499999999999999; the string is read digit for digit.
    expect(formatPercent('0.00125', { digits: 1 })).toBe('0,1%');
    expect(formatPercent('0.00135', { digits: 2 })).toBe('0,14%');
    expect(formatPercent('1', { digits: 0 })).toBe('100%');
  });

  it('writes numbers with fixed digits and the locale separators', () => {
    expect(formatNumber(0.7476685203307686)).toBe('0,75');
    expect(formatNumber(1234.5, { locale: 'en' })).toBe('1,234.50');
    expect(formatNumber(1234.5)).toBe(
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        1234.5,
      ),
    );
    expect(formatNumber('-0.0123', { digits: 3 })).toBe('-0,012');
  });

  it('refuses text that is not a decimal, Infinity and a bad locale', () => {
    for (const bad of ['abc', '1e5', ' 1', 'Infinity', Number.NaN, {}]) {
      expect(() => formatPercent(bad as number)).toThrow(ValidationError);
    }
    expect(() => formatNumber(1, { locale: 'fr' as 'id' })).toThrow(ValidationError);
  });
});

describe('formatDate', () => {
  it('writes 2024-01-31 as "31 Januari 2024" (id) and "31 January 2024" (en)', () => {
    expect(formatDate('2024-01-31')).toBe('31 Januari 2024');
    expect(formatDate('2024-01-31', { locale: 'en' })).toBe('31 January 2024');
    expect(formatDate('2024-08-17', { style: 'full' })).toBe(
      new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', timeZone: 'UTC' }).format(
        Date.UTC(2024, 7, 17),
      ),
    );
  });

  it('gives the calendar date in every time zone, even on the first and last day of a year', () => {
    // The suite runs under Asia/Jakarta and America/Los_Angeles; a local-time Date would move these.
    expect(formatDate('2024-01-01')).toBe('1 Januari 2024');
    expect(formatDate('2023-12-31')).toBe('31 Desember 2023');
    expect(formatDate('2024-02-29', { style: 'medium' })).toBe(
      new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.UTC(2024, 1, 29),
      ),
    );
  });

  it('keeps years below 100 (not 19xx)', () => {
    expect(formatDate('0050-03-01')).toMatch(/^1 Maret 0*50$/u);
  });

  it('refuses dates that do not exist and unknown styles', () => {
    expect(() => formatDate('2023-02-29')).toThrow(ValidationError);
    expect(() => formatDate('2024-1-5')).toThrow(ValidationError);
    expect(() => formatDate('2024-01-05', { style: 'tiny' as 'long' })).toThrow(ValidationError);
  });
});

describe('labelOf: one function for the label of every result code', () => {
  const tables = {
    POVERTY_BAND_LABELS,
    RICE_EQUIVALENT_LABELS,
    FAMILY_WELFARE_STAGE_LABELS,
    KOLEKTIBILITAS_LABELS,
    RATING_BAND_LABELS,
    KPB_REASON_LABELS,
    DAYA_LABELS,
    TERCATEGORY_LABELS,
    EFFECTIVENESS_LABELS,
    LEVEL_LABELS,
  };

  it('reads Indonesian by default and English on request', () => {
    expect(labelOf(POVERTY_BAND_LABELS, 'hampir_miskin')).toBe('Hampir miskin');
    expect(labelOf(POVERTY_BAND_LABELS, 'hampir_miskin', { locale: 'en' })).toBe('Near poor');
    expect(labelOf(KOLEKTIBILITAS_LABELS, 'kurang_lancar', { locale: 'en' })).toBe('Substandard');
    expect(labelOf(KPB_REASON_LABELS, 'group_size_below_min', { locale: 'en' })).toBe(
      'Too few members',
    );
  });

  it('every table has a non-empty id and en text for every code, and is exported from the root', () => {
    for (const [name, table] of Object.entries(tables)) {
      expect((root as Record<string, unknown>)[name]).toBe(table);
      for (const code of Object.keys(table)) {
        for (const locale of ['id', 'en'] as const) {
          expect(labelOf(table as never, code as never, { locale }).length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('the labels the presets carry are the tables (one source)', () => {
    for (const preset of Object.values(KOLEKTIBILITAS_PRESETS)) {
      for (const level of preset.levels) {
        if (level.code in KOLEKTIBILITAS_LABELS) {
          // A preset may qualify the name (an unconfirmed range), never rename the class.
          const table = KOLEKTIBILITAS_LABELS[level.code as keyof typeof KOLEKTIBILITAS_LABELS];
          expect(level.label.id.startsWith(table.id)).toBe(true);
          expect(level.label.en.startsWith(table.en)).toBe(true);
        }
      }
    }
    for (const preset of Object.values(EFFECTIVENESS_PRESETS)) {
      for (const band of preset.bands) {
        expect(band.label).toEqual(
          EFFECTIVENESS_LABELS[band.code as keyof typeof EFFECTIVENESS_LABELS],
        );
      }
    }
    for (const preset of Object.values(BAND_PRESETS)) {
      for (const c of preset.classes) {
        expect(c.label).toEqual(
          { ...EFFECTIVENESS_LABELS, ...LEVEL_LABELS }[c.code as keyof typeof LEVEL_LABELS],
        );
      }
    }
  });

  it('KPB_REASON_LABELS names exactly the member_ and group_ codes of the KPB catalogue', () => {
    const reasons = Object.keys(kpbMessages).filter((c) => /^(member|group)_/u.test(c));
    expect(Object.keys(KPB_REASON_LABELS).sort()).toEqual(reasons.sort());
  });

  it('an unknown code is a ValidationError, not an empty string', () => {
    expect(() => labelOf(POVERTY_BAND_LABELS, 'kaya' as 'miskin')).toThrow(ValidationError);
    expect(() => labelOf(POVERTY_BAND_LABELS, 'toString' as 'miskin')).toThrow(ValidationError);
  });
});

describe('fuzz: formatting returns a string or throws a SejahteraError', () => {
  const fns = [
    formatRupiah,
    formatRupiahCompact,
    formatPercent,
    formatNumber,
    formatDate,
    labelOf,
  ] as unknown as ((a: unknown, b?: unknown, c?: unknown) => unknown)[];
  it.each(fns.map((f) => [f.name, f] as const))('%s', (_name, fn) => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expectReturnsOrSejahteraError(() => fn(a, b, c));
        expectReturnsOrSejahteraError(() => fn(a));
        expectReturnsOrSejahteraError(() => fn(POVERTY_BAND_LABELS, a, b));
      }),
      { numRuns: 200 },
    );
  });
});
