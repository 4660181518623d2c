import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import {
  bandsForScale,
  classifyPercentage,
  defineInstrument,
  type RespondentAnswers,
  safeDefineInstrument,
  scoreResponseColumns,
  scoreResponses,
} from '../../src/tridaya/index.js';

const close = (actual: number | undefined, expected: number, tol = 1e-12) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol);

const codesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => i.code);
    if (e instanceof ConfigurationError) return [e.code];
    throw e;
  }
  return [];
};

describe('defineInstrument', () => {
  it('fills in defaults and lists the dayas measured in canonical order', () => {
    const inst = defineInstrument({
      id: 'x',
      scale: { min: 1, max: 5 },
      items: [
        { id: 'l1', daya: 'lingkungan' },
        { id: 's1', daya: 'sosial', reverse: true, weight: 2 },
      ],
    });
    expect(inst.dayas).toEqual(['sosial', 'lingkungan']);
    expect(inst.items[0]).toEqual({ id: 'l1', daya: 'lingkungan', reverse: false, weight: 1 });
    expect(Object.isFrozen(inst)).toBe(true);
  });

  it('rejects duplicate item ids, a declared daya without items and an undeclared daya', () => {
    const codes = codesOf(() =>
      defineInstrument({
        id: 'x',
        scale: { min: 1, max: 5 },
        dayas: ['sosial', 'ekonomi'],
        items: [
          { id: 'a', daya: 'sosial' },
          { id: 'a', daya: 'sosial' },
          { id: 'b', daya: 'lingkungan' },
        ],
      }),
    );
    expect(codes).toEqual(
      expect.arrayContaining(['duplicate_item_id', 'daya_without_items', 'daya_not_declared']),
    );
  });

  it('requires an integer scale with 0 <= min < max, positive weights and at least one item', () => {
    expect(
      codesOf(() =>
        defineInstrument({
          id: 'x',
          scale: { min: 5, max: 5 },
          items: [{ id: 'a', daya: 'sosial' }],
        }),
      ),
    ).toEqual(['invalid_scale']);
    expect(
      codesOf(() =>
        defineInstrument({
          id: 'x',
          scale: { min: 1, max: 4.5 },
          items: [{ id: 'a', daya: 'sosial' }],
        }),
      ),
    ).toEqual(['not_integer']);
    expect(
      codesOf(() =>
        defineInstrument({
          id: 'x',
          scale: { min: 1, max: 5 },
          items: [{ id: 'a', daya: 'sosial', weight: 0 }],
        }),
      ),
    ).toEqual(['too_small']);
    expect(
      codesOf(() => defineInstrument({ id: 'x', scale: { min: 1, max: 5 }, items: [] })),
    ).toEqual(['too_small']);
    expect(
      safeDefineInstrument({
        id: 'x',
        scale: { min: 1, max: 5 },
        items: [{ id: 'a', daya: 'budaya' }],
      }).success,
    ).toBe(false);
  });
});

