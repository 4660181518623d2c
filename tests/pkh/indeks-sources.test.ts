import { describe, expect, it } from 'vitest';
import {
  PKH_COMPONENTS,
  PKH_INDEKS,
  type PkhComponent,
  pkhBenefit,
  pkhIndeksAt,
} from '../../src/pkh/index.js';

// Every published figure pinned to what its sources say (checked 2026-11-29; docs/pkh.md, "Sources"):
// a figure is `confirmed` only where two independent public sources agree.
const fam = (...components: PkhComponent[]) => ({
  persons: components.map((component) => ({ component })),
});

const PUBLISHED: Record<PkhComponent, number> = {
  ibu_hamil: 3_000_000,
  anak_usia_dini: 3_000_000,
  sd: 900_000,
  smp: 1_500_000,
  sma: 2_000_000,
  disabilitas_berat: 2_400_000,
  lansia: 2_400_000,
};

describe('the indeks bantuan pinned to its sources', () => {
  it('has an entry for 2019, 2020, 2021, 2022, 2023 and 2025; 2024 and 2026 keep the one before', () => {
    expect(PKH_INDEKS.entries.map((e) => e.from)).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2025-01-01',
    ]);
    expect(pkhIndeksAt(2024).from).toBe('2023-01-01');
    expect(pkhIndeksAt(2026).from).toBe('2025-01-01');
    expect(pkhIndeksAt(2030).from).toBe('2025-01-01');
  });

  it('2019: ANTARA 2019 and the Kepdirjen (via Kompasiana) give the components, 550,000 and 1,000,000', () => {
    const ix = pkhIndeksAt(2019).value;
    expect(ix.components.ibu_hamil.value).toBe(2_400_000);
    expect(ix.components.anak_usia_dini.value).toBe(2_400_000);
    for (const c of ['sd', 'smp', 'sma', 'disabilitas_berat', 'lansia'] as const)
      expect(ix.components[c].value).toBe(PUBLISHED[c]);
    for (const c of PKH_COMPONENTS) {
      expect(ix.components[c].confirmed).toBe(true);
      expect(ix.components[c].source).toMatch(/ANTARA/);
      expect(ix.components[c].source).toMatch(/02\/SK\/LJS\/01\/2019/);
    }
    expect(ix.fixed?.reguler).toMatchObject({ value: 550_000, confirmed: true });
    expect(ix.fixed?.akses).toMatchObject({ value: 1_000_000, confirmed: true });
    expect(ix.fixed?.akses.source).toMatch(/ANTARA/);
    expect(ix.fixed?.akses.source).toMatch(/Kemensos 2019 PKH table/);
    // "to be disbursed only once in the first batch" (ANTARA); "only in Tahap 1" (Kepdirjen).
    expect(ix.fixed?.stage).toMatchObject({ value: 1, confirmed: true });
    expect(ix.maxPersons).toMatchObject({ value: 4, confirmed: false });
    expect(ix.componentLimits.lansia).toMatchObject({ value: 1, confirmed: false });
  });

  it('2020: Kemensos (Jan 2020), Askolani (Apr 2020) and Tempo (Apr 2020) give the new amounts', () => {
    const ix = pkhIndeksAt(2020).value;
    for (const c of PKH_COMPONENTS) {
      expect(ix.components[c]).toMatchObject({ value: PUBLISHED[c], confirmed: true });
      expect(ix.components[c].source).toMatch(/kemensos\.go\.id/);
      expect(ix.components[c].source).toMatch(/Askolani/);
    }
    expect(ix.fixed).toBeNull();
    expect(ix.maxPersons.confirmed).toBe(false);
    expect(ix.stages).toMatchObject({ value: 4, confirmed: false });
    expect(PKH_INDEKS.entries[1]?.note).toMatch(/25%/);
  });

  it('2021 and 2022: amounts, the cap of 4, the per-component limits and 4 stages are confirmed', () => {
    for (const year of [2021, 2022]) {
      const ix = pkhIndeksAt(year).value;
      for (const c of PKH_COMPONENTS)
        expect(ix.components[c]).toMatchObject({ value: PUBLISHED[c], confirmed: true });
      expect(ix.maxPersons).toMatchObject({ value: 4, confirmed: true });
      expect(ix.maxPersons.source).toMatch(/Republika/);
      expect(ix.componentLimits.anak_usia_dini).toMatchObject({ value: 2, confirmed: true });
      expect(ix.componentLimits.disabilitas_berat).toMatchObject({ value: 1, confirmed: true });
      expect(ix.componentLimits.lansia).toMatchObject({ value: 1, confirmed: true });
      expect(ix.componentLimits.lansia?.source).toMatch(/ANTARA.*Tribunnews|Tribunnews.*ANTARA/);
      expect(ix.stages).toMatchObject({ value: 4, confirmed: true });
    }
    expect(pkhIndeksAt(2022).value.components.sd.source).toMatch(/voi\.id/);
  });

  it('2023 (and 2024): the same amounts, one source only, so unconfirmed', () => {
    const ix = pkhIndeksAt(2023).value;
    for (const c of PKH_COMPONENTS)
      expect(ix.components[c]).toMatchObject({ value: PUBLISHED[c], confirmed: false });
    expect(ix.components.sd.source).toMatch(/palpres\.disway\.id/);
    expect([ix.maxPersons.confirmed, ix.stages.confirmed]).toEqual([false, false]);
  });

  it('2025 (and later): the same amounts, confirmed by Tempo (Jan 2025) and Poskota (Feb, Mar 2025)', () => {
    const ix = pkhIndeksAt(2025).value;
    for (const c of PKH_COMPONENTS) {
      expect(ix.components[c]).toMatchObject({ value: PUBLISHED[c], confirmed: true });
      expect(ix.components[c].source).toMatch(/Tempo.*Poskota/);
    }
    expect(ix.stages).toMatchObject({ value: 4, confirmed: true });
    expect(ix.maxPersons).toMatchObject({ value: 4, confirmed: false });
    expect(ix.componentLimits.anak_usia_dini?.confirmed).toBe(false);
  });
});

