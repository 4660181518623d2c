import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_internal/freeze.js';
import { ConfigurationError, ValidationError, valueAt } from '../../src/index.js';
import {
  classifyByPovertyLine,
  classifyRiceEquivalent,
  definePovertyLineTable,
  povertyLineAt,
  BPS_POVERTY_LINE_TOTAL_INPUT,
} from '../../src/poverty/index.js';
import {
  classifyKolektibilitas,
  resolveKolektibilitasTable,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import { portfolioIndicators } from '../../src/revolving-fund/portfolio/index.js';
import type { KolektibilitasTable, LoanAssessment } from '../../src/revolving-fund/types.js';

// Issue 10 item 6: the module caches moved onto _internal/memo.ts. A memo table must never change a
// result: equal inputs that are different objects get the same answer, a frozen input is answered
// the same the second time, and an unfrozen input changed between two calls is read again (no stale
// answer). Every expected value below is worked out by hand from the rule it names.

describe('poverty bands (bands.ts: memoizeFrozen)', () => {
  // Line 1,000,000 and expenditure 850,000: 0.85 times the line.
  const options = (bands: object) => ({ line: 1_000_000, bands: bands as never });
  const status = (bands: object) => classifyByPovertyLine(850_000, options(bands)).status;

  it('answers equal frozen bands alike, and the same bands the same twice', () => {
    const a = Object.freeze({ sangat_miskin: 0.9, miskin: 1, hampir_miskin: 1.2, rentan: 1.6 });
    const b = Object.freeze({ sangat_miskin: 0.9, miskin: 1, hampir_miskin: 1.2, rentan: 1.6 });
    // 0.85 < 0.9: sangat miskin.
    expect(status(a)).toBe('sangat_miskin');
    expect(status(a)).toBe('sangat_miskin');
    expect(status(b)).toBe('sangat_miskin');
  });

  it('reads unfrozen bands again at every call', () => {
    const bands = { sangat_miskin: 0.8, miskin: 1, hampir_miskin: 1.2, rentan: 1.6 };
    // 0.8 <= 0.85 < 1: miskin.
    expect(status(bands)).toBe('miskin');
    bands.sangat_miskin = 0.9;
    expect(status(bands)).toBe('sangat_miskin');
    // 0.9 then 0.85: no longer increasing, refused (the bands are checked again).
    bands.miskin = 0.85;
    expect(() => status(bands)).toThrow(ConfigurationError);
  });
});

describe('rice-equivalent presets (rice-equivalent.ts: a constant)', () => {
  // 3,000,000 a year at 10,000 a kg: 300 kg.
  const classify = (thresholds: object | string) =>
    classifyRiceEquivalent({
      expenditurePerCapitaPerYear: 3_000_000,
      ricePricePerKg: 10_000,
      thresholds: thresholds as never,
    });

  it('answers a preset as its thresholds given as an object', () => {
    // sajogyo-urban: 270 <= 300 < 360: miskin sekali.
    const expected = { kg: 300, status: 'miskin_sekali' };
    expect(classify('sajogyo-urban')).toEqual(expected);
    expect(classify('sajogyo-urban')).toEqual(expected);
    expect(classify({ miskin: 480, miskinSekali: 360, palingMiskin: 270 })).toEqual(expected);
    const frozen = Object.freeze({ miskin: 480, miskinSekali: 360, palingMiskin: 270 });
    expect(classify(frozen)).toEqual(expected);
    expect(classify(frozen)).toEqual(expected);
  });

  it('reads unfrozen thresholds again at every call', () => {
    const t = { miskin: 480, miskinSekali: 360, palingMiskin: 270 };
    expect(classify(t).status).toBe('miskin_sekali');
    t.miskinSekali = 290;
    // 290 <= 300 < 480: miskin.
    expect(classify(t).status).toBe('miskin');
  });
});

describe('kolektibilitas tables (table.ts: memoizeFrozen with the frozen copy as a second key)', () => {
  const table = () => ({
    id: 'custom-30',
    source: 'a test table',
    unit: 'days' as const,
    levels: [
      {
        level: 1,
        code: 'lancar',
        label: { id: 'Lancar', en: 'Current' },
        from: 0,
        to: 30,
        provisionRate: '0.01',
      },
      {
        level: 2,
        code: 'macet',
        label: { id: 'Macet', en: 'Loss' },
        from: 31,
        provisionRate: '1',
      } as { level: number; code: string; label: object; from: number; provisionRate: string },
    ],
  });
  const arrears = { daysPastDue: 20, missedInstalments: 0, monthsInArrears: 0 };

  it('answers equal frozen tables alike, and the same frozen table with the same result', () => {
    const a = deepFreeze(table()) as unknown as KolektibilitasTable;
    const b = deepFreeze(table()) as unknown as KolektibilitasTable;
    // 20 days is in 0..30: level 1.
    expect(classifyKolektibilitas(a, arrears).code).toBe('lancar');
    expect(classifyKolektibilitas(a, arrears)).toBe(classifyKolektibilitas(a, arrears));
    expect(classifyKolektibilitas(b, arrears)).toEqual(classifyKolektibilitas(a, arrears));
    // The resolved copy of an unfrozen table answers as the table did.
    const resolved = resolveKolektibilitasTable(table() as unknown as KolektibilitasTable);
    expect(classifyKolektibilitas(resolved, arrears)).toEqual(classifyKolektibilitas(a, arrears));
  });

  it('reads an unfrozen table again at every call', () => {
    const t = table();
    expect(classifyKolektibilitas(t as unknown as KolektibilitasTable, arrears).code).toBe(
      'lancar',
    );
    (t.levels[0] as { to: number }).to = 10;
    (t.levels[1] as { from: number }).from = 11;
    // 20 days is now in 11..: level 2.
    expect(classifyKolektibilitas(t as unknown as KolektibilitasTable, arrears).code).toBe('macet');
    // A gap (11..49 belongs to no level): refused, so the table was checked again.
    (t.levels[1] as { from: number }).from = 50;
    expect(() => classifyKolektibilitas(t as unknown as KolektibilitasTable, arrears)).toThrow(
      ConfigurationError,
    );
  });

  it('reads a table frozen on top but with unfrozen levels again at every call', () => {
    const levels = table().levels;
    const t = Object.freeze({ ...table(), levels });
    expect(classifyKolektibilitas(t as unknown as KolektibilitasTable, arrears).code).toBe(
      'lancar',
    );
    (levels[0] as { to: number }).to = 10;
    (levels[1] as { from: number }).from = 11;
    expect(classifyKolektibilitas(t as unknown as KolektibilitasTable, arrears).code).toBe('macet');
  });
});

describe('portfolio kolektibilitas fields (read-assessment.ts: memoizeFrozen)', () => {
  const level2 = () => ({
    tableId: 'ojk-bank-2019',
    level: 2,
    code: 'dalam_perhatian_khusus',
    label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
    provisionRate: '0.05',
  });
  const loan = (kolektibilitas: object): LoanAssessment =>
    ({
      asOf: '2024-06-30',
      status: 'active',
      principal: 1_000_000,
      outstandingPrincipal: 1_000_000,
      daysPastDue: 10,
      missedInstalments: 1,
      dueToDate: 100_000,
      paidOnTimeToDate: 0,
      provision: 50_000,
      kolektibilitas,
    }) as unknown as LoanAssessment;
  const levels = (kols: readonly object[]) =>
    portfolioIndicators(kols.map(loan)).kolektibilitas.map((r) => [
      r.level,
      r.code,
      r.label.en,
      r.provisionRate,
      r.count,
    ]);

  it('counts equal frozen and unfrozen levels as one level, the same at every call', () => {
    const a = deepFreeze(level2());
    const b = deepFreeze(level2());
    const expected = [[2, 'dalam_perhatian_khusus', 'Special mention', '0.05', 3]];
    expect(levels([a, b, level2()])).toEqual(expected);
    expect(levels([a, b, level2()])).toEqual(expected);
  });

  it('reads an unfrozen level again at every call', () => {
    const k = level2();
    expect(levels([k])).toEqual([[2, 'dalam_perhatian_khusus', 'Special mention', '0.05', 1]]);
    Object.assign(k, { level: 3, code: 'kurang_lancar', provisionRate: '0.15' });
    k.label = { id: 'Kurang Lancar', en: 'Substandard' };
    expect(levels([k])).toEqual([[3, 'kurang_lancar', 'Substandard', '0.15', 1]]);
  });

  it('reads again a frozen level whose label is not frozen', () => {
    const label = { id: 'Dalam Perhatian Khusus', en: 'Special mention' };
    const k = Object.freeze({ ...level2(), label });
    expect(levels([k])[0]?.[2]).toBe('Special mention');
    label.en = 'Watch';
    expect(levels([k])[0]?.[2]).toBe('Watch');
  });
});

describe('dated tables (dated-table.ts: memoizeFrozen, deep)', () => {
  const handmade = () => ({
    id: 'h',
    description: '',
    unit: '',
    entries: [{ from: '2020-01-01', value: 1, source: 's' }],
  });

  it('answers equal frozen tables alike, and the same table the same twice', () => {
    const a = deepFreeze(handmade());
    const b = deepFreeze(handmade());
    expect(valueAt(a, '2021-01-01')).toEqual({ value: 1, from: '2020-01-01', source: 's' });
    expect(valueAt(a, '2021-01-01')).toEqual(valueAt(b, '2021-01-01'));
  });

  it('checks an unfrozen table again at every call (a change is seen, a broken change refused)', () => {
    const t = handmade();
    expect(valueAt(t, '2021-01-01').value).toBe(1);
    // An entry before the first, added at the end: no longer in date order.
    t.entries.push({ from: '2019-01-01', value: 2, source: 's' });
    expect(() => valueAt(t, '2021-01-01')).toThrow(ValidationError);
    t.entries = [{ from: '2020-01-01', value: 3, source: 's' }];
    expect(valueAt(t, '2021-01-01').value).toBe(3);
  });

  it('checks a frozen table with unfrozen entries again at every call', () => {
    const entries = [{ from: '2020-01-01', value: 1, source: 's' }];
    const t = Object.freeze({ ...handmade(), entries });
    expect(valueAt(t, '2021-01-01').value).toBe(1);
    entries.push({ from: '2019-01-01', value: 2, source: 's' });
    expect(() => valueAt(t, '2021-01-01')).toThrow(ValidationError);
  });
});

describe('poverty line parts (national-lines.ts: a registry of the shipped tables)', () => {
  it('gives the food and non-food parts of a shipped table only, at every call', () => {
    // March 2025: GKM 454,299 + GKNM 154,861 = 609,160 (Antara, 2025-07-25), as tests/poverty/lines.test.ts.
    const shipped = { value: 609_160, food: 454_299, nonFood: 154_861 };
    expect(povertyLineAt({ date: '2025-03-01' })).toMatchObject(shipped);
    expect(povertyLineAt({ date: '2025-03-01' })).toMatchObject(shipped);
    // The same figures in a table of the caller's own: the value, but no parts (BPS's parts belong to
    // the shipped table, not to every table with its values).
    const own = definePovertyLineTable(BPS_POVERTY_LINE_TOTAL_INPUT);
    const line = povertyLineAt({ date: '2025-03-01', table: own });
    expect(line.value).toBe(609_160);
    expect(line.food).toBeUndefined();
    expect(line.nonFood).toBeUndefined();
  });
});