describe('scoreResponses: hand-worked instrument with a reverse item and a weighted item', () => {
  const inst = defineInstrument({
    id: 'hand',
    scale: { min: 1, max: 5 },
    items: [
      { id: 's1', daya: 'sosial' },
      { id: 's2', daya: 'sosial', reverse: true },
      { id: 'e1', daya: 'ekonomi' },
      { id: 'e2', daya: 'ekonomi', weight: 2 },
      { id: 'l1', daya: 'lingkungan' },
    ],
  });

  it('flips reverse items to min + max - answer and weights items in actual and ideal', () => {
    const r = scoreResponses(inst, [[4, 2, 3, 5, 1]]);
    const s = r.valid[0]?.value;
    // sosial: 4 + (1 + 5 - 2) = 8 of 10 -> 80 (efektif, [68, 84))
    expect(s?.dayas.sosial).toMatchObject({
      actual: 8,
      ideal: 10,
      percentage: 80,
      category: 'efektif',
    });
    // ekonomi: 3 + 2 x 5 = 13 of 5 + 2 x 5 = 15 -> 86.67 (sangat efektif)
    expect(s?.dayas.ekonomi).toMatchObject({ actual: 13, ideal: 15, category: 'sangat_efektif' });
    close(s?.dayas.ekonomi?.percentage, 1300 / 15);
    // lingkungan: 1 of 5 -> 20, the lowest possible, sangat tidak efektif
    expect(s?.dayas.lingkungan).toMatchObject({ percentage: 20, category: 'sangat_tidak_efektif' });
    // overall, equal daya weights: (80 + 260/3 + 20) / 3 = 560/9 = 62.22 -> cukup efektif
    close(s?.overall.percentage, 560 / 9);
    expect(s?.overall.category).toBe('cukup_efektif');
    expect(s?.overall.label).toEqual({ id: 'Cukup efektif', en: 'Fairly effective' });
  });

  it('weights the dayas in the overall when asked', () => {
    const r = scoreResponses(inst, [[4, 2, 3, 5, 1]], {
      dayaWeights: { sosial: 2, ekonomi: 1, lingkungan: 1 },
    });
    // (2 x 80 + 260/3 + 20) / 4 = (540 + 260) / 12 = 800 / 12 = 66.67
    close(r.valid[0]?.value.overall.percentage, 800 / 12);
    expect(r.dayaWeights).toEqual({ sosial: 2, ekonomi: 1, lingkungan: 1 });
  });

  it('accepts weights as an alias of dayaWeights, and refuses two different ones', () => {
    // (80 + 260/3 + 3 x 20) / 5 = (240 + 260 + 180) / 15 = 680 / 15 = 45.33 -> tidak efektif
    const r = scoreResponses(inst, [[4, 2, 3, 5, 1]], {
      weights: { sosial: 1, ekonomi: 1, lingkungan: 3 },
    });
    close(r.valid[0]?.value.overall.percentage, 680 / 15);
    expect(r.valid[0]?.value.overall.category).toBe('tidak_efektif');
    expect(
      codesOf(() =>
        scoreResponses(inst, [], {
          weights: { sosial: 1, ekonomi: 1, lingkungan: 3 },
          dayaWeights: { sosial: 1, ekonomi: 1, lingkungan: 1 },
        }),
      ),
    ).toEqual(['invalid_option']);
  });

  it('rejects daya weights that miss a measured daya or name one not measured', () => {
    expect(codesOf(() => scoreResponses(inst, [], { dayaWeights: { sosial: 1 } }))).toEqual([
      'invalid_daya_weights',
    ]);
    const one = defineInstrument({
      id: 'o',
      scale: { min: 1, max: 5 },
      items: [{ id: 'a', daya: 'sosial' }],
    });
    expect(
      codesOf(() => scoreResponses(one, [], { dayaWeights: { sosial: 1, ekonomi: 1 } })),
    ).toEqual(['invalid_daya_weights']);
    expect(codesOf(() => scoreResponses(one, [], { dayaWeights: { sosial: -1 } }))).toEqual([
      'invalid_daya_weights',
    ]);
  });

  it('rejects out-of-scale and non-integer answers with the respondent index, and counts add up', () => {
    const r = scoreResponses(inst, [
      [4, 2, 3, 5, 1],
      [6, 2, 3, 5, 1],
      [0, 2, 3, 5, 1],
      [4, 2.5, 3, 5, 1],
      [4, 2, '3', 5, 1] as unknown as number[],
      [4, 2, 3, 5],
      null as unknown as number[],
    ]);
    expect(r.counts).toEqual({ total: 7, valid: 1, rejected: 6 });
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [1, 'answer_out_of_scale'],
      [2, 'answer_out_of_scale'],
      [3, 'answer_not_integer'],
      [4, 'answer_not_integer'],
      [5, 'answers_length_mismatch'],
      [6, 'invalid_respondent'],
    ]);
    expect(r.rejected[0]?.issues[0]?.path).toEqual([0]);
  });

  it('reads answers by item id, with a respondent id, and rejects unknown item ids', () => {
    const r = scoreResponses(inst, [
      { id: 'R-01', answers: { s1: 4, s2: 2, e1: 3, e2: 5, l1: 1 } },
      { respondentId: 7, s1: 4, s2: 2, e1: 3, e2: 5, l1: 1 },
      { s1: 4, s2: 2, e1: 3, e2: 5, l1: 1, q9: 3 },
    ]);
    expect(r.valid.map((v) => [v.index, v.value.id])).toEqual([
      [0, 'R-01'],
      [1, 7],
    ]);
    close(r.valid[1]?.value.overall.percentage, 560 / 9);
    expect(r.rejected[0]).toMatchObject({ index: 2, missingItemIds: [] });
    expect(r.rejected[0]?.issues[0]?.code).toBe('unknown_item');
  });
});

