// Who is poor in a kelurahan, by which measure, on which date's line, and why.
// Run: npx tsx examples/poverty.ts [--lang en]
import { SejahteraError } from 'sejahtera';
import {
  classifyByPovertyLine,
  classifyFamilyWelfare,
  classifyRiceEquivalent,
  computePerCapitaExpenditure,
  FAMILY_WELFARE_STAGE_LABELS,
  FAMILY_WELFARE_VERSIONS,
  POVERTY_BAND_LABELS,
  povertyLineAt,
  povertyMeasures,
  povertyMeasuresBy,
  RICE_EQUIVALENT_LABELS,
} from 'sejahtera/poverty';
import households from './data/poverty-households.json' with { type: 'json' };
import { date, labelIn, lang, num, pct, rp, say, t } from './shared/i18n.js';

console.log('\n== poverty ==');

// 1. The line in force: Bandar Lampung is a city, so the urban line (March 2024 release).
const gk = povertyLineAt({ date: '2024-06-30', area: 'urban' });
console.log(
  t(
    `Garis kemiskinan perkotaan pada ${date('2024-06-30')}: ${rp(gk.value)} per kapita per bulan`,
    `Urban poverty line on ${date('2024-06-30')}: ${rp(gk.value)} per capita per month`,
  ),
);
const release = gk.source.split(';')[0];
console.log(
  t(
    `  berlaku sejak ${date(gk.from)}; sumber: ${release}\n`,
    `  in force from ${date(gk.from)}; source: ${release}\n`,
  ),
);

// 2. Each household: per-capita expenditure, band around the line, rice-equivalent class
//    (thresholds of the Bandar Lampung decree of 2013).
const RICE_PRICE = 13_500; // rupiah per kg (illustrative)
console.log(
  t(
    'rumah tangga  per kapita     kelompok              beras (kg/th)  kelas beras',
    'household     per capita     band                  rice (kg/yr)   rice class',
  ),
);
for (const h of households) {
  try {
    const perCapita = computePerCapitaExpenditure({
      householdExpenditure: h.householdExpenditurePerMonth,
      size: h.size,
    });
    const band = classifyByPovertyLine(perCapita, { line: gk });
    const rice = classifyRiceEquivalent({
      expenditurePerCapitaPerYear: perCapita * 12,
      ricePricePerKg: RICE_PRICE,
      thresholds: 'bandar-lampung-2013',
    });
    console.log(
      `${h.id.padEnd(13)} ${rp(Math.round(perCapita)).padEnd(14)} ${labelIn(POVERTY_BAND_LABELS, band.status).padEnd(21)} ` +
        `${num(rice.kg).padStart(13)}  ${labelIn(RICE_EQUIVALENT_LABELS, rice.status)}`,
    );
  } catch (error) {
    // Bad input is an error with a code and a message in both languages; report it, never guess.
    if (error instanceof SejahteraError)
      console.log(
        `${h.id.padEnd(13)} ${t('tidak diklasifikasi', 'not classified')}: ${error.messages[lang]}`,
      );
    else throw error;
  }
}

// 3. Population measures, person-weighted (size x survey weight). Bad rows come back as rejections.
// The per-capita figure comes from the library: exact, and a typed error (with its message in
// Indonesian and English) for a household of size 0 or a negative expenditure, never a division by
// zero. Households it cannot compute are reported and left out of the measures.
const notComputed: { id: string; message: string }[] = [];
const records = households.flatMap((h) => {
  try {
    const expenditurePerCapita = computePerCapitaExpenditure({
      householdExpenditure: h.householdExpenditurePerMonth,
      size: h.size,
    });
    return [{ ...h, expenditurePerCapita }];
  } catch (error) {
    if (!(error instanceof SejahteraError)) throw error;
    notComputed.push({ id: h.id, message: error.messages[lang] });
    return [];
  }
});
const all = povertyMeasures(records, { line: gk.value });
console.log(
  t(
    `\nSemua rumah tangga: P0 ${pct(all.p0)}, P1 ${pct(all.p1)}, P2 ${pct(all.p2)}; ${num(all.poorPopulation)} dari ${num(all.population)} jiwa di bawah garis`,
    `\nAll households: P0 ${pct(all.p0)}, P1 ${pct(all.p1)}, P2 ${pct(all.p2)}; ${num(all.poorPopulation)} of ${num(all.population)} persons below the line`,
  ),
);
console.log(
  t(
    `  ${all.counts.valid} rumah tangga dihitung, ${all.counts.rejected + notComputed.length} tidak dihitung:`,
    `  ${all.counts.valid} households counted, ${all.counts.rejected + notComputed.length} left out:`,
  ),
);
for (const r of all.rejected) {
  console.log(`  - ${records[r.index]?.id}: ${r.issues.map((i) => i.message).join('; ')}`);
}
for (const n of notComputed) console.log(`  - ${n.id}: ${n.message}`);

// 4. The same per kecamatan, for the dashboard.
console.log(t('\nPer kecamatan:', '\nBy district (kecamatan):'));
for (const g of povertyMeasuresBy(records, 'kecamatan', { line: gk.value }).groups) {
  console.log(
    `  ${String(g.key).padEnd(22)} P0 ${pct(g.p0).padStart(7)}  P1 ${pct(g.p1).padStart(6)}  P2 ${pct(g.p2).padStart(6)}`,
  );
}

// 5. A family's BKKBN stage from the 21 indicators: meets KS I, fails KS II indicator 8 (protein).
const answers = Array.from({ length: 21 }, (_, k) => k !== 7);
const family = classifyFamilyWelfare(answers, { version: 'bkkbn-21' });
const indicators = FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators;
const failed = family.failed.map((id) => {
  const indicator = indicators.find((i) => i.id === id);
  return indicator === undefined ? id : `${indicator.number}. ${say(indicator.text)}`;
});
console.log(
  `\nBKKBN: ${family.stage === null ? t('belum dapat ditentukan', 'undetermined') : labelIn(FAMILY_WELFARE_STAGE_LABELS, family.stage)}; ` +
    `${t('tidak terpenuhi', 'not met')}: ${failed.join(', ')}`,
);
