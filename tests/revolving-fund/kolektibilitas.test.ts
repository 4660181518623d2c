import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  checkKolektibilitasTable,
  classifyKolektibilitas,
  KOLEKTIBILITAS_PRESETS,
  KolektibilitasTableSchema,
  OJK_BANK_2019,
  OJK_BPR_2024,
  parseKolektibilitasTable,
  resolveKolektibilitasTable,
  safeParseKolektibilitasTable,
  UPK_PERKOTAAN_2013,
  UPK_SOFTWARE_DEFAULT,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import type { KolektibilitasTable } from '../../src/revolving-fund/types.js';

/** Arrears of a monthly loan `days` past due, with months counted the UPK way (floor(days / 30)). */
const byDays = (days: number, missed = 0) => ({
  daysPastDue: days,
  missedInstalments: missed,
  monthsInArrears: Math.floor(days / 30),
});

describe('OJK commercial banks (POJK 40/POJK.03/2019) by days past due', () => {
  // Boundaries straight from the regulation: 0 | 1-90 | 91-120 | 121-180 | > 180.
  it.each([
    [0, 1, 'lancar', '0.01'],
    [1, 2, 'dalam_perhatian_khusus', '0.05'],
    [90, 2, 'dalam_perhatian_khusus', '0.05'],
    [91, 3, 'kurang_lancar', '0.15'],
    [120, 3, 'kurang_lancar', '0.15'],
    [121, 4, 'diragukan', '0.5'],
    [180, 4, 'diragukan', '0.5'],
    [181, 5, 'macet', '1'],
    [10_000, 5, 'macet', '1'],
  ])('%i days past due is level %i (%s, provision %s)', (days, level, code, rate) => {
    const r = classifyKolektibilitas(OJK_BANK_2019, byDays(days));
    expect(r).toMatchObject({ tableId: 'ojk-bank-2019', level, code, provisionRate: rate });
  });

  it('accepts the preset name as well as the preset object', () => {
    expect(classifyKolektibilitas('ojk-bank-2019', byDays(91)).level).toBe(3);
  });
});

describe('OJK rural banks (POJK 33/2018 days, POJK 1/2024 minimum provisions)', () => {
  it.each([
    [0, 1, '0.005'],
    [30, 1, '0.005'],
    [31, 2, '0.03'],
    [90, 2, '0.03'],
    [91, 3, '0.1'],
    [180, 3, '0.1'],
    [181, 4, '0.5'],
    [360, 4, '0.5'],
    [361, 5, '1'],
  ])('%i days past due is level %i with minimum provision %s', (days, level, rate) => {
    expect(classifyKolektibilitas(OJK_BPR_2024, byDays(days))).toMatchObject({
      level,
      provisionRate: rate,
    });
  });
});

describe('UPK software default, counted in whole months (floor(days / 30))', () => {
  it.each([
    // 89 / 30 = 2.97 -> 2 months: lancar (< 3 months)
    [89, 1, 'lancar', '0.005'],
    // 90 / 30 = 3 months: diragukan (< 6 months)
    [90, 2, 'diragukan', '0.5'],
    // 179 / 30 = 5.97 -> 5 months: still diragukan
    [179, 2, 'diragukan', '0.5'],
    // 180 / 30 = 6 months: macet (>= 6 months)
    [180, 3, 'macet', '1'],
  ])('%i days past due is level %i (%s)', (days, level, code, rate) => {
    expect(classifyKolektibilitas(UPK_SOFTWARE_DEFAULT, byDays(days))).toMatchObject({
      level,
      code,
      provisionRate: rate,
    });
  });

  it('reads monthsInArrears, not the days, when both are given', () => {
    expect(
      classifyKolektibilitas(UPK_SOFTWARE_DEFAULT, {
        daysPastDue: 0,
        missedInstalments: 0,
        monthsInArrears: 6,
      }).code,
    ).toBe('macet');
  });

  it('derives months as floor(days / 30) when only daysPastDue is given', () => {
    const arrears = { daysPastDue: 90, missedInstalments: 3 } as unknown as Parameters<
      typeof classifyKolektibilitas
    >[1];
    expect(classifyKolektibilitas(UPK_SOFTWARE_DEFAULT, arrears).code).toBe('diragukan');
  });
});

describe('UPK Perkotaan POB 2013, counted in missed instalments', () => {
  it('is Kol 1 lancar with no arrears', () => {
    expect(classifyKolektibilitas(UPK_PERKOTAAN_2013, byDays(0, 0))).toMatchObject({
      level: 1,
      code: 'lancar',
    });
  });
  it.each([1, 2, 3])('is Kol 2 with %i missed instalments (<= 3)', (missed) => {
    expect(classifyKolektibilitas(UPK_PERKOTAAN_2013, byDays(400, missed)).level).toBe(2);
  });
  it('puts 4 or more missed instalments in the open-ended Kol 3 Kurang Lancar (unconfirmed)', () => {
    expect(classifyKolektibilitas(UPK_PERKOTAAN_2013, byDays(0, 4))).toMatchObject({
      level: 3,
      code: 'kurang_lancar',
      provisionRate: null,
    });
    expect(classifyKolektibilitas(UPK_PERKOTAAN_2013, byDays(0, 48)).level).toBe(3);
  });
  it('says which parts are unconfirmed', () => {
    expect(UPK_PERKOTAAN_2013.confirmed).toBe(false);
    expect(UPK_PERKOTAAN_2013.unconfirmed.length).toBeGreaterThan(0);
    expect(OJK_BANK_2019.confirmed).toBe(true);
  });
});