describe('scoreResponses: missing-answer policies', () => {
  const inst = defineInstrument({
    id: 'miss',
    scale: { min: 1, max: 5 },
    items: [
      { id: 's1', daya: 'sosial' },
      { id: 's2', daya: 'sosial' },
      { id: 'e1', daya: 'ekonomi' },
    ],
  });
  const rows = [
    [4, null, 3],
    [2, 4, 5],
    [null, 5, null],
  ];

  it("'reject' (default) returns the respondent as a rejection with the missing item ids", () => {
    const r = scoreResponses(inst, rows);
    expect(r.missing).toBe('reject');
    expect(r.counts).toEqual({ total: 3, valid: 1, rejected: 2 });
    expect(r.rejected.map((x) => [x.index, x.missingItemIds])).toEqual([
      [0, ['s2']],
      [2, ['s1', 'e1']],
    ]);
    expect(r.rejected[0]?.issues[0]?.code).toBe('missing_answer');
    // respondent 1: sosial 6/10 = 60, ekonomi 5/5 = 100 -> overall 80
    expect(r.valid[0]?.value.overall.percentage).toBe(80);
    expect(r.aggregate?.overall.percentage).toBe(80);
  });

  it("'skip' shrinks the ideal score and rejects a respondent with a daya left blank", () => {
    const r = scoreResponses(inst, rows, { missing: 'skip' });
    // respondent 0: sosial 4/5 = 80, ekonomi 3/5 = 60 -> 70
    expect(r.valid[0]?.value.dayas.sosial).toMatchObject({
      actual: 4,
      ideal: 5,
      percentage: 80,
      answered: 1,
    });
    expect(r.valid[0]?.value.overall.percentage).toBe(70);
    // respondent 2 answered no ekonomi item
    expect(r.rejected[0]).toMatchObject({ index: 2, missingItemIds: ['s1', 'e1'] });
    expect(r.rejected[0]?.issues[0]?.code).toBe('daya_unanswered');
    // aggregate = total actual / total ideal: sosial (4 + 6) / (5 + 10) = 66.67, ekonomi (3 + 5) / 10 = 80
    close(r.aggregate?.dayas.sosial?.percentage, 200 / 3);
    expect(r.aggregate?.dayas.ekonomi?.percentage).toBe(80);
    close(r.aggregate?.overall.percentage, (200 / 3 + 80) / 2);
  });

  it("'item-mean' fills a gap with the item's mean over those who answered it", () => {
    const r = scoreResponses(inst, rows, { missing: 'item-mean' });
    expect(r.counts.valid).toBe(3);
    // means: s1 (4 + 2) / 2 = 3; s2 (4 + 5) / 2 = 4.5; e1 (3 + 5) / 2 = 4
    // respondent 0: sosial (4 + 4.5) / 10 = 85, ekonomi 3/5 = 60 -> 72.5
    expect(r.valid[0]?.value.dayas.sosial).toMatchObject({
      actual: 8.5,
      percentage: 85,
      imputed: 1,
      answered: 1,
    });
    expect(r.valid[0]?.value.overall.percentage).toBe(72.5);
    // respondent 2: sosial (3 + 5) / 10 = 80, ekonomi 4/5 = 80 -> 80
    expect(r.valid[2]?.value.overall.percentage).toBe(80);
    // aggregate: sosial (8.5 + 6 + 8) / 30 = 75; ekonomi (3 + 5 + 4) / 15 = 80
    expect(r.aggregate?.dayas.sosial?.percentage).toBe(75);
    expect(r.aggregate?.dayas.ekonomi?.percentage).toBe(80);
    expect(r.aggregate?.overall.percentage).toBe(77.5);
  });

  it("'item-mean' flips the mean of a reverse item like an answer", () => {
    const rev = defineInstrument({
      id: 'rev',
      scale: { min: 1, max: 5 },
      items: [
        { id: 'a', daya: 'sosial' },
        { id: 'b', daya: 'sosial', reverse: true },
      ],
    });
    const r = scoreResponses(
      rev,
      [
        [5, 1],
        [5, 2],
        [5, null],
      ],
      { missing: 'item-mean' },
    );
    // mean of b = 1.5, flipped 6 - 1.5 = 4.5: (5 + 4.5) / 10 = 95
    expect(r.valid[2]?.value.dayas.sosial?.percentage).toBe(95);
  });

  it("'item-mean' rejects when nobody answered the item", () => {
    const r = scoreResponses(inst, [[4, null, 3]], { missing: 'item-mean' });
    expect(r.rejected[0]).toMatchObject({ index: 0, missingItemIds: ['s2'] });
    expect(r.rejected[0]?.issues[0]?.code).toBe('item_mean_unavailable');
    expect(r.aggregate).toBeUndefined();
  });

  it('a row rejected for an invalid answer still reports its missing items', () => {
    const r = scoreResponses(inst, [[9, null, 3]]);
    expect(r.rejected[0]?.missingItemIds).toEqual(['s2']);
    expect(r.rejected[0]?.issues.map((i) => i.code)).toEqual([
      'answer_out_of_scale',
      'missing_answer',
    ]);
  });

  it('rejects an unknown policy as a configuration mistake', () => {
    // @ts-expect-error an unknown policy
    expect(codesOf(() => scoreResponses(inst, rows, { missing: 'zero' }))).toEqual([
      'invalid_option',
    ]);
  });
});

