import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  KkSchema,
  NikSchema,
  ValidationError,
  parseWith,
  safeParseWith,
  validateBatch,
  validateStream,
} from '../../src/index.js';

// Issue 9, item 1 ("NIK and KK as zod schemas that keep the specific reason codes") outside a batch:
// `safeParseWith` / `parseWith` used to keep the code but word it "nik is invalid" / "nik tidak
// valid" unless the caller passed `catalog: kpbMessages`, while validateBatch showed parseNik's
// English reason in every locale. Both now word nik_* / kk_* codes from the KPB messages, in the
// call's locale, with the number masked.

const Row = z.object({ nik: NikSchema, kk: KkSchema });
// Day 99 is neither 01-31 (men) nor 41-71 (women); the KK has 8 characters instead of 16.
const row = { nik: '3304129905850001', kk: '33041201' };

// Written by hand from the rules: NIK masked to its first 6 and last 2 digits, KK to its first 2.
const EN = [
  {
    code: 'nik_invalid_day',
    path: ['nik'],
    message: 'NIK 330412********01: day 99 must be 01-31 (men) or 41-71 (women)',
  },
  {
    code: 'kk_length',
    path: ['kk'],
    message: 'KK number 33****** must have 16 characters, it has 8',
  },
];
const ID = [
  {
    code: 'nik_invalid_day',
    path: ['nik'],
    message: 'NIK 330412********01: tanggal 99 harus 01-31 (laki-laki) atau 41-71 (perempuan)',
  },
  { code: 'kk_length', path: ['kk'], message: 'nomor KK 33****** harus 16 karakter, panjangnya 8' },
];

const brief = (issues: readonly { code: string; path: readonly unknown[]; message: string }[]) =>
  issues.map(({ code, path, message }) => ({ code, path, message }));

describe('NikSchema / KkSchema reasons outside a batch (issue 9)', () => {
  it('safeParseWith keeps the specific code and words it in the call locale, no catalog needed', () => {
    const en = safeParseWith(Row, row);
    const id = safeParseWith(Row, row, { locale: 'id' });
    expect(en.success || brief(en.issues)).toEqual(EN);
    expect(id.success || brief(id.issues)).toEqual(ID);
  });

  it('parseWith throws a ValidationError whose bilingual message is the NIK reason', () => {
    let error: unknown;
    try {
      parseWith(Row, row, { locale: 'id' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => i.code)).toEqual(['nik_invalid_day', 'kk_length']);
    expect(v.messages.en).toContain(EN[0]?.message);
    expect(v.messages.id).toContain(ID[0]?.message);
    expect(v.messages.en).not.toContain('nik is invalid');
  });

  it('validateBatch and validateStream give the same issues as safeParseWith, in both locales', async () => {
    for (const [locale, expected] of [
      ['en', EN],
      ['id', ID],
    ] as const) {
      const batch = validateBatch(Row, [row], { locale });
      expect(batch.rejected.map((r) => brief(r.issues))).toEqual([expected]);
      const streamed: unknown[] = [];
      for await (const r of validateStream(Row, [row], { locale })) {
        if (!r.ok) streamed.push(brief(r.issues));
      }
      expect(streamed).toEqual([expected]);
    }
  });

  it("a call's own messages still word the code", () => {
    const r = safeParseWith(
      Row,
      { nik: row.nik, kk: '3304120101080001' },
      {
        messages: { nik_invalid_day: () => 'tanggal lahir di NIK salah' },
      },
    );
    expect(r.success || brief(r.issues)).toEqual([
      { code: 'nik_invalid_day', path: ['nik'], message: 'tanggal lahir di NIK salah' },
    ]);
  });

  it('plain zod still shows the masked English reason', () => {
    const r = NikSchema.safeParse(row.nik);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(EN[0]?.message);
  });
});
