import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  MAX_BATCH_ROWS,
  RupiahSchema,
  RupiahTextSchema,
  ValidationError,
  validateBatch,
  validateStream,
} from '../../src/core/index.js';
import { KkSchema, kpbMessages, NikSchema } from '../../src/kpb/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("the batch validators keep the caller's own messages", () => {
  const Row = z.object({
    kode: z.string().regex(/^KSM-\d+$/, 'kode harus seperti KSM-01'),
    umur: z.number().min(17, { error: 'umur minimal 17 tahun' }),
    nama: z.string().refine((s) => s.trim() !== '', 'nama tidak boleh kosong'),
    desa: z.string(),
  });
  const bad = { kode: 'x', umur: 12, nama: ' ', desa: 5 };

  it('in validateBatch, with the library code beside the message', () => {
    const issues = validateBatch(Row, [bad]).rejected[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid_format', 'kode harus seperti KSM-01'],
      ['too_small', 'umur minimal 17 tahun'],
      ['custom', 'nama tidak boleh kosong'],
      ['invalid_type', 'desa must be string, received number'],
    ]);
  });

  it('in validateStream, the same', async () => {
    const [record] = await collect(validateStream(Row, [bad]));
    expect(record?.ok).toBe(false);
    if (record !== undefined && !record.ok) {
      expect(record.issues.map((i) => i.message).slice(0, 3)).toEqual([
        'kode harus seperti KSM-01',
        'umur minimal 17 tahun',
        'nama tidak boleh kosong',
      ]);
    }
  });

  it('unless the call words that code itself', () => {
    const r = validateBatch(Row, [bad], { messages: { too_small: () => 'terlalu muda' } });
    expect(r.rejected[0]?.issues[1]?.message).toBe('terlalu muda');
  });

  it('and masks an identifier the caller wrote into a message', () => {
    const S = z.string().refine(() => false, 'NIK 3304124505850001 sudah terdaftar');
    expect(validateBatch(S, ['x']).rejected[0]?.issues[0]?.message).toBe(
      'NIK 330412********01 sudah terdaftar',
    );
  });
});

describe('NikSchema and KkSchema in a batch keep the specific reason', () => {
  it.each([
    ['3304129905850001', 'nik_invalid_day'],
    ['3304124513850001', 'nik_invalid_month'],
    ['3304123102850001', 'nik_impossible_date'],
    ['3304124505850000', 'nik_zero_serial'],
    ['1004124505850001', 'nik_unknown_province'],
    ['330412450585000', 'nik_length'],
    ['33041245058500O1', 'nik_non_digit'],
    ['', 'required'],
  ])('%s is rejected as %s, with the number masked', (nik, code) => {
    const issue = validateBatch(NikSchema, [nik]).rejected[0]?.issues[0];
    expect(issue?.code).toBe(code);
    expect(issue?.message).not.toMatch(/is invalid|tidak valid$/);
    expect(issue?.message).not.toMatch(/\d{16}/);
    expect(issue?.message).not.toContain(nik === '' ? 'x' : nik.slice(6, 12));
  });

  it('in Indonesian with the kpb catalog', () => {
    const r = validateBatch(NikSchema, ['3304124505850000'], {
      catalog: kpbMessages,
      locale: 'id',
    });
    expect(r.rejected[0]?.issues[0]?.message).toBe(
      'NIK 330412********00: nomor urut harus 0001-9999, bukan 0000',
    );
  });

  it('accepts 29 February when some century is leap, trims the cell', () => {
    // 29-02-00 (2000 is leap), 29-02-84; never 29-02-85.
    expect(validateBatch(NikSchema, [' 3304122902000001 ', '3304122902840001']).counts.valid).toBe(
      2,
    );
    expect(validateBatch(NikSchema, ['3304122902850001']).rejected[0]?.issues[0]?.code).toBe(
      'nik_impossible_date',
    );
    expect(NikSchema.parse(' 3304122902000001 ')).toBe('3304122902000001');
  });

  it('KkSchema keeps kk_* reasons', () => {
    const r = validateBatch(KkSchema, ['3304120101150003', '3300120101150003', '33041201011500']);
    expect(r.valid.map((v) => v.value)).toEqual(['3304120101150003']);
    expect(r.rejected.map((x) => x.issues[0]?.code)).toEqual(['kk_zero_regency', 'kk_length']);
  });
});

