// Keeps the README's examples true: each value here was worked out by hand (arithmetic in comments).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  allocateRupiah,
  formatDate,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  KOLEKTIBILITAS_LABELS,
  labelOf,
  roundRupiah,
} from '../src/index.js';
import { defineRuleSet, kpbRuleSets, parseNik, verifyGroup } from '../src/kpb/index.js';
import { checkDesilEligibility, pkhBenefit, verifyPersonCommitment } from '../src/pkh/index.js';
import {
  classifyByPovertyLine,
  classifyRiceEquivalent,
  povertyLineAt,
  povertyMeasures,
} from '../src/poverty/index.js';
import { applyPayments, assessLoan, buildSchedule } from '../src/revolving-fund/index.js';
import {
  correlationPValue,
  defineInstrument,
  effectivenessRatio,
  scoreResponses,
} from '../src/tridaya/index.js';

describe('README examples', () => {
  it('pkh', () => {
    // 3,000,000 + 3,000,000 + 2,000,000 + 1,500,000 = 9,500,000 (SD 900,000 left out); / 4 = 2,375,000.
    const b = pkhBenefit(
      {
        persons: [
          { component: 'ibu_hamil' },
          { component: 'anak_usia_dini' },
          { component: 'sd' },
          { component: 'smp' },
          { component: 'sma' },
        ],
      },
      { year: 2022 },
    );
    expect(b.total).toBe(9_500_000);
    expect(b.stages).toEqual([2_375_000, 2_375_000, 2_375_000, 2_375_000]);
    expect(b.excluded[0]?.reason.code).toBe('family_cap_reached');
    // 51 x 100 = 5,100 = 85 x 60.
    expect(verifyPersonCommitment({ component: 'smp', attended: 51, expected: 60 }).compliant).toBe(
      true,
    );
    expect(
      checkDesilEligibility({ desil: 5 }, { program: 'pkh', date: '2025-06-01' }).eligible,
    ).toBe(false);
  });

  it('core', () => {
    expect(roundRupiah('375282.5')).toBe(375_283);
    expect(roundRupiah(1_234_567, { unit: 5000, mode: 'up' })).toBe(1_235_000);
    expect(allocateRupiah(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('poverty', () => {
    // DOMAIN.md: March 2024 urban line Rp 601,871, in force from 1 March 2024.
    expect(povertyLineAt({ date: '2024-06-30', area: 'urban' })).toMatchObject({
      value: 601_871,
      from: '2024-03-01',
    });
    // 466,328 = 0.8 x 582,910 exactly: not below 0.8, so miskin (below 1.0).
    expect(classifyByPovertyLine(466_328, { line: 582_910 })).toEqual({
      status: 'miskin',
      ratio: 0.8,
      line: 582_910,
    });
    // 4,800,000 / 10,000 = 480 kg, not strictly below 480.
    expect(
      classifyRiceEquivalent({
        expenditurePerCapitaPerYear: 4_800_000,
        ricePricePerKg: 10_000,
        thresholds: 'bandar-lampung-2013',
      }),
    ).toEqual({ kg: 480, status: 'tidak_miskin' });
    // Persons: 4 at 300k (gap 0.5), 2 at 450k (gap 0.25), 4 non-poor; N = 10.
    // P0 = 6/10; P1 = (4 x 0.5 + 2 x 0.25)/10 = 0.25; P2 = (4 x 0.25 + 2 x 0.0625)/10 = 0.1125.
    const m = povertyMeasures(
      [
        { expenditurePerCapita: 300_000, size: 4 },
        { expenditurePerCapita: 450_000, size: 2 },
        { expenditurePerCapita: 900_000, size: 4 },
      ],
      { line: 600_000 },
    );
    expect(m).toMatchObject({ p0: 0.6, p1: 0.25, population: 10, poorPopulation: 6 });
    expect(m.p2).toBeCloseTo(0.1125, 12);
  });

  it('revolving fund', () => {
    const schedule = buildSchedule({
      principal: 1_000_000,
      disbursedOn: '2024-01-31',
      tenor: 3,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
    // Flat: jasa 1.5% x 1,000,000 = 15,000; total (1,000,000/3 + 15,000) = 348,333.33 -> 348,333.
    expect(schedule.instalments.map((i) => [i.dueOn, i.principal, i.interest])).toEqual([
      ['2024-02-29', 333_333, 15_000],
      ['2024-03-31', 333_333, 15_000],
      ['2024-04-30', 333_334, 15_000],
    ]);
    expect(
      applyPayments(schedule, [{ paidOn: '2024-03-05', amount: 20_000 }]).instalments[0]
        ?.interestPaid,
    ).toBe(15_000);
    const a = assessLoan(schedule, [{ paidOn: '2024-02-29', amount: 348_333 }], {
      asOf: '2024-04-10',
      kolektibilitas: 'ojk-bank-2019',
    });
    // Oldest unpaid is due 2024-03-31: 10 days; outstanding 666,667 x 5% = 33,333.35 -> 33,333.
    expect([a.daysPastDue, a.missedInstalments, a.kolektibilitas.code, a.provision]).toEqual([
      10,
      1,
      'dalam_perhatian_khusus',
      33_333,
    ]);
  });

  it('kpb', () => {
    // 33 Jawa Tengah, 04 regency, 12 district; day 45 = 5 + 40 (female); 05-85 -> 1985-05-05; serial 0001.
    expect(parseNik('3304124505850001', { referenceDate: '2024-06-01' })).toEqual({
      success: true,
      data: {
        provinceCode: '33',
        provinceName: 'Jawa Tengah',
        regencyCode: '04',
        districtCode: '12',
        birthDate: '1985-05-05',
        sex: 'female',
        serial: '0001',
      },
    });
    const rules = defineRuleSet(kpbRuleSets['ksm-p2kp'], {
      id: 'ksm-desa',
      group: { minWomenPercent: 50 },
    });
    const result = verifyGroup(
      {
        id: 'KSM-1',
        members: [{ nik: '3304124505850001' }, { nik: '3304120606800002' }],
        savingsStartDate: '2024-03-15',
      },
      { ruleSet: rules, asOf: '2024-06-01', locale: 'id' },
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.message)).toEqual([
      'kelompok beranggota 2 orang, kurang dari minimal 5',
      'kelompok menabung 2 bulan penuh sebelum 2024-06-01, kurang dari 3 bulan',
      'surat pernyataan tanggung renteng belum ada',
    ]);
  });

  it('tridaya', () => {
    const instrument = defineInstrument({
      id: 'p2kp',
      scale: { min: 1, max: 5 },
      items: [
        { id: 'S1', daya: 'sosial' },
        { id: 'S2', daya: 'sosial', reverse: true },
        { id: 'E1', daya: 'ekonomi' },
      ],
    });
    // Reverse S2: 1 + 5 - answer. Respondent 1: sosial 4 + 4, ekonomi 3; respondent 2: 3 + 3, 4.
    // Aggregate sosial 14/20 = 70%, ekonomi 7/10 = 70%; overall 70% is in 68-84: efektif.
    const result = scoreResponses(instrument, [
      [4, 2, 3],
      [3, 3, 4],
      [5, null, 2],
    ]);
    expect(result.aggregate?.overall).toMatchObject({ percentage: 70, category: 'efektif' });
    expect(result.rejected[0]?.missingItemIds).toEqual(['S2']);
    expect(effectivenessRatio(18, 20).category).toBe('efektif');
    expect(correlationPValue(0.182, 191).toFixed(3)).toBe('0.012');
  });

  it('dashboards', () => {
    // Intl writes a no-break space after Rp; the README shows a plain one.
    const plain = (t: string) => t.replace(/\s/gu, ' ');
    expect(plain(formatRupiah(1250000))).toBe('Rp 1.250.000');
    expect(plain(formatRupiahCompact(1250000))).toBe('Rp 1,25 jt');
    expect(formatPercent(0.7476685203307686)).toBe('74,8%');
    expect(formatDate('2024-01-31')).toBe('31 Januari 2024');
    expect(labelOf(KOLEKTIBILITAS_LABELS, 'kurang_lancar', { locale: 'en' })).toBe('Substandard');
  });
});
