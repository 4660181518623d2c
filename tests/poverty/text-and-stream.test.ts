import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../src/core/index.js';
import {
  povertyMeasures,
  povertyMeasuresBy,
  povertyMeasuresByStream,
  PovertyRecordTextSchema,
} from '../../src/poverty/index.js';
import { readPovertyRecordTextFast } from '../../src/poverty/text.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('PovertyRecordTextSchema', () => {
  it('reads a household row of text', () => {
    expect(
      PovertyRecordTextSchema.parse({ expenditurePerCapita: 'Rp 450.000', size: '4', weight: '' }),
    ).toEqual({ expenditurePerCapita: 450_000, size: 4, weight: undefined });
    expect(PovertyRecordTextSchema.parse({ expenditurePerCapita: '450000.5' })).toEqual({
      expenditurePerCapita: 450_000.5,
    });
  });

  it('rejects a blank expenditure as required, never as a zero expenditure', () => {
    const r = validateBatch(PovertyRecordTextSchema, [{ expenditurePerCapita: '', size: '4' }]);
    expect(r.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['expenditurePerCapita']],
    ]);
  });

  it('gives the same measures as typed records (by hand: 2 of 3 households poor)', () => {
    const rows = [
      { expenditurePerCapita: '300.000', size: '4' },
      { expenditurePerCapita: '450.000', size: '2' },
      { expenditurePerCapita: 'Rp 900.000', size: '4' },
    ];
    const typed = validateBatch(PovertyRecordTextSchema, rows).valid.map((v) => v.value);
    // persons 10; poor 6; P1 = (4 x 0.5 + 2 x 0.25) / 10 = 0.25.
    const m = povertyMeasures(typed, { line: 600_000 });
    expect([m.p0, m.p1, m.population]).toEqual([0.6, 0.25, 10]);
  });

  const cell = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '0',
      '1',
      '4',
      '1,5',
      '1.500',
      'Rp 450.000',
      '450000.5',
      '-1',
      'x',
      '2,0',
      '1e3',
      '1,250,000',
      '\u00a04\u00a0',
    ),
    fc.stringMatching(/^[0-9.,]{0,8}$/),
    fc.integer().map(String),
    fc.double().map(String),
    hostile,
  );
  const row = fc.oneof(
    fc.record(
      { expenditurePerCapita: cell, size: cell, weight: cell, kecamatan: fc.string() },
      { requiredKeys: [] },
    ),
    hostile,
  );

  it('fast path agrees with the schema on arbitrary rows: accept/reject and output', () => {
    fc.assert(
      fc.property(row, (r) => {
        let sure: ReturnType<typeof readPovertyRecordTextFast>;
        try {
          sure = readPovertyRecordTextFast(r);
        } catch {
          sure = undefined;
        }
        const slow = PovertyRecordTextSchema.safeParse(r);
        if (sure !== undefined) {
          expect(slow.success).toBe(true);
          expect(sure).toStrictEqual(slow.data);
        } else if (slow.success) {
          // The fast path may hand a valid row to zod; then the batch still returns zod's value.
          expect(validateBatch(PovertyRecordTextSchema, [r]).valid[0]?.value).toStrictEqual(
            slow.data,
          );
        }
        const batch = validateBatch(PovertyRecordTextSchema, [r]);
        expect(batch.counts.valid).toBe(slow.success ? 1 : 0);
        if (slow.success) expect(batch.valid[0]?.value).toStrictEqual(slow.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('fast path is sure of the common well-formed rows', () => {
    expect(readPovertyRecordTextFast({ expenditurePerCapita: '450.000', size: '4' })).toEqual({
      expenditurePerCapita: 450_000,
      size: 4,
    });
  });
});

describe('povertyMeasuresByStream', () => {
  const records = [
    { kecamatan: 'Kedaton', expenditurePerCapita: 300_000, size: 4 },
    { kecamatan: 'Rajabasa', expenditurePerCapita: 900_000 },
    { kecamatan: 'Kedaton', expenditurePerCapita: 450_000, size: 2 },
    { kecamatan: 'Kedaton', expenditurePerCapita: -1 },
    { expenditurePerCapita: 100 },
    { kecamatan: 'Kedaton', expenditurePerCapita: 900_000, size: 4 },
  ];

  async function* slowly<T>(rows: readonly T[]) {
    for (const r of rows) yield r;
  }

  it('gives the measures of each group, by hand', async () => {
    const r = await povertyMeasuresByStream(slowly(records), 'kecamatan', { line: 600_000 });
    // Kedaton: persons 10, poor 6, P0 0.6, P1 0.25 (as povertyMeasures' example); Rajabasa: none poor.
    expect(r.groups.map((g) => [g.key, g.p0, g.p1, g.population])).toEqual([
      ['Kedaton', 0.6, 0.25, 10],
      ['Rajabasa', 0, 0, 1],
    ]);
    expect(r.counts).toEqual({ total: 6, valid: 4, rejected: 2 });
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [3, 'negative_expenditure'],
      [4, 'invalid_group_key'],
    ]);
  });

  it('equals povertyMeasuresBy on any population, sync or async', async () => {
    const rec = fc.record({
      g: fc.constantFrom('a', 'b', 'c', 1, 2, undefined),
      expenditurePerCapita: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constant(-5)),
      size: fc.integer({ min: 1, max: 9 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rec, { maxLength: 9000 }), async (rows) => {
        const expected = povertyMeasuresBy(rows, 'g', { line: 600_000 });
        const fromAsync = await povertyMeasuresByStream(slowly(rows), 'g', { line: 600_000 });
        const fromSync = await povertyMeasuresByStream(rows, 'g', { line: 600_000 });
        for (const got of [fromAsync, fromSync]) {
          expect(got.counts).toEqual(expected.counts);
          expect(got.rejected.map((x) => x.index)).toEqual(expected.rejected.map((x) => x.index));
          expect(got.groups.map((x) => x.key)).toEqual(expected.groups.map((x) => x.key));
          got.groups.forEach((gr, i) => {
            const e = expected.groups[i];
            expect(gr.counts).toEqual(e?.counts);
            expect(Math.abs(gr.p2 - (e?.p2 ?? 0))).toBeLessThan(1e-12);
            expect(Math.abs(gr.p1 - (e?.p1 ?? 0))).toBeLessThan(1e-12);
            expect(gr.p0).toBeCloseTo(e?.p0 ?? 0, 12);
          });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('hands rejections to onRejected in index order, keeping none, counts whole', async () => {
    const seen: number[] = [];
    function* many() {
      for (let i = 0; i < 20_000; i++) {
        yield i % 7 === 0
          ? null
          : { kecamatan: `K${i % 3}`, expenditurePerCapita: i % 5 === 0 ? -1 : 500_000 };
      }
    }
    const r = await povertyMeasuresByStream(many(), 'kecamatan', {
      line: 600_000,
      onRejected: (x) => seen.push(x.index),
    });
    const expected: number[] = [];
    for (let i = 0; i < 20_000; i++) if (i % 7 === 0 || i % 5 === 0) expected.push(i);
    expect(seen).toEqual(expected);
    expect(r.rejected).toEqual([]);
    expect(r.counts).toEqual({
      total: 20_000,
      valid: 20_000 - expected.length,
      rejected: expected.length,
    });
    for (const g of r.groups) expect(g.counts.valid + g.counts.rejected).toBe(g.counts.total);
  });

  it('rejects a source that is not iterable and bad options, with SejahteraErrors', async () => {
    await expect(povertyMeasuresByStream(5 as never, 'k', { line: 1 })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(povertyMeasuresByStream([], 'k', { line: -1 })).rejects.toMatchObject({
      code: 'invalid_line',
    });
    await expect(
      povertyMeasuresByStream([], 'k', { line: 1, onRejected: 5 as never }),
    ).rejects.toMatchObject({ code: 'invalid_option' });
  });

  it('is fuzzed: resolves or rejects with a SejahteraError', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (a, b, c) => {
        try {
          await povertyMeasuresByStream(a as never, b as never, c as never);
        } catch (error) {
          expectReturnsOrSejahteraError(() => {
            throw error;
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
