import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  ParameterNotFoundError,
  ValidationError,
  valueAt,
} from '../../src/index.js';
import {
  BPS_POVERTY_LINES,
  definePovertyLineTable,
  povertyLineAt,
} from '../../src/poverty/index.js';

// The national series as listed in DOMAIN.md section 1 (typed from the document, not from the code).
const NATIONAL: [string, number][] = [
  ['2010-03-01', 211_726],
  ['2011-03-01', 233_740],
  ['2012-03-01', 248_707],
  ['2012-09-01', 259_520],
  ['2013-03-01', 271_626],
  ['2013-09-01', 292_951],
  ['2014-09-01', 312_328],
  ['2015-03-01', 330_776],
  ['2015-09-01', 344_809],
  ['2016-03-01', 354_386],
  ['2016-09-01', 361_990],
  ['2017-09-01', 387_160],
  ['2018-03-01', 401_220],
  ['2018-09-01', 410_670],
  ['2019-03-01', 425_250],
  ['2019-09-01', 440_538],
  ['2020-03-01', 454_652],
  ['2020-09-01', 458_947],
  ['2021-03-01', 472_525],
  ['2021-09-01', 486_168],
  ['2022-03-01', 505_469],
  ['2022-09-01', 535_547],
  ['2023-03-01', 550_458],
  ['2024-03-01', 582_910], // revised from 582,932
  ['2024-09-01', 595_242],
  ['2025-03-01', 609_160],
];

describe('BPS national poverty line tables', () => {
  it('holds every national value from the documented series, keyed March -> 03-01, September -> 09-01', () => {
    expect(BPS_POVERTY_LINES.total.entries.map((e) => [e.from, e.value])).toEqual(NATIONAL);
  });

  it('gives every value a source naming its BPS release', () => {
    for (const table of Object.values(BPS_POVERTY_LINES)) {
      for (const e of table.entries) {
        expect(e.source.length).toBeGreaterThan(10);
        expect(e.source).toMatch(/BPS/);
      }
    }
    expect(BPS_POVERTY_LINES.total.entries[0]?.source).toMatch(/Maret 2010/);
    expect(BPS_POVERTY_LINES.total.entries[3]?.source).toMatch(/September 2012/);
  });

  it('records the March 2024 revision 582,932 -> 582,910 in a note', () => {
    const march = valueAt(BPS_POVERTY_LINES.total, '2024-03-01');
    expect(march.value).toBe(582_910);
    expect(march.note).toMatch(/582,932/);
    expect(march.note).toMatch(/582,910/);
  });

  it('holds the urban and rural lines of 2015 (seed 000) and 2023-2025', () => {
    expect(BPS_POVERTY_LINES.urban.entries.map((e) => [e.from, e.value])).toEqual([
      ['2015-09-01', 356_378],
      ['2023-03-01', 569_299],
      ['2024-03-01', 601_871],
      ['2024-09-01', 615_763],
      ['2025-03-01', 629_561],
    ]);
    expect(BPS_POVERTY_LINES.rural.entries.map((e) => [e.from, e.value])).toEqual([
      ['2015-09-01', 333_034],
      ['2023-03-01', 525_050],
      ['2024-03-01', 556_874],
      ['2024-09-01', 566_655],
      ['2025-03-01', 580_349],
    ]);
  });
});