describe('every preset', () => {
  it.each(Object.entries(KOLEKTIBILITAS_PRESETS))(
    '%s is valid, cites a source and is frozen',
    (name, preset) => {
      expect(checkKolektibilitasTable(preset)).toEqual([]);
      expect(resolveKolektibilitasTable(name as keyof typeof KOLEKTIBILITAS_PRESETS)).toBe(preset);
      expect(preset.source.length).toBeGreaterThan(10);
      expect(Object.isFrozen(preset.levels[0])).toBe(true);
    },
  );
});

const base: KolektibilitasTable = {
  id: 'test',
  source: 'test table',
  unit: 'days',
  levels: [
    {
      level: 1,
      code: 'lancar',
      label: { id: 'Lancar', en: 'Current' },
      from: 0,
      to: 0,
      provisionRate: 0.01,
    },
    {
      level: 2,
      code: 'kurang_lancar',
      label: { id: 'KL', en: 'Sub' },
      from: 1,
      to: 90,
      provisionRate: '0.1',
    },
    { level: 3, code: 'macet', label: { id: 'Macet', en: 'Loss' }, from: 91, provisionRate: 1 },
  ],
};
const withLevel = (i: number, patch: Record<string, unknown>): KolektibilitasTable => ({
  ...base,
  levels: base.levels.map((l, j) => (j === i ? ({ ...l, ...patch } as typeof l) : l)),
});

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).code;
  }
  throw new Error('did not throw');
}

describe('bad tables are rejected with the rule they break', () => {
  it('accepts a good table and returns a frozen copy equal to it', () => {
    const t = resolveKolektibilitasTable(base);
    expect(t).toEqual(base);
    expect(Object.isFrozen(t)).toBe(true);
  });
  it('rejects a gap (91 follows 89)', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { to: 89 })))).toBe(
      'kolektibilitas_gap',
    );
  });
  it('rejects an overlap (level 3 starts at 90 while level 2 runs to 90)', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(2, { from: 90 })))).toBe(
      'kolektibilitas_overlap',
    );
  });
  it('rejects a provision rate of 1.5 and of -0.1', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { provisionRate: 1.5 })))).toBe(
      'kolektibilitas_provision_out_of_range',
    );
    expect(
      thrownCode(() => resolveKolektibilitasTable(withLevel(1, { provisionRate: '-0.1' }))),
    ).toBe('kolektibilitas_provision_out_of_range');
  });
  it('rejects an open-ended middle level', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { to: undefined })))).toBe(
      'kolektibilitas_open_ended_not_last',
    );
  });
  it('rejects a closed last level', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(2, { to: 365 })))).toBe(
      'kolektibilitas_last_level_closed',
    );
  });
  it('rejects a first level that does not start at 0', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(0, { from: 1, to: 1 })))).toBe(
      'kolektibilitas_not_from_zero',
    );
  });
  it('rejects fractional bounds', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { to: 90.5 })))).toBe(
      'kolektibilitas_bound_not_integer',
    );
  });
  it('rejects duplicate levels and codes', () => {
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { level: 1 })))).toBe(
      'kolektibilitas_duplicate_level',
    );
    expect(thrownCode(() => resolveKolektibilitasTable(withLevel(1, { code: 'lancar' })))).toBe(
      'kolektibilitas_duplicate_code',
    );
  });
  it('rejects an empty table, an unknown unit and an unknown preset name', () => {
    expect(thrownCode(() => resolveKolektibilitasTable({ ...base, levels: [] }))).toBe(
      'kolektibilitas_no_levels',
    );
    expect(
      thrownCode(() =>
        resolveKolektibilitasTable({ ...base, unit: 'weeks' } as unknown as KolektibilitasTable),
      ),
    ).toBe('invalid_kolektibilitas_table');
    expect(
      thrownCode(() => resolveKolektibilitasTable('ojk-2099' as unknown as 'ojk-bank-2019')),
    ).toBe('unknown_kolektibilitas_preset');
  });
  it('lists every problem in params.issues and says it in both languages', () => {
    try {
      resolveKolektibilitasTable(withLevel(1, { to: 89, provisionRate: 2 }));
      throw new Error('did not throw');
    } catch (error) {
      const e = error as ConfigurationError;
      const issues = e.params.issues as { code: string; path: unknown[] }[];
      expect(issues.map((i) => i.code).sort()).toEqual(
        ['kolektibilitas_gap', 'kolektibilitas_provision_out_of_range'].sort(),
      );
      expect(e.messages.en).toMatch(/kolektibilitas/);
      expect(e.messages.id).toMatch(/tidak valid/);
    }
  });
  it('classify refuses a broken table too', () => {
    expect(thrownCode(() => classifyKolektibilitas(withLevel(1, { to: 89 }), byDays(5)))).toBe(
      'kolektibilitas_gap',
    );
  });
});