describe('worked examples of later years (docs/pkh.md, examples G and H)', () => {
  it('G. 2025: lansia, disabilitas berat, SMP, SD, SD: the second SD child is over the cap', () => {
    // 2,400,000 + 2,400,000 + 1,500,000 + 900,000 = 7,200,000; / 4 = 1,800,000 a stage.
    const r = pkhBenefit(fam('lansia', 'disabilitas_berat', 'smp', 'sd', 'sd'), { year: 2025 });
    expect(r.total).toBe(7_200_000);
    expect(r.stages).toEqual([1_800_000, 1_800_000, 1_800_000, 1_800_000]);
    expect(r.excluded.map((e) => [e.index, e.reason.code])).toEqual([[4, 'family_cap_reached']]);
    expect(r.indeks.from).toBe('2025-01-01');
    expect(r.unconfirmed).toEqual([
      'capOrder',
      'componentLimits.disabilitas_berat',
      'componentLimits.lansia',
      'maxPersons',
    ]);
    // 2026 has no entry of its own: the 2025 one, the same figures.
    expect(
      pkhBenefit(fam('lansia', 'disabilitas_berat', 'smp', 'sd', 'sd'), { year: 2026 }).stages,
    ).toEqual(r.stages);
  });

  it('H. 2020: ibu hamil, anak usia dini, SD, no fixed amount any more', () => {
    // 3,000,000 + 3,000,000 + 900,000 = 6,900,000; / 4 = 1,725,000 a stage.
    const r = pkhBenefit(fam('ibu_hamil', 'anak_usia_dini', 'sd'), { year: 2020 });
    expect([r.total, r.fixed]).toEqual([6_900_000, null]);
    expect(r.stages).toEqual([1_725_000, 1_725_000, 1_725_000, 1_725_000]);
    expect(r.unconfirmed).toEqual(['componentLimits.anak_usia_dini', 'maxPersons', 'stages']);
    // The same family in 2019 had 2,400,000 for each of the first two and the fixed 550,000 in tahap 1:
    // 2,400,000 + 2,400,000 + 900,000 = 5,700,000; / 4 = 1,425,000; tahap 1 1,975,000.
    expect(pkhBenefit(fam('ibu_hamil', 'anak_usia_dini', 'sd'), { year: 2019 }).stages).toEqual([
      1_975_000, 1_425_000, 1_425_000, 1_425_000,
    ]);
  });
});
