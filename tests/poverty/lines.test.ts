import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  ParameterNotFoundError,
  ValidationError,
  valueAt,
} from '../../src/index.js';
import {
  BPS_POVERTY_LINES,
  BPS_PROVINCIAL_POVERTY_LINES,
  classifyByPovertyLine,
  definePovertyLineTable,
  povertyLineAt,
  povertyLineTables,
} from '../../src/poverty/index.js';

// Values typed from the cited press reports of each BPS release (see docs/poverty.md), not from the code.

describe('povertyLineAt: national lines', () => {
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
      value: 582_932,
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
    // BPS published no September 2023 figures: March 2023 stays in force, not stale.
    {
      name: 'in the unpublished September 2023 semester',
      date: '2023-10-15',
      area: 'total',
      value: 550_458,
      from: '2023-03-01',
    },
    {
      name: 'in the unpublished September 2023 semester (urban)',
      date: '2024-02-29',
      area: 'urban',
      value: 569_299,
      from: '2023-03-01',
    },
    // BPS measured once a year in 2010: March 2010 stays in force until March 2011.
    {
      name: 'in the unpublished September 2010 semester',
      date: '2011-02-28',
      area: 'total',
      value: 211_726,
      from: '2010-03-01',
    },
    {
      name: 'March 2014, now listed',
      date: '2014-05-01',
      area: 'total',
      value: 302_735,
      from: '2014-03-01',
    },
    {
      name: 'March 2017, now listed',
      date: '2017-06-30',
      area: 'total',
      value: 374_478,
      from: '2017-03-01',
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
      name: 'the latest total line',
      date: '2026-02-28',
      area: 'total',
      value: 641_443,
      from: '2025-09-01',
    },
  ];
  for (const s of scenarios) {
    it(`returns the value in force ${s.name}`, () => {
      const found = povertyLineAt({ date: s.date, area: s.area });
      expect(found.value).toBe(s.value);
      expect(found.from).toBe(s.from);
      expect(found.source).toMatch(/^BPS, BRS/);
      expect(found.stale).toBeUndefined();
    });
  }

  it('no longer answers a 2022 urban date with the 2015 urban line (issue 12)', () => {
    // The last confirmed urban line before that day is September 2021 (Rp 502,730: Databoks 2022-01
    // and the BPS table by province and area); March 2022 has no confirmed urban line, so the
    // September 2021 value is refused as stale.
    const error = (() => {
      try {
        povertyLineAt({ date: '2022-06-30', area: 'urban' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParameterNotFoundError);
    expect((error as ParameterNotFoundError).code).toBe('parameter_stale');
    // Only a caller who accepts it gets the old line, marked stale, with its own date.
    expect(povertyLineAt({ date: '2022-06-30', area: 'urban', allowStale: true })).toMatchObject({
      value: 502_730,
      from: '2021-09-01',
      stale: true,
    });
    // The national total line on that day is the March 2022 line.
    expect(povertyLineAt({ date: '2022-06-30' }).value).toBe(505_469);
  });

  it('returns the food and non-food parts where two sources give them', () => {
    // Okezone/Kompas/Merdeka 2019-07-15: GK Rp 425,250 = GKM 313,232 + GKNM 112,018.
    expect(povertyLineAt({ date: '2019-08-31' })).toMatchObject({
      value: 425_250,
      food: 313_232,
      nonFood: 112_018,
    });
    // March 2025: GKM 454,299 + GKNM 154,861 = 609,160 (Antara, 2025-07-25).
    expect(povertyLineAt({ date: '2025-03-01' })).toMatchObject({
      food: 454_299,
      nonFood: 154_861,
    });
    // September 2018: Metro TV News and Kabar Tangsel (2019-01-15) both give "Garis Kemiskinan
    // Makanan sebesar Rp302.022 ... Bukan Makanan sebesar Rp108.648"; 302,022 + 108,648 = 410,670.
    expect(povertyLineAt({ date: '2018-12-01' })).toMatchObject({
      value: 410_670,
      food: 302_022,
      nonFood: 108_648,
    });
    // March 2018: Databoks (2018-08-01) and the BPS table by province and area both give GKM
    // Rp 294,806 and GKNM Rp 106,414; 294,806 + 106,414 = 401,220.
    expect(povertyLineAt({ date: '2018-06-30' })).toMatchObject({
      value: 401_220,
      food: 294_806,
      nonFood: 106_414,
    });
    // March 2017: no GKM/GKNM confirmed twice, so none returned.
    const mar2017 = povertyLineAt({ date: '2017-06-30' });
    expect(mar2017.value).toBe(374_478);
    expect(mar2017.food).toBeUndefined();
    expect(mar2017.nonFood).toBeUndefined();
  });

  it('keeps March 2024 at the first-published Rp 582,932 and records the reported revision in a note', () => {
    const march = povertyLineAt({ date: '2024-06-30' });
    expect(march.value).toBe(582_932);
    expect(march.note).toMatch(/582,910/);
    expect(march.note).toMatch(/not confirmed/);
  });

  it('defaults to the total line when no area is given', () => {
    expect(povertyLineAt({ date: '2024-06-01' }).value).toBe(582_932);
  });
});

describe('povertyLineAt: the staleness rule at its edges', () => {
  it('the last day of the latest semester is fresh; the first day of the next is stale', () => {
    // Latest national total: September 2025, in force 2025-09-01 .. 2026-02-28.
    expect(povertyLineAt({ date: '2026-02-28' }).value).toBe(641_443);
    expect(() => povertyLineAt({ date: '2026-03-01' })).toThrow(ParameterNotFoundError);
    try {
      povertyLineAt({ date: '2026-03-01' });
    } catch (e) {
      const err = e as ParameterNotFoundError;
      expect(err.code).toBe('parameter_stale');
      expect(err.tableId).toBe('bps-garis-kemiskinan-nasional-total');
      expect(err.stale).toEqual({
        lastFrom: '2025-09-01',
        lastValue: '641443',
        nextExpected: '2026-03-01',
      });
      expect(err.messages.en).toMatch(/641443 from 2025-09-01/);
      expect(err.messages.en).toMatch(/bps-garis-kemiskinan-nasional-total/);
      expect(err.messages.id).toMatch(/kedaluwarsa/);
    }
  });

  it('with allowStale the old value comes back marked stale, with its own date', () => {
    expect(povertyLineAt({ date: '2026-11-29', allowStale: true })).toMatchObject({
      value: 641_443,
      from: '2025-09-01',
      stale: true,
    });
    // allowStale does not mark a fresh value stale.
    expect(povertyLineAt({ date: '2026-02-28', allowStale: true }).stale).toBeUndefined();
  });

  it('a published semester missing from the table is stale from its first day (September 2011)', () => {
    expect(povertyLineAt({ date: '2011-08-31' }).value).toBe(233_740);
    expect(() => povertyLineAt({ date: '2011-09-01' })).toThrow(/period starting 2011-09-01/);
    // March 2012 is missing too: the March 2011 value stays stale until September 2012.
    expect(povertyLineAt({ date: '2012-08-31', allowStale: true })).toMatchObject({
      value: 233_740,
      from: '2011-03-01',
      stale: true,
    });
    expect(povertyLineAt({ date: '2012-09-01' }).value).toBe(259_520);
  });

  it('urban and rural: March 2025 is fresh until 31 August 2025, stale from 1 September 2025', () => {
    expect(povertyLineAt({ date: '2025-08-31', area: 'urban' }).value).toBe(629_561);
    expect(() => povertyLineAt({ date: '2025-09-01', area: 'urban' })).toThrow(
      ParameterNotFoundError,
    );
    expect(() => povertyLineAt({ date: '2025-09-01', area: 'rural' })).toThrow(
      /stale on 2025-09-01/,
    );
  });

  it('a user table without a cadence never goes stale; with one it does', () => {
    const values = { '2024-03-01': { value: 600_000, source: 'test' } };
    const plain = definePovertyLineTable({ id: 'plain', description: '', unit: '', values });
    expect(povertyLineAt({ date: '2030-01-01', table: plain }).value).toBe(600_000);
    const annual = definePovertyLineTable(
      { id: 'annual', description: '', unit: '', values },
      { cadence: 'annual' },
    );
    expect(povertyLineAt({ date: '2025-02-28', table: annual }).value).toBe(600_000);
    expect(() => povertyLineAt({ date: '2025-03-01', table: annual })).toThrow(/parameter|stale/);
  });
});

describe('povertyLineAt: provinces', () => {
  it('gives the province line by Kemendagri code and area', () => {
    // BPS Provinsi Lampung, BRS No. 50/07/18/Th. XVIII (17 July 2023): GK 559,011; perkotaan 610,614;
    // perdesaan 534,575.
    expect(povertyLineAt({ date: '2023-03-01', province: '18' }).value).toBe(559_011);
    expect(povertyLineAt({ date: '2023-06-30', province: '18', area: 'urban' }).value).toBe(
      610_614,
    );
    expect(povertyLineAt({ date: '2024-02-29', province: '18', area: 'rural' }).value).toBe(
      534_575,
    );
    // Jawa Tengah March 2025 (Media Indonesia, Kabar Jateng Terkini): Rp 537,812.
    expect(povertyLineAt({ date: '2025-08-31', province: '33' }).value).toBe(537_812);
    // DKI Jakarta September 2024 and March 2025: Rp 846,085 and Rp 852,768.
    expect(povertyLineAt({ date: '2025-01-01', province: '31' }).value).toBe(846_085);
    expect(povertyLineAt({ date: '2025-03-01', province: '31' }).value).toBe(852_768);
  });

  it('returns provincial food and non-food parts where two sources give them', () => {
    // Jawa Timur March 2024 (Antara Jatim, Beritalima, Kabar9): 408,011 + 128,111 = 536,122.
    expect(povertyLineAt({ date: '2024-03-01', province: '35' })).toMatchObject({
      value: 536_122,
      food: 408_011,
      nonFood: 128_111,
    });
    // Jawa Barat March 2025 (Bisnis.com, Satujabar): 410,143 + 137,609 = 547,752.
    expect(povertyLineAt({ date: '2025-08-31', province: '32' })).toMatchObject({
      value: 547_752,
      food: 410_143,
      nonFood: 137_609,
    });
  });

  it('applies the staleness rule to provincial tables', () => {
    // Jawa Timur: September 2024 is Rp 547,751 (Kanal Sembilan, Suara Surabaya, Ketik, 2025-01-15;
    // Bisnis.com's 547,571 is a typo); March 2025 is Rp 558,029 (IDN Times Jatim, Dnews); September
    // 2025 is not confirmed, so stale from 2025-09-01.
    expect(povertyLineAt({ date: '2024-08-31', province: '35' }).value).toBe(536_122);
    expect(povertyLineAt({ date: '2024-09-01', province: '35' })).toMatchObject({
      value: 547_751,
      food: 416_738,
      nonFood: 131_013,
    });
    expect(povertyLineAt({ date: '2025-02-28', province: '35' }).value).toBe(547_751);
    expect(povertyLineAt({ date: '2025-03-01', province: '35' }).value).toBe(558_029);
    expect(povertyLineAt({ date: '2025-08-31', province: '35' }).value).toBe(558_029);
    expect(() => povertyLineAt({ date: '2025-09-01', province: '35' })).toThrow(/stale/);
    // Lampung rural: March 2023 and March 2025 are confirmed; March 2024 is missing, so the March 2023
    // line is stale from 2024-03-01 until March 2025 applies.
    expect(povertyLineAt({ date: '2025-03-01', province: '18', area: 'rural' }).value).toBe(
      588_958,
    );
    expect(() => povertyLineAt({ date: '2024-03-01', province: '18', area: 'rural' })).toThrow(
      ParameterNotFoundError,
    );
  });

  it('throws parameter_not_found for a province or area with no line, and for the new Papua provinces', () => {
    for (const [province, area] of [
      ['76', 'total'],
      ['31', 'rural'],
      ['95', 'total'],
    ] as const) {
      try {
        povertyLineAt({ date: '2025-03-01', province, area });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ParameterNotFoundError);
        expect((e as ParameterNotFoundError).code).toBe('parameter_not_found');
        expect((e as ParameterNotFoundError).tableId).toContain(`provinsi-${province}`);
      }
    }
  });

  it('rejects a province that is not a two-digit Kemendagri code', () => {
    for (const province of ['99', '1', '018', 'Lampung', 18]) {
      expect(() => povertyLineAt({ date: '2025-03-01', province: province as string })).toThrow(
        ConfigurationError,
      );
    }
    try {
      povertyLineAt({ date: '2025-03-01', province: '10' });
    } catch (e) {
      expect((e as ConfigurationError).code).toBe('unknown_province');
      expect((e as ConfigurationError).messages.id).toMatch(/kode provinsi/);
    }
  });

  it('validates the date before reporting a missing province line', () => {
    expect(() => povertyLineAt({ date: '2025-02-30', province: '11' })).toThrow(ValidationError);
  });

  it('exposes the provincial tables by code', () => {
    expect(BPS_PROVINCIAL_POVERTY_LINES['18']?.urban?.id).toBe(
      'bps-garis-kemiskinan-provinsi-18-perkotaan',
    );
    expect(Object.keys(BPS_PROVINCIAL_POVERTY_LINES)).toHaveLength(38);
  });
});

describe('povertyLineAt: user tables and bad input', () => {
  it('uses a user-supplied table over area and province', () => {
    const lampung = definePovertyLineTable({
      id: 'gk-lampung',
      description: 'Garis kemiskinan Lampung (test figures)',
      unit: 'rupiah/kapita/bulan',
      values: {
        '2024-09-01': { value: 610_000, source: 'test' },
        '2024-03-01': { value: 600_000, source: 'test' },
      },
    });
    expect(povertyLineAt({ date: '2024-08-31', table: lampung, province: '33' })).toEqual({
      value: 600_000,
      from: '2024-03-01',
      source: 'test',
    });
    expect(() => povertyLineAt({ date: '2024-02-29', table: lampung })).toThrow(
      ParameterNotFoundError,
    );
  });

  it('rejects a user table with a non-positive or fractional line, or a bad cadence', () => {
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
    expect(() =>
      definePovertyLineTable(
        { id: 'x', description: '', unit: '', values: { '2024-03-01': { value: 1, source: 's' } } },
        { cadence: 'fortnightly' as 'annual' },
      ),
    ).toThrow(ValidationError);
  });

  it('rejects an impossible date and an unknown area', () => {
    expect(() => povertyLineAt({ date: '2023-02-29', area: 'total' })).toThrow(ValidationError);
    expect(() => povertyLineAt({ date: '2024-1-5', area: 'total' })).toThrow(ValidationError);
    expect(() => povertyLineAt({ date: '2024-01-05', area: 'kota' as unknown as 'urban' })).toThrow(
      ConfigurationError,
    );
  });

  it('throws ParameterNotFoundError before the first value', () => {
    expect(() => povertyLineAt({ date: '2010-02-28', area: 'total' })).toThrow(
      ParameterNotFoundError,
    );
    // The first national rural line is September 2014.
    expect(() => povertyLineAt({ date: '2014-08-31', area: 'rural' })).toThrow(
      ParameterNotFoundError,
    );
  });
});

describe('povertyLineTables', () => {
  it('lists each table with its coverage', () => {
    const tables = povertyLineTables();
    const total = tables.find((t) => t.id === 'bps-garis-kemiskinan-nasional-total');
    expect(total).toMatchObject({
      area: 'total',
      first: '2010-03-01',
      last: '2025-09-01',
      inForceUntil: '2026-02-28',
      // Published but not confirmed twice: September 2011, March 2012.
      missing: ['2011-09-01', '2012-03-01'],
    });
    expect(total?.province).toBeUndefined();
    const urban = tables.find((t) => t.id === 'bps-garis-kemiskinan-nasional-perkotaan');
    // September 2014 and 2015 (a paper citing BPS, and a copy of BPS's table by area), September
    // 2021 (Databoks) and September 2022 (Wantimpres), then from March 2023; the other semesters in
    // between have no urban line found in two sources. September 2023 was not published.
    expect(urban).toMatchObject({
      first: '2014-09-01',
      last: '2025-03-01',
      inForceUntil: '2025-08-31',
      count: 8,
      missing: [
        '2015-03-01',
        ...['2016', '2017', '2018', '2019', '2020'].flatMap((y) => [`${y}-03-01`, `${y}-09-01`]),
        '2021-03-01',
        '2022-03-01',
      ],
    });
    const jateng = tables.find((t) => t.province === '33' && t.area === 'total');
    // Jawa Tengah: March 2022 (JPNN + the BPS table copy), September 2022 (Dinkes Jateng, Pikiran
    // Rakyat), March 2023 (Antara, Republika), March and September 2024, March and September 2025
    // (JPNN, Jatengnews); September 2023 was not published, so nothing is missing.
    expect(jateng).toMatchObject({
      first: '2022-03-01',
      last: '2025-09-01',
      inForceUntil: '2026-02-28',
      count: 7,
      missing: [],
    });
    // Lampung total: the series from September 2017 (IDN Times, Inisiatornews) lacks September 2022,
    // March 2024 and September 2024.
    const lampung = tables.find((t) => t.province === '18' && t.area === 'total');
    expect(lampung).toMatchObject({
      first: '2017-09-01',
      last: '2025-03-01',
      inForceUntil: '2025-08-31',
      missing: ['2022-09-01', '2024-03-01', '2024-09-01'],
    });
    expect(tables.every((t) => t.table.entries.length === t.count)).toBe(true);
  });

  it('agrees with valueAt on the in-force edge of every table', () => {
    for (const t of povertyLineTables()) {
      expect(valueAt(t.table, t.inForceUntil).from).toBe(t.last);
    }
  });

  it('shares the national tables with BPS_POVERTY_LINES', () => {
    const ids = povertyLineTables().map((t) => t.table);
    expect(ids).toContain(BPS_POVERTY_LINES.total);
    expect(ids).toContain(BPS_POVERTY_LINES.urban);
  });
});

describe('classifyByPovertyLine with a line lookup by province and area', () => {
  it('classifies against the household province and area line', () => {
    // Lampung rural, March 2023: Rp 534,575. 0.8 x 534,575 = 427,660 (by hand); 1.2 x = 641,490.
    // The provincial line is an opt-in (CHANGELOG, issue 11): povertyLineAt finds it.
    const lookup = { date: '2023-06-30', province: '18', area: 'rural' } as const;
    const line = povertyLineAt(lookup);
    expect(classifyByPovertyLine(500_000, { line })).toEqual({
      status: 'miskin',
      ratio: 500_000 / 534_575,
      line: 534_575,
    });
    expect(classifyByPovertyLine(427_659, { line }).status).toBe('sangat_miskin');
    expect(classifyByPovertyLine(427_660, { line }).status).toBe('miskin');
    // The same spending against Lampung's urban line (Rp 610,614) and the national urban line.
    expect(
      classifyByPovertyLine(600_000, { line: povertyLineAt({ ...lookup, area: 'urban' }) }).status,
    ).toBe('miskin');
    expect(
      classifyByPovertyLine(600_000, { line: { date: '2023-06-30', area: 'urban' } }).line,
    ).toBe(569_299);
  });

  it('Rp 450,000 in mid-2022: national total line, no silent 2015 urban line (issue 12)', () => {
    // March 2022 national line Rp 505,469: 450,000 < 505,469 and >= 0.8 x 505,469 = 404,375.2.
    expect(classifyByPovertyLine(450_000, { line: { date: '2022-06-30' } }).status).toBe('miskin');
    expect(() =>
      classifyByPovertyLine(450_000, { line: { date: '2022-06-30', area: 'urban' } }),
    ).toThrow(ParameterNotFoundError);
  });

  it('follows the staleness rule, and accepts an old line only when asked', () => {
    expect(() => classifyByPovertyLine(500_000, { line: { date: '2026-11-29' } })).toThrow(
      /parameter|stale/,
    );
    expect(
      classifyByPovertyLine(500_000, { line: { date: '2026-11-29', allowStale: true } }).line,
    ).toBe(641_443);
  });

  it('rejects a bad lookup with the lookup error', () => {
    expect(() =>
      classifyByPovertyLine(1, { line: { date: '2025-03-01', province: 'XX' } }),
    ).toThrow(ConfigurationError);
    expect(() => classifyByPovertyLine(1, { line: { date: 'soon' } })).toThrow(ValidationError);
  });
});

describe('docs: a kabupaten/kota table with an annual cadence (docs/poverty.md)', () => {
  it('follows the worked Bandar Lampung example', () => {
    const bandarLampung = definePovertyLineTable(
      {
        id: 'gk-kota-bandar-lampung',
        description: 'Garis kemiskinan Kota Bandar Lampung (BPS, Maret)',
        unit: 'rupiah/kapita/bulan',
        values: { '2022-03-01': { value: 698_598, source: 'Tribun Lampung 2023-08-21' } },
      },
      { cadence: 'annual' },
    );
    expect(povertyLineAt({ date: '2023-02-28', table: bandarLampung }).value).toBe(698_598);
    expect(() => povertyLineAt({ date: '2023-03-01', table: bandarLampung })).toThrow(
      ParameterNotFoundError,
    );
    // 0.8 x 698,598 = 558,878.4 <= 650,000 < 698,598: miskin.
    expect(
      classifyByPovertyLine(650_000, { line: { date: '2022-12-31', table: bandarLampung } }).status,
    ).toBe('miskin');
  });

  it('follows the worked docs examples of the national tables', () => {
    expect(povertyLineAt({ date: '2024-08-31' })).toMatchObject({
      value: 582_932,
      from: '2024-03-01',
      food: 433_906,
      nonFood: 149_026,
    });
    expect(povertyLineAt({ date: '2026-03-01', allowStale: true }).stale).toBe(true);
  });
});