describe("the seed's reading: 63% is cukup efektif (seed 000, Purnomo & Utami)", () => {
  it('scores 20 respondents x 3 items to 63% per daya and overall', () => {
    const inst = defineInstrument({
      id: 'p2kp',
      scale: { min: 1, max: 5 },
      items: [
        { id: 'sosial', daya: 'sosial' },
        { id: 'ekonomi', daya: 'ekonomi' },
        { id: 'lingkungan', daya: 'lingkungan' },
      ],
    });
    // 17 respondents answer 3 and 3 answer 4: 17 x 3 + 3 x 4 = 63 of an ideal 20 x 5 = 100 per daya.
    const rows = [...Array(17).fill([3, 3, 3]), ...Array(3).fill([4, 4, 4])];
    const r = scoreResponses(inst, rows);
    expect(r.aggregate?.dayas.sosial).toMatchObject({ actual: 63, ideal: 100, percentage: 63 });
    expect(r.aggregate?.overall).toMatchObject({ percentage: 63, category: 'cukup_efektif' });
  });
});

describe('band presets', () => {
  it("'likert-5-equal' on a 1-5 scale gives 20-36-52-68-84-100", () => {
    expect(
      bandsForScale({ min: 1, max: 5 }, 'likert-5-equal').map((b) => [b.code, b.from, b.to]),
    ).toEqual([
      ['sangat_tidak_efektif', 20, 36],
      ['tidak_efektif', 36, 52],
      ['cukup_efektif', 52, 68],
      ['efektif', 68, 84],
      ['sangat_efektif', 84, 100],
    ]);
  });

  it('derives the bands from the scale: 1-4 gives 25-40-55-70-85-100, 0-4 gives 0-20-...-100', () => {
    expect(bandsForScale({ min: 1, max: 4 }).map((b) => b.from)).toEqual([25, 40, 55, 70, 85]);
    expect(bandsForScale({ min: 0, max: 4 }).map((b) => b.from)).toEqual([0, 20, 40, 60, 80]);
    // 1-7: min 100/7; bounds 100(5 + 6k)/35
    for (const [k, b] of bandsForScale({ min: 1, max: 7 }).entries()) {
      close(b.from, (100 * (5 + 6 * k)) / 35, 1e-12);
    }
  });

  it("'likert-3-equal' splits 20..100 into rendah / sedang / tinggi", () => {
    const b = bandsForScale({ min: 1, max: 5 }, 'likert-3-equal');
    expect(b.map((x) => x.code)).toEqual(['rendah', 'sedang', 'tinggi']);
    close(b[1]?.from, 20 + 80 / 3);
    close(b[2]?.from, 20 + 160 / 3);
  });

  it('lower bounds are inclusive and the top band includes 100', () => {
    const bands = bandsForScale({ min: 1, max: 5 });
    const at = (p: number) => classifyPercentage(p, bands).code;
    expect([
      at(20),
      at(35.999),
      at(36),
      at(51.99),
      at(52),
      at(63),
      at(67.99),
      at(68),
      at(83.99),
      at(84),
      at(100),
    ]).toEqual([
      'sangat_tidak_efektif',
      'sangat_tidak_efektif',
      'tidak_efektif',
      'tidak_efektif',
      'cukup_efektif',
      'cukup_efektif',
      'cukup_efektif',
      'efektif',
      'efektif',
      'sangat_efektif',
      'sangat_efektif',
    ]);
  });

  it('classifies scores exactly on a boundary (25 items: 85/125 = 68% is efektif, 84/125 = 67.2% is not)', () => {
    const inst = defineInstrument({
      id: 'edge',
      scale: { min: 1, max: 5 },
      items: Array.from({ length: 25 }, (_, i) => ({ id: `q${i}`, daya: 'sosial' as const })),
    });
    const row = (total: number) => {
      // 25 answers summing to total: fill with 3s then adjust
      const a = Array(25).fill(1);
      let left = total - 25;
      for (let i = 0; i < 25 && left > 0; i++) {
        const add = Math.min(4, left);
        a[i] += add;
        left -= add;
      }
      return a;
    };
    const r = scoreResponses(inst, [
      row(45),
      row(65),
      row(85),
      row(84),
      row(105),
      row(125),
      row(25),
    ]);
    expect(r.valid.map((v) => [v.value.overall.percentage, v.value.overall.category])).toEqual([
      [36, 'tidak_efektif'],
      [52, 'cukup_efektif'],
      [68, 'efektif'],
      [67.2, 'cukup_efektif'],
      [84, 'sangat_efektif'],
      [100, 'sangat_efektif'],
      [20, 'sangat_tidak_efektif'],
    ]);
  });

  it('accepts user-defined bands that are contiguous, increasing and cover the scale', () => {
    const inst = defineInstrument({
      id: 'u',
      scale: { min: 1, max: 5 },
      items: [{ id: 'a', daya: 'ekonomi' }],
    });
    const bands = [
      { code: 'low', from: 0, to: 50 },
      { code: 'high', from: 50, to: 100, label: { id: 'Tinggi', en: 'High' } },
    ];
    const r = scoreResponses(inst, [[2], [3]], { bands });
    expect(r.valid.map((v) => v.value.overall.category)).toEqual(['low', 'high']);
    expect(
      codesOf(() =>
        scoreResponses(inst, [], {
          bands: [
            { code: 'a', from: 0, to: 40 },
            { code: 'b', from: 50, to: 100 },
          ],
        }),
      ),
    ).toEqual(['bands_not_contiguous']);
    expect(
      codesOf(() => scoreResponses(inst, [], { bands: [{ code: 'a', from: 50, to: 40 }] })),
    ).toEqual(['bands_not_increasing']);
    expect(
      codesOf(() => scoreResponses(inst, [], { bands: [{ code: 'a', from: 30, to: 100 }] })),
    ).toEqual(['bands_do_not_cover_scale']);
    // @ts-expect-error an unknown preset
    expect(codesOf(() => scoreResponses(inst, [], { bands: 'likert-7' }))).toEqual([
      'unknown_preset',
    ]);
  });
});

