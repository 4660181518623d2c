// The @example blocks of the poverty TSDoc, run as written: a documented result that drifts fails here.
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/index.js';
import {
  BPS_NATIONAL_CADENCE,
  BPS_NATIONAL_NOT_PUBLISHED,
  BPS_NATIONAL_RELEASES,
  BPS_POVERTY_LINE_RURAL_INPUT,
  BPS_POVERTY_LINE_TOTAL_INPUT,
  BPS_POVERTY_LINE_URBAN_INPUT,
  BPS_POVERTY_LINES,
  BPS_PROVINCE_CODES,
  BPS_PROVINCIAL_POVERTY_LINES,
  BPS_PROVINCIAL_RELEASES,
  classifyByPovertyLine,
  classifyFamilyWelfare,
  classifyRiceEquivalent,
  computePerCapitaExpenditure,
  createPovertyAccumulator,
  createPovertyGroupTally,
  DEFAULT_POVERTY_BANDS,
  PAPUA_SPLIT,
  definePovertyLineTable,
  FAMILY_WELFARE_STAGE_LABELS,
  FAMILY_WELFARE_VERSIONS,
  POVERTY_BAND_LABELS,
  POVERTY_LINE_AREAS,
  PovertyRecordSchema,
  parsePovertyRecord,
  povertyLineAt,
  povertyLineTables,
  povertyMeasures,
  povertyMeasuresBy,
  povertyMessages,
  RICE_EQUIVALENT_LABELS,
  RICE_EQUIVALENT_PRESETS,
  safeParsePovertyRecord,
} from '../../src/poverty/index.js';