describe('povertyLineAt', () => {
  const scenarios: {
    name: string;
    date: string;
    area: 'total' | 'urban' | 'rural';
    value: number;
    from: string;
  }[] = [
    {
      name: 'on the first date',
      date: '2010-03-01',
      area: 'total',
      value: 211_726,
      from: '2010-03-01',
    },
    {
      name: 'on a September change date',
      date: '2024-09-01',
      area: 'total',
      value: 595_242,
      from: '2024-09-01',
    },
    {
      name: 'the day before a change date',
      date: '2024-08-31',
      area: 'total',
      value: 582_910,
      from: '2024-03-01',
    },
    {
      name: 'on a March change date',
      date: '2025-03-01',
      area: 'total',
      value: 609_160,
      from: '2025-03-01',
    },
    {
      name: 'between semesters',
      date: '2022-12-31',
      area: 'total',
      value: 535_547,
      from: '2022-09-01',
    },
    {
      name: 'in a missing semester (September 2023)',
      date: '2023-10-15',
      area: 'total',
      value: 550_458,
      from: '2023-03-01',
    },
    {
      name: 'in a missing semester (March 2014)',
      date: '2014-05-01',
      area: 'total',
      value: 292_951,
      from: '2013-09-01',
    },
    {
      name: 'in a missing semester (March 2017)',
      date: '2017-06-30',
      area: 'total',
      value: 361_990,
      from: '2016-09-01',
    },
    {
      name: 'urban on its change date',
      date: '2024-09-01',
      area: 'urban',
      value: 615_763,
      from: '2024-09-01',
    },
    {
      name: 'rural between values',
      date: '2024-12-31',
      area: 'rural',
      value: 566_655,
      from: '2024-09-01',
    },
    {
      name: 'urban 2015 line from seed 000',
      date: '2016-01-01',
      area: 'urban',
      value: 356_378,
      from: '2015-09-01',
    },
    {
      name: 'after the last value',
      date: '2030-01-01',
      area: 'total',
      value: 609_160,
      from: '2025-03-01',
    },
  ];
  for (const s of scenarios) {
    it(`returns the value in force ${s.name}`, () => {
      const found = povertyLineAt({ date: s.date, area: s.area });
      expect(found.value).toBe(s.value);
      expect(found.from).toBe(s.from);
      expect(typeof found.source).toBe('string');
      expect(Object.keys(found).sort()).toEqual(['from', 'source', 'value']);
    });
  }

  it('throws ParameterNotFoundError before the first value', () => {
    expect(() => povertyLineAt({ date: '2010-02-28', area: 'total' })).toThrow(
      ParameterNotFoundError,
    );
    expect(() => povertyLineAt({ date: '2015-08-31', area: 'urban' })).toThrow(
      ParameterNotFoundError,
    );
    expect(() => povertyLineAt({ date: '2015-08-31', area: 'rural' })).toThrow(
      ParameterNotFoundError,
    );
  });

  it('defaults to the total line when no area is given', () => {
    expect(povertyLineAt({ date: '2024-06-01' }).value).toBe(582_910);
  });

  it('uses a user-supplied provincial table', () => {
    const lampung = definePovertyLineTable({
      id: 'gk-lampung',
      description: 'Garis kemiskinan Lampung (test figures)',
      unit: 'rupiah/kapita/bulan',
      values: {
        '2024-09-01': { value: 610_000, source: 'test' },
        '2024-03-01': { value: 600_000, source: 'test' },
      },
    });
    expect(povertyLineAt({ date: '2024-08-31', table: lampung })).toEqual({
      value: 600_000,
      from: '2024-03-01',
      source: 'test',
    });
    expect(() => povertyLineAt({ date: '2024-02-29', table: lampung })).toThrow(
      ParameterNotFoundError,
    );
  });

  it('rejects a user table with a non-positive or fractional line', () => {
    const make = (value: number) =>
      definePovertyLineTable({
        id: 'x',
        description: '',
        unit: '',
        values: { '2024-03-01': { value, source: 's' } },
      });
    expect(() => make(0)).toThrow(ValidationError);
    expect(() => make(-5)).toThrow(ValidationError);
    expect(() => make(1.5)).toThrow(ValidationError);
  });

  it('rejects an impossible date and an unknown area', () => {
    expect(() => povertyLineAt({ date: '2023-02-29', area: 'total' })).toThrow(ValidationError);
    expect(() => povertyLineAt({ date: '2024-1-5', area: 'total' })).toThrow(ValidationError);
    expect(() => povertyLineAt({ date: '2024-01-05', area: 'kota' as unknown as 'urban' })).toThrow(
      ConfigurationError,
    );
  });
});