describe('properties', () => {
  const instrumentArb = fc
    .record({
      min: fc.integer({ min: 0, max: 3 }),
      span: fc.integer({ min: 1, max: 6 }),
      items: fc.array(
        fc.record({
          daya: fc.constantFrom('sosial' as const, 'ekonomi' as const, 'lingkungan' as const),
          reverse: fc.boolean(),
          weight: fc.constantFrom(1, 2, 0.5, 3),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(({ min, span, items }) =>
      defineInstrument({
        id: 'p',
        scale: { min, max: min + span },
        items: items.map((it, i) => ({ id: `q${i}`, ...it })),
      }),
    );
  const withRows = instrumentArb.chain((inst) =>
    fc.tuple(
      fc.constant(inst),
      fc.array(
        fc.array(
          fc.oneof(
            { weight: 8, arbitrary: fc.integer({ min: inst.scale.min, max: inst.scale.max }) },
            { weight: 1, arbitrary: fc.constant(null) },
          ),
          { minLength: inst.items.length, maxLength: inst.items.length },
        ),
        { minLength: 1, maxLength: 12 },
      ),
      fc.constantFrom('reject' as const, 'skip' as const, 'item-mean' as const),
    ),
  );

  it('every percentage stays within min/max x 100 .. 100, and counts add up', () => {
    fc.assert(
      fc.property(withRows, ([inst, rows, missing]) => {
        const r = scoreResponses(inst, rows, { missing });
        expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
        expect(r.counts.total).toBe(rows.length);
        const lowest = (100 * inst.scale.min) / inst.scale.max;
        const all = r.valid.flatMap((v) => [
          v.value.overall.percentage,
          ...Object.values(v.value.dayas).map((d) => d.percentage),
        ]);
        for (const p of all) {
          expect(p).toBeGreaterThanOrEqual(lowest - 1e-9);
          expect(p).toBeLessThanOrEqual(100 + 1e-9);
          expect(p).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('permuting respondents changes no score and no aggregate', () => {
    fc.assert(
      fc.property(withRows, fc.integer({ min: 0, max: 1000 }), ([inst, rows, missing], seed) => {
        const order = rows
          .map((_, i) => i)
          .sort((a, b) => ((a * 31 + seed) % 17) - ((b * 31 + seed) % 17) || a - b);
        const a = scoreResponses(inst, rows, { missing });
        const b = scoreResponses(
          inst,
          order.map((i) => rows[i] as (number | null)[]),
          { missing },
        );
        expect(b.counts).toEqual(a.counts);
        for (const v of b.valid) {
          const original = a.valid.find((x) => x.index === order[v.index]);
          close(v.value.overall.percentage, original?.value.overall.percentage as number, 1e-9);
        }
        if (a.aggregate === undefined) expect(b.aggregate).toBeUndefined();
        else close(b.aggregate?.overall.percentage, a.aggregate.overall.percentage, 1e-9);
      }),
    );
  });

  it('with the reject policy the aggregate equals the mean of respondent percentages', () => {
    fc.assert(
      fc.property(withRows, ([inst, rows]) => {
        const r = scoreResponses(inst, rows as RespondentAnswers[]);
        if (r.aggregate === undefined) return;
        const mean = r.valid.reduce((s, v) => s + v.value.overall.percentage, 0) / r.valid.length;
        close(r.aggregate.overall.percentage, mean, 1e-9);
      }),
    );
  });

  it('a complete row scores the same as an array (fast path) and by item id (general path)', () => {
    fc.assert(
      fc.property(withRows, ([inst, rows]) => {
        const complete = rows.map((row) =>
          row.map((v, j) => v ?? inst.scale.min + (j % (inst.scale.max - inst.scale.min + 1))),
        );
        const byId = complete.map((row) =>
          Object.fromEntries(row.map((v, j) => [inst.items[j]?.id as string, v])),
        );
        const a = scoreResponses(inst, complete);
        const b = scoreResponses(inst, byId);
        expect(a.counts.valid).toBe(rows.length);
        expect(a.valid).toEqual(b.valid); // toEqual compares numbers with Object.is: bit for bit
        expect(a.aggregate).toEqual(b.aggregate);
        const cols = scoreResponseColumns(inst, complete);
        for (const v of a.valid) {
          expect(cols.percentages.overall?.[v.index]).toBe(v.value.overall.percentage);
        }
      }),
    );
  });

  it('with whole weights, the overall is the exact fraction 100 sum(A_d prod_{e != d} I_e) / (D prod I_d), rounded once', () => {
    // Oracle in BigInt: with equal daya weights, overall = (1/D) sum_d 100 A_d / I_d, with A_d and
    // I_d recomputed here from the answers (reverse items flipped to min + max - a).
    fc.assert(
      fc.property(withRows, ([inst, rows]) => {
        if (inst.items.some((item) => !Number.isInteger(item.weight))) return;
        const { min, max } = inst.scale;
        for (const row of rows) {
          if (row.some((v) => v === null)) continue;
          const A = new Map<string, bigint>();
          const I = new Map<string, bigint>();
          inst.items.forEach((item, j) => {
            const a = row[j] as number;
            const w = BigInt(item.weight);
            A.set(
              item.daya,
              (A.get(item.daya) ?? 0n) + w * BigInt(item.reverse ? min + max - a : a),
            );
            I.set(item.daya, (I.get(item.daya) ?? 0n) + w * BigInt(max));
          });
          const dayas = [...I.keys()];
          const prod = dayas.reduce((p, d) => p * (I.get(d) as bigint), 1n);
          const num = dayas.reduce(
            (s, d) => s + (A.get(d) as bigint) * (prod / (I.get(d) as bigint)),
            0n,
          );
          const den = BigInt(dayas.length) * prod;
          if (num * 100n > BigInt(Number.MAX_SAFE_INTEGER) || den > BigInt(Number.MAX_SAFE_INTEGER))
            continue;
          const [scored] = scoreResponses(inst, [row]).valid;
          expect(scored?.value.overall.percentage).toBe(Number(num * 100n) / Number(den));
        }
      }),
    );
  });

  it('scoreResponseColumns gives the same scores, rejections and aggregate as scoreResponses', () => {
    fc.assert(
      fc.property(withRows, ([inst, rows, missing]) => {
        const a = scoreResponses(inst, rows, { missing });
        const b = scoreResponseColumns(inst, rows, { missing });
        expect(b.counts).toEqual(a.counts);
        expect(b.rejected).toEqual(a.rejected);
        expect(b.aggregate).toEqual(a.aggregate);
        for (const v of a.valid) {
          expect(b.scored[v.index]).toBe(1);
          expect(b.percentages.overall?.[v.index]).toBe(v.value.overall.percentage);
          expect(b.bands[b.bandIndexes.overall?.[v.index] as number]?.code).toBe(
            v.value.overall.category,
          );
          for (const [d, score] of Object.entries(v.value.dayas)) {
            expect(b.percentages[d as 'sosial']?.[v.index]).toBe(score.percentage);
          }
        }
        for (const r of a.rejected) {
          expect(b.scored[r.index]).toBe(0);
          expect(b.percentages.overall?.[r.index]).toBeNaN();
        }
      }),
    );
  });
});