describe('arrears input', () => {
  it.each([-1, 1.5, Number.NaN, '3', null])(
    'rejects daysPastDue = %s with a ValidationError',
    (bad) => {
      expect(() =>
        classifyKolektibilitas(OJK_BANK_2019, { ...byDays(0), daysPastDue: bad as number }),
      ).toThrow(ValidationError);
    },
  );
});

describe('properties', () => {
  it('every whole measure falls in exactly the level whose range holds it, for every preset', () => {
    const presets = Object.values(KOLEKTIBILITAS_PRESETS);
    fc.assert(
      fc.property(fc.constantFrom(...presets), fc.nat(100_000), (preset, n) => {
        const arrears = { daysPastDue: n, missedInstalments: n, monthsInArrears: n };
        const r = classifyKolektibilitas(preset, arrears);
        const holding = preset.levels.filter(
          (l) => n >= l.from && (l.to === undefined || n <= l.to),
        );
        expect(holding).toHaveLength(1);
        expect(r.level).toBe(holding[0]?.level);
      }),
    );
  });
  it('the level never goes down as arrears grow', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const preset of Object.values(KOLEKTIBILITAS_PRESETS)) {
          const x = classifyKolektibilitas(preset, byDays(lo, lo));
          const y = classifyKolektibilitas(preset, byDays(hi, hi));
          expect(x.level).toBeLessThanOrEqual(y.level);
        }
      }),
    );
  });
});

describe('completing the UPK Perkotaan 2013 preset (as docs/revolving-fund-portfolio.md shows)', () => {
  it('accepts the confirmed Kol 1-2 followed by a program’s own Kol 3-5', () => {
    const table = resolveKolektibilitasTable({
      ...UPK_PERKOTAAN_2013,
      id: 'upk-kota-x-2024',
      source: 'SK BKM Kota X (Kol 3-5)',
      levels: [
        ...UPK_PERKOTAAN_2013.levels
          .slice(0, 2)
          .map((l) => ({ ...l, provisionRate: l.level === 1 ? '0.01' : '0.1' })),
        {
          level: 3,
          code: 'kurang_lancar',
          label: { id: 'Kurang Lancar', en: 'Substandard' },
          from: 4,
          to: 6,
          provisionRate: '0.25',
        },
        {
          level: 4,
          code: 'diragukan',
          label: { id: 'Diragukan', en: 'Doubtful' },
          from: 7,
          to: 9,
          provisionRate: '0.5',
        },
        {
          level: 5,
          code: 'macet',
          label: { id: 'Macet', en: 'Loss' },
          from: 10,
          provisionRate: '1',
        },
      ],
    });
    expect(classifyKolektibilitas(table, byDays(0, 3))).toMatchObject({
      level: 2,
      provisionRate: '0.1',
    });
    expect(classifyKolektibilitas(table, byDays(0, 7)).code).toBe('diragukan');
    expect(classifyKolektibilitas(table, byDays(0, 10)).code).toBe('macet');
  });
});

describe('tables from configuration files: parse, safeParse and the schema', () => {
  it('safeParseKolektibilitasTable returns the table or every issue, in Indonesian when asked', () => {
    const ok = safeParseKolektibilitasTable(JSON.parse(JSON.stringify(OJK_BPR_2024)));
    expect(ok.success && ok.data.levels.length).toBe(5);
    const bad = safeParseKolektibilitasTable(withLevel(1, { to: 89 }), { locale: 'id' });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues.map((i) => i.code)).toEqual(['kolektibilitas_gap']);
      expect(bad.issues[0]?.message).toMatch(/celah/);
    }
  });
  it('parseKolektibilitasTable throws a ValidationError listing the issues', () => {
    expect(() => parseKolektibilitasTable(withLevel(2, { from: 90 }))).toThrow(ValidationError);
    expect(parseKolektibilitasTable(base).id).toBe('test');
  });
  it('KolektibilitasTableSchema checks the rules too, and converts to JSON Schema', () => {
    expect(KolektibilitasTableSchema.safeParse(OJK_BANK_2019).success).toBe(true);
    expect(KolektibilitasTableSchema.safeParse(withLevel(1, { provisionRate: 1.5 })).success).toBe(
      false,
    );
    const json = z.toJSONSchema(KolektibilitasTableSchema, {
      io: 'input',
      unrepresentable: 'any',
    }) as {
      $defs?: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(Object.keys(json.$defs?.KolektibilitasTable?.properties ?? {})).toEqual([
      'id',
      'source',
      'unit',
      'levels',
    ]);
    expect(json.$defs?.KolektibilitasLevel).toBeDefined();
  });
});
