import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CalendarDateSchema,
  checkBatch,
  createIssue,
  describeType,
  maskIdentifier,
  parseWith,
  redactIdentifiers,
  RupiahSchema,
  SejahteraError,
  safeParseWith,
  ValidationError,
  validateBatch,
  validateStream,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

const RowSchema = z.strictObject({
  nama: z.string().max(100),
  pengeluaran: RupiahSchema,
  tanggal: CalendarDateSchema,
});

describe('issues and messages', () => {
  it('render in English by default and in Indonesian when asked', () => {
    const en = createIssue('too_small', ['tenor'], {
      minimum: 1,
      origin: 'number',
      inclusive: true,
    });
    const id = createIssue(
      'too_small',
      ['tenor'],
      { minimum: 1, origin: 'number', inclusive: true },
      { locale: 'id' },
    );
    expect(en.message).toBe('tenor must be at least 1');
    expect(id.message).toBe('tenor harus paling sedikit 1');
    expect(en).toMatchObject({ code: 'too_small', path: ['tenor'], params: { minimum: 1 } });
  });

  it('take per-call message overrides without any global state', () => {
    const custom = createIssue(
      'required',
      ['nik'],
      {},
      { messages: { required: () => 'isi NIK dulu' } },
    );
    expect(custom.message).toBe('isi NIK dulu');
    expect(createIssue('required', ['nik']).message).toBe('nik is required');
  });

  it('map zod checks to stable codes with the field path', () => {
    const r = safeParseWith(RowSchema, {
      nama: 5,
      pengeluaran: 1.5,
      tanggal: '2023-02-29',
      extra: 1,
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_type', 'nama'],
        ['not_integer', 'pengeluaran'],
        ['invalid_calendar_date', 'tanggal'],
        ['unrecognized_keys', ''],
      ]);
    }
    const missing = safeParseWith(RowSchema, {});
    expect(!missing.success && missing.issues.every((i) => i.code === 'required')).toBe(true);
  });

  it('throw a ValidationError listing every issue, with both languages', () => {
    try {
      parseWith(RowSchema, { nama: 'A', pengeluaran: -1, tanggal: 'x' }, { context: 'household' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(e).toBeInstanceOf(SejahteraError);
      const err = e as ValidationError;
      expect(err.code).toBe('validation_failed');
      expect(err.issues).toHaveLength(2);
      expect(err.message).toBe(
        'Invalid household at pengeluaran: pengeluaran must be at least 0 (and 1 more issue)',
      );
      expect(err.messages.id).toBe(
        'rumah tangga tidak valid pada `pengeluaran`: pengeluaran harus paling sedikit 0 (dan 1 masalah lain)',
      );
    }
  });

  it('never echo the received value, only its type', () => {
    const r = safeParseWith(z.object({ nik: z.number() }), { nik: '3201234567890001' });
    expect(!r.success && r.issues[0]?.message).toBe('nik must be number, received string');
  });
});

describe('masking identifiers', () => {
  it('keeps the first 6 and last 2 digits of a NIK or KK', () => {
    expect(maskIdentifier('3201234567890001')).toBe('320123********01');
    expect(maskIdentifier('3201234567890001').length).toBe(16);
  });

  it('redacts any run of twelve or more digits, even from a caller template', () => {
    expect(redactIdentifiers('NIK 3201234567890001 sudah terdaftar')).toBe(
      'NIK 320123********01 sudah terdaftar',
    );
    const issue = createIssue(
      'custom',
      ['nik'],
      { nik: '3201234567890001' },
      {
        messages: { custom: (p) => `duplicate ${String(p.nik)}` },
      },
    );
    expect(issue.message).toBe('duplicate 320123********01');
    expect(redactIdentifiers('Rp 1500000 for 12 months')).toBe('Rp 1500000 for 12 months');
    expect(redactIdentifiers('Rp 999999999999')).toBe(
      'Rp 999999999999'.replace('999999999999', '999999****99'),
    );
    expect(redactIdentifiers('Rp 99999999999')).toBe('Rp 99999999999'); // 11 digits stay readable
    expect(redactIdentifiers('KK 320123456789001')).toBe('KK 320123*******01'); // 15 digits: masked
  });

  it('no message ever contains a 16-digit run', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), (nik) => {
        const issue = createIssue('custom', [], {}, { messages: { custom: () => `x${nik}y` } });
        expect(/\d{16}/.test(issue.message)).toBe(false);
      }),
    );
  });
});