describe('duplicates (the unique option)', () => {
  const Row = z.object({ nik: z.string(), nama: z.string() });
  const rows = [
    { nik: '3304124505850001', nama: 'A' },
    { nik: '3304124505850002', nama: 'B' },
    { nik: '', nama: 'C' },
    { nik: ' 3304124505850001', nama: 'D' },
    { nik: '', nama: 'E' },
    null,
    { nik: '3304124505850002', nama: 'F' },
    { nik: '3304124505850001', nama: 'G' },
  ];

  it('rejects every repeat with the index of the first occurrence; blanks never repeat', () => {
    const r = validateBatch(Row, rows, { unique: 'nik' });
    expect(r.valid.map((v) => v.index)).toEqual([0, 1, 2, 4]);
    expect(
      r.rejected.map((x) => [x.index, x.issues[0]?.code, x.issues[0]?.params.firstIndex]),
    ).toEqual([
      [3, 'duplicate_key', 0],
      [5, 'invalid_type', undefined],
      [6, 'duplicate_key', 1],
      [7, 'duplicate_key', 0],
    ]);
    expect(r.rejected[0]?.issues[0]?.path).toEqual(['nik']);
    expect(JSON.stringify(r.rejected)).not.toContain('3304124505850001');
  });

  it('takes a function of the parsed value, in validateStream too', async () => {
    const records = await collect(
      validateStream(Row, rows, { unique: (v: { nama: string; nik: string }) => v.nik }),
    );
    expect(records.filter((x) => !x.ok).map((x) => x.index)).toEqual([3, 5, 6, 7]);
  });

  it('keeps counts whole for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '', ' ', 'c'), { maxLength: 30 }), (ids) => {
        const r = validateBatch(
          z.object({ id: z.string() }),
          ids.map((id) => ({ id })),
          {
            unique: 'id',
          },
        );
        const distinct = new Set(ids.map((s) => s.trim()).filter((s) => s !== '')).size;
        const blanks = ids.filter((s) => s.trim() === '').length;
        expect(r.counts.valid).toBe(distinct + blanks);
        expect(r.counts.valid + r.counts.rejected).toBe(ids.length);
      }),
    );
  });

  it('rejects a unique option that is neither a field nor a function', () => {
    expect(() => validateBatch(Row, rows, { unique: 5 as never })).toThrow(ValidationError);
  });
});

describe('row cap', () => {
  it('is documented and lowered with maxRows', async () => {
    expect(MAX_BATCH_ROWS).toBe(10_000_000);
    expect(validateBatch(RupiahSchema, [1, 2, 3], { maxRows: 3 }).counts.total).toBe(3);
    try {
      validateBatch(RupiahSchema, [1, 2, 3, 4], { maxRows: 3 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]).toMatchObject({
        code: 'too_big',
        path: ['rows'],
        params: { maximum: 3 },
      });
    }
    await expect(
      collect(validateStream(RupiahSchema, [1, 2, 3, 4], { maxRows: 3 })),
    ).rejects.toThrow(ValidationError);
    expect(() => validateBatch(RupiahSchema, [1], { maxRows: 0 })).toThrow(ValidationError);
    expect(() => validateBatch(RupiahSchema, [1], { maxRows: 1.5 })).toThrow(ValidationError);
  });
});

describe('cheap rejections', () => {
  it('equal bad rows share one frozen issue list, with the right index each', () => {
    const r = validateBatch(z.object({ a: z.number() }), [null, null, { a: 1 }, null]);
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1, 3]);
    expect(r.rejected[0]?.issues).toBe(r.rejected[1]?.issues);
    expect(Object.isFrozen(r.rejected[0]?.issues[0])).toBe(true);
    expect(r.rejected[0]?.issues[0]).toEqual({
      code: 'invalid_type',
      path: [],
      params: { expected: 'object', received: 'null' },
      message: 'value must be object, received null',
    });
  });

  it('different bad values still get their own issues', () => {
    const r = validateBatch(RupiahTextSchema, ['', 'x', '1,5', '', 'x']);
    expect(r.rejected.map((x) => x.issues[0]?.code)).toEqual([
      'required',
      'invalid_number',
      'fraction_not_allowed',
      'required',
      'invalid_number',
    ]);
  });

  it('an async schema is an unreadable row, not a crash', () => {
    const S = z.string().refine(async () => true);
    expect(validateBatch(S, ['a']).rejected[0]?.issues[0]?.code).toBe('unreadable_row');
  });

  it('the options are fuzzed', () => {
    fc.assert(
      fc.property(hostile, hostile, (rows, options) => {
        expectReturnsOrSejahteraError(() =>
          validateBatch(RupiahTextSchema, rows as never, options as never),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('a message that depends on the value', () => {
  it('is worded for each row, not remembered from the first', () => {
    const S = z.number().min(10, { error: (iss) => `got ${String(iss.input)}` });
    const r = validateBatch(S, [1, 2]);
    expect(r.rejected.map((x) => x.issues[0]?.message)).toEqual(['got 1', 'got 2']);
  });
});
