import * as z from 'zod';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  ParameterNotFoundError,
  createIssue,
  redactIdentifiers,
  redactPath,
  redactValue,
  roundRupiah,
  safeParseWith,
  SejahteraError,
  ValidationError,
} from '../../src/core/index.js';

const NIK = '3304124505850001';

describe('redactIdentifiers: a NIK in any spelling', () => {
  it.each([
    ['spaces', '3304 1245 0585 0001', '3304 12** **** **01'],
    ['dashes', '3304-1245-0585-0001', '3304-12**-****-**01'],
    ['dots', '3304.1245.0585.0001', '3304.12**.****.**01'],
    ['tabs', '3304\t1245\t0585\t0001', '3304\t12**\t****\t**01'],
    ['no-break spaces', '3304\u00A01245\u00A00585\u00A00001', '3304\u00A012**\u00A0****\u00A0**01'],
    [
      'zero-width spaces',
      '3304\u200B1245\u200B0585\u200B0001',
      '3304\u200B12**\u200B****\u200B**01',
    ],
    ['region.date.serial', '330412 450585 0001', '330412 ****** **01'],
  ])('%s', (_name, text, masked) => {
    expect(redactIdentifiers(`NIK ${text}.`)).toBe(`NIK ${masked}.`);
  });

  it('full-width and other scripts (the digits keep their script, 8 of 16 stay visible)', () => {
    const fullWidth = '３３０４１２４５０５８５０００１';
    expect(redactIdentifiers(fullWidth)).toBe('３３０４１２********０１');
    const devanagari = '३३०४१२४५०५८५०००१';
    expect(redactIdentifiers(devanagari)).toBe('३३०४१२********०१');
    const arabic = '٣٣٠٤١٢٤٥٠٥٨٥٠٠٠١';
    expect(redactIdentifiers(arabic)).toBe('٣٣٠٤١٢********٠١');
  });

  it('every digit separated by a zero-width space', () => {
    const spread = Array.from(NIK).join('\u200B');
    const out = redactIdentifiers(spread);
    expect(out.replace(/\u200B/g, '')).toBe('330412********01');
  });

  it('leaves amounts, dates and short numbers readable', () => {
    expect(redactIdentifiers('Rp 1.250.000 on 2024-01-31')).toBe('Rp 1.250.000 on 2024-01-31');
    expect(redactIdentifiers('rows 1, 2, 3 and 4')).toBe('rows 1, 2, 3 and 4');
    // 15 digits written with separators: not a NIK
    expect(redactIdentifiers('100.000.000.000.000')).toBe('100.000.000.000.000');
  });

  it('keeps a number the library printed itself (keep), masks the same digits otherwise', () => {
    expect(redactIdentifiers('at most 100000000000000', ['100000000000000'])).toBe(
      'at most 100000000000000',
    );
    expect(redactIdentifiers('at most 100000000000000')).toBe('at most 100000*******00');
  });
});

describe('redactValue and redactPath', () => {
  it('redacts values and keys, deep, and leaves limits readable', () => {
    expect(
      redactValue({
        keys: [NIK],
        nested: { [`id-${NIK}`]: 'x' },
        limit: 100_000_000_000_000,
        max: Number.MAX_SAFE_INTEGER,
        typed: 3304124505850001,
      }),
    ).toEqual({
      keys: ['330412********01'],
      nested: { 'id-330412********01': 'x' },
      limit: 100_000_000_000_000,
      max: Number.MAX_SAFE_INTEGER,
      typed: '330412********01',
    });
  });

  it('returns the same object when there is nothing to redact', () => {
    const params = { minimum: 1, origin: 'number', allowed: ['a', 'b'] };
    expect(redactValue(params)).toBe(params);
    const path = ['rows', 3, 'nik'];
    expect(redactPath(path)).toBe(path);
  });

  it('redacts a NIK used as a key or a Map key in a path', () => {
    expect(redactPath(['groups', NIK, 0])).toEqual(['groups', '330412********01', 0]);
    expect(redactPath(['groups', 3304124505850001, 0])).toEqual(['groups', '330412********01', 0]);
  });
});

describe('issues and errors are redacted when they are built', () => {
  it('a record keyed by NIK: the path segment is masked', () => {
    const r = safeParseWith(z.record(z.string(), z.number()), { [NIK]: 'x' });
    expect(r.success).toBe(false);
    const issue = !r.success ? r.issues[0] : undefined;
    expect(issue?.path).toEqual(['330412********01']);
    expect(issue?.message).toBe('330412********01 must be number, received string');
  });

  it('an unknown key under a strict object: params.keys and the message are masked', () => {
    const r = safeParseWith(z.object({ a: z.number() }).strict(), { a: 1, [`${NIK}`]: 1 });
    const issue = !r.success ? r.issues[0] : undefined;
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.params).toEqual({ keys: ['330412********01'] });
    expect(issue?.message).toBe('unknown field(s): "330412********01"');
  });

  it('a caller template sees redacted params and path', () => {
    const issue = createIssue(
      'custom',
      ['members', NIK],
      { nik: `${NIK.slice(0, 4)} ${NIK.slice(4, 8)} ${NIK.slice(8, 12)} ${NIK.slice(12)}` },
      { messages: { custom: (p, path) => `${String(p.nik)} at ${path.join('/')}` } },
    );
    expect(issue.message).toBe('3304 12** **** **01 at members/330412********01');
  });

  it('an error: messages, params values and keys; JSON and util.inspect show no NIK', () => {
    const error = new ConfigurationError(
      'custom',
      { en: `bad table ${NIK}`, id: `tabel ${NIK} salah` },
      { tableId: NIK, [NIK]: true, maximum: 100_000_000_000_000 },
    );
    expect(error.message).toBe('bad table 330412********01');
    expect(error.messages.id).toBe('tabel 330412********01 salah');
    expect(error.params).toEqual({
      tableId: '330412********01',
      '330412********01': true,
      maximum: 100_000_000_000_000,
    });
    for (const text of [
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error.stack),
    ]) {
      expect(text).not.toContain(NIK);
    }
  });

  it('a ValidationError built from hand-made issues redacts them', () => {
    const error = new ValidationError(
      [{ code: 'custom', path: [NIK], params: { name: NIK }, message: `bad ${NIK}` }],
      'row',
      { en: `bad ${NIK}`, id: `salah ${NIK}` },
    );
    expect(error.issues[0]).toEqual({
      code: 'custom',
      path: ['330412********01'],
      params: { name: '330412********01' },
      message: 'bad 330412********01',
    });
    expect(inspect(error, { depth: 10 })).not.toContain(NIK);
  });

  it('a limit the library prints stays readable in the message', () => {
    const issue = createIssue('too_big', ['amount'], {
      maximum: 100_000_000_000_000,
      origin: 'number',
    });
    expect(issue.message).toBe('amount must be at most 100000000000000');
    try {
      roundRupiah(9007199254740991, { unit: 3, mode: 'up' });
    } catch (error) {
      // whichever way the rounding is fixed, a limit in the message is printed whole
      expect(error).toBeInstanceOf(SejahteraError);
      expect((error as SejahteraError).message).not.toMatch(/\*/);
    }
  });
});

describe('ParameterNotFoundError', () => {
  it('its tableId and date fields are redacted too', () => {
    const error = new ParameterNotFoundError(NIK, '2024-01-31', undefined);
    expect(error.tableId).toBe('330412********01');
    expect(error.date).toBe('2024-01-31');
    expect(error.message).toBe('Table "330412********01" has no value in force on 2024-01-31');
    expect(JSON.stringify(error)).not.toContain(NIK);
  });
});
