// Who is poor in a kelurahan, by which measure, on which date's line, and why.
// Run: npx tsx examples/poverty.ts
import {
  classifyByPovertyLine,
  classifyFamilyWelfare,
  classifyRiceEquivalent,
  computePerCapitaExpenditure,
  FAMILY_WELFARE_STAGE_LABELS,
  POVERTY_BAND_LABELS,
  povertyLineAt,
  povertyMeasures,
  povertyMeasuresBy,
} from 'sejahtera/poverty';
import { SejahteraError } from 'sejahtera';
import households from './data/poverty-households.json' with { type: 'json' };

console.log('\n== poverty ==');

const rp = (n: number) => `Rp ${Math.round(n).toLocaleString('id-ID')}`;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

// 1. The line in force: Bandar Lampung is a city, so the urban line (March 2024 release).
const gk = povertyLineAt({ date: '2024-06-30', area: 'urban' });
console.log(`Garis kemiskinan perkotaan on 2024-06-30: ${rp(gk.value)} per capita per month`);
console.log(`  in force from ${gk.from}; source: ${gk.source}\n`);

// 2. Each household: per-capita expenditure, band around the line, rice-equivalent class.
const RICE_PRICE = 13_500; // rupiah per kg (illustrative)
console.log('household  per capita     band                  rice (kg/yr)  Bandar Lampung 2013');
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
      `${h.id.padEnd(10)} ${rp(perCapita).padEnd(14)} ${POVERTY_BAND_LABELS[band.status].id.padEnd(21)} ` +
        `${rice.kg.toFixed(0).padStart(12)}  ${rice.status}`,
    );
  } catch (error) {
    // Bad input is an error with a code and a message in both languages; report it, never guess.
    if (error instanceof SejahteraError)
      console.log(`${h.id.padEnd(10)} not classified: ${error.messages.id}`);
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
    notComputed.push({ id: h.id, message: error.messages.id });
    return [];
  }
});
const all = povertyMeasures(records, { line: gk.value });
console.log(
  `\nAll households: P0 ${pct(all.p0)}, P1 ${pct(all.p1)}, P2 ${pct(all.p2)}; ` +
    `${all.poorPopulation.toFixed(0)} of ${all.population.toFixed(0)} persons below the line`,
);
console.log(`  ${all.counts.valid} records used, ${all.counts.rejected} rejected:`);
for (const r of all.rejected) {
  console.log(`  - ${records[r.index]?.id}: ${r.issues.map((i) => i.message).join('; ')}`);
}
for (const n of notComputed) console.log(`  - ${n.id} left out: ${n.message}`);

// 4. The same per kecamatan, for the dashboard.
console.log('\nPer kecamatan:');
for (const g of povertyMeasuresBy(records, 'kecamatan', { line: gk.value }).groups) {
  console.log(
    `  ${String(g.key).padEnd(22)} P0 ${pct(g.p0).padStart(7)}  P1 ${pct(g.p1).padStart(6)}  P2 ${pct(g.p2).padStart(6)}`,
  );
}

// 5. A family's BKKBN stage from the 21 indicators: meets KS I, fails KS II indicator 8 (protein).
const answers = Array.from({ length: 21 }, (_, k) => k !== 7);
const family = classifyFamilyWelfare(answers, { version: 'bkkbn-21' });
console.log(
  `\nBKKBN: ${family.stage === null ? 'undetermined' : FAMILY_WELFARE_STAGE_LABELS[family.stage].id}; failed: ${family.failed.join(', ')}`,
);