describe('validateBatch', () => {
  const rows: unknown[] = [
    { nama: 'Siti', pengeluaran: 450_000, tanggal: '2024-03-01' },
    null,
    [1, 2],
    'a string',
    JSON.parse(
      '{"__proto__": {"polluted": true}, "nama": "X", "pengeluaran": 1, "tanggal": "2024-03-01"}',
    ),
    { nama: 'x'.repeat(1_000_000), pengeluaran: 1, tanggal: '2024-03-01' },
    { nama: 'Budi', pengeluaran: 380_000, tanggal: '2024-02-29' },
    Object.defineProperty({}, 'nama', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    }),
  ];

  it('returns every row as a result or a rejection with its index', () => {
    const result = validateBatch(RowSchema, rows);
    expect(result.counts).toEqual({ total: 8, valid: 2, rejected: 6 });
    expect(result.valid.map((v) => v.index)).toEqual([0, 6]);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(result.rejected.find((r) => r.index === 7)?.issues[0]?.code).toBe('unreadable_row');
  });

  it('never pollutes a prototype', () => {
    validateBatch(RowSchema, rows);
    validateBatch(z.record(z.string(), z.unknown()), rows);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps valid + rejected = total for any input', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 30 }), (input) => {
        const r = validateBatch(RowSchema, input);
        expect(r.counts.total).toBe(input.length);
        expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
        expect(
          [...r.valid.map((v) => v.index), ...r.rejected.map((x) => x.index)].sort((a, b) => a - b),
        ).toEqual(input.map((_, i) => i));
      }),
    );
  });

  it('throws a ValidationError only when the batch itself is not iterable', () => {
    expect(() => validateBatch(RowSchema, 42 as never)).toThrow(ValidationError);
    fc.assert(
      fc.property(hostile, (input) => {
        expectReturnsOrSejahteraError(() => validateBatch(RowSchema, input as never));
      }),
    );
  });

  it('gives messages in Indonesian when asked', () => {
    const r = validateBatch(RupiahSchema, [-1], { locale: 'id' });
    expect(r.rejected[0]?.issues[0]?.message).toBe('nilai harus paling sedikit 0');
  });
});

describe('validateStream', () => {
  it('yields the same records as validateBatch, from an async iterable', async () => {
    async function* source() {
      for (const row of [1000, -1, 'x', 2000]) yield row;
    }
    const out = [];
    for await (const record of validateStream(RupiahSchema, source())) out.push(record);
    expect(out.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('holds nothing but the current row (a million rows from a generator)', async () => {
    function* many() {
      for (let i = 0; i < 1_000_000; i++) yield i % 10 === 0 ? -1 : i;
    }
    let valid = 0;
    let rejected = 0;
    let lastIndex = -1;
    for await (const record of validateStream(RupiahSchema, many())) {
      if (record.ok) valid++;
      else rejected++;
      lastIndex = record.index;
    }
    expect(lastIndex).toBe(999_999);
    expect(rejected).toBe(100_000);
    expect(valid).toBe(900_000);
  });

  it('rejects a source that is not iterable', async () => {
    await expect(async () => {
      for await (const _ of validateStream(RupiahSchema, 5 as never)) {
        // nothing
      }
    }).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('hostile sources', () => {
  it('turns a row whose getter throws a plain Error into an unreadable_row rejection', () => {
    const row = Object.defineProperty({}, 'n', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = checkBatch([row, 5], (x) => safeParseWith(z.object({ n: z.number() }), x));
    expect(r.counts).toEqual({ total: 2, valid: 0, rejected: 2 });
    expect(r.rejected[0]?.issues[0]?.code).toBe('unreadable_row');
  });

  it('reports a source whose iterator throws as a ValidationError naming the row it reached', async () => {
    function* broken() {
      yield 1;
      throw new Error('disk gone');
    }
    try {
      validateBatch(RupiahSchema, broken());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toEqual(['rows', 1]);
    }
    await expect(async () => {
      for await (const _ of validateStream(RupiahSchema, broken())) {
        // reads row 0, then the source fails
      }
    }).rejects.toBeInstanceOf(ValidationError);
  });

  it('names the type of a Proxy whose traps throw without throwing itself', () => {
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(describeType(trap)).toBe('object');
  });
});

describe('revoked proxies', () => {
  it('are described and parsed without a bare TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeType(proxy)).toBe('object');
    const r = safeParseWith(RowSchema, proxy);
    expect(r.success).toBe(false);
    expect(validateBatch(RowSchema, [proxy]).rejected[0]?.index).toBe(0);
  });
});