describe('TSDoc examples of sejahtera/poverty', () => {
  it('poverty lines', () => {
    const lampungUrban = definePovertyLineTable({
      id: 'gk-lampung-perkotaan',
      description: 'GK Lampung perkotaan',
      unit: 'rupiah/kapita/bulan',
      values: { '2024-03-01': { value: 600_000, source: 'BPS Provinsi Lampung (example figure)' } },
    });
    expect(povertyLineAt({ date: '2024-05-01', table: lampungUrban }).value).toBe(600_000);
    expect(povertyLineAt({ date: '2025-03-01', area: 'urban' }).value).toBe(629_561);
    expect(povertyLineAt({ date: '2023-12-31' }).value).toBe(550_458);
    expect(povertyLineAt({ date: '2023-06-30', area: 'rural', province: '18' }).value).toBe(
      534_575,
    );
    expect(povertyLineAt({ date: '2026-11-29', allowStale: true })).toMatchObject({
      value: 641_443,
      from: '2025-09-01',
      stale: true,
    });
    expect(POVERTY_LINE_AREAS).toEqual(['total', 'urban', 'rural']);
    expect(BPS_POVERTY_LINE_TOTAL_INPUT.values['2025-09-01']?.value).toBe(641_443);
    expect(BPS_POVERTY_LINE_URBAN_INPUT.values['2025-03-01']?.value).toBe(629_561);
    expect(BPS_POVERTY_LINE_RURAL_INPUT.values['2025-03-01']?.value).toBe(580_349);
    expect(valueAt(BPS_POVERTY_LINES.total, '2024-06-30').value).toBe(582_932);
    expect(BPS_NATIONAL_CADENCE.everyMonths).toBe(6);
    expect(BPS_NATIONAL_NOT_PUBLISHED).toEqual(['2010-09-01', '2023-09-01']);
    expect(BPS_NATIONAL_RELEASES.find((r) => r.period === '2025-03-01')?.urban?.value).toBe(
      629_561,
    );
    expect(
      BPS_PROVINCIAL_RELEASES.find((r) => r.period === '2023-03-01')?.provinces['18']?.urban?.value,
    ).toBe(610_614);
    expect(valueAt(BPS_PROVINCIAL_POVERTY_LINES['18']?.urban as never, '2023-06-30').value).toBe(
      610_614,
    );
    expect(BPS_PROVINCE_CODES.length).toBe(38);
    expect(PAPUA_SPLIT.firstRelease).toBe('2024-03-01');
    expect(
      povertyLineTables().find((t) => t.id === 'bps-garis-kemiskinan-nasional-total'),
    ).toMatchObject({ first: '2010-03-01', last: '2025-09-01', inForceUntil: '2026-02-28' });
  });

  it('classifiers', () => {
    expect(
      classifyByPovertyLine(500_000, {
        line: povertyLineAt({ date: '2023-06-30', province: '18', area: 'rural' }),
      }),
    ).toEqual({ status: 'miskin', ratio: 0.9353224524154702, line: 534_575 });
    expect(classifyByPovertyLine(466_328, { line: 582_910 })).toEqual({
      status: 'miskin',
      ratio: 0.8,
      line: 582_910,
    });
    expect(classifyByPovertyLine(582_910, { line: 582_910 })).toEqual({
      status: 'hampir_miskin',
      ratio: 1,
      line: 582_910,
    });
    expect(POVERTY_BAND_LABELS.hampir_miskin.en).toBe('Near poor');
    expect(DEFAULT_POVERTY_BANDS.hampir_miskin).toBe(1.2);
    expect(
      classifyRiceEquivalent({
        expenditurePerCapitaPerYear: 4_800_000,
        ricePricePerKg: 10_000,
        thresholds: 'bandar-lampung-2013',
      }),
    ).toEqual({ kg: 480, status: 'tidak_miskin' });
    expect(
      classifyRiceEquivalent({
        expenditurePerCapitaPerYear: 3_000_000,
        ricePricePerKg: 10_000,
        thresholds: 'sajogyo-urban',
      }),
    ).toEqual({ kg: 300, status: 'miskin_sekali' });
    expect(RICE_EQUIVALENT_LABELS.paling_miskin.id).toBe('Paling miskin');
    expect(RICE_EQUIVALENT_PRESETS['bandar-lampung-2013'].miskinSekali).toBe(380);
    const answers = Array.from({ length: 21 }, (_, k) => k < 14);
    expect(classifyFamilyWelfare(answers, { version: 'bkkbn-21' }).stage).toBe('ks2');
    expect(FAMILY_WELFARE_STAGE_LABELS.ks3_plus.id).toBe('Keluarga Sejahtera III Plus');
    expect(FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators.length).toBe(21);
    expect(FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators[7]?.id).toBe('ks2_lauk_protein');
    expect(computePerCapitaExpenditure({ householdExpenditure: 2_331_640, size: 4 })).toBe(582_910);
    expect(
      computePerCapitaExpenditure(
        { householdExpenditure: 1_000_000, size: 3 },
        { rounding: 'half-up' },
      ),
    ).toBe(333_333);
  });

  it('measures', () => {
    expect(
      povertyMeasures(
        [
          { expenditurePerCapita: 300_000, size: 4 },
          { expenditurePerCapita: 450_000, size: 2 },
          { expenditurePerCapita: 900_000, size: 4 },
        ],
        { line: 600_000 },
      ),
    ).toEqual({
      p0: 0.6,
      p1: 0.25,
      p2: 0.1125,
      population: 10,
      poorPopulation: 6,
      counts: { total: 3, valid: 3, rejected: 0 },
      rejected: [],
    });
    const north = createPovertyAccumulator({ line: 600_000 }).addAll([
      { expenditurePerCapita: 300_000, size: 4 },
    ]);
    const south = createPovertyAccumulator({ line: 600_000, firstIndex: 1 }).addAll([
      { expenditurePerCapita: 450_000, size: 2 },
      { expenditurePerCapita: 900_000, size: 4 },
    ]);
    expect(north.merge(south).result().p0).toBe(0.6);
    const tally = createPovertyGroupTally({ line: 600_000 });
    tally.add(0, 300_000, 4);
    tally.add(1, 900_000, 2);
    tally.add(0, 450_000, 2, Number.NaN);
    expect(createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(0)).result().p0).toBe(
      1,
    );
    expect(
      povertyMeasuresBy(
        [
          { kecamatan: 'Kedaton', expenditurePerCapita: 300_000 },
          { kecamatan: 'Rajabasa', expenditurePerCapita: 900_000 },
        ],
        'kecamatan',
        { line: 600_000 },
      ).groups.map((g) => [g.key, g.p0]),
    ).toEqual([
      ['Kedaton', 1],
      ['Rajabasa', 0],
    ]);
    expect(parsePovertyRecord({ expenditurePerCapita: 450_000, size: 4 })).toEqual({
      expenditurePerCapita: 450_000,
      size: 4,
    });
    expect(safeParsePovertyRecord({ expenditurePerCapita: -1 }).success).toBe(false);
    expect(PovertyRecordSchema.safeParse({ expenditurePerCapita: 450_000, size: 0 }).success).toBe(
      false,
    );
    expect(povertyMessages.household_size_not_positive.id({}, ['size'])).toBe(
      'size harus paling sedikit 1 orang',
    );
  });
});
