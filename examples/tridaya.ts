// Tridaya effectiveness scoring: a questionnaire on the three dayas scored as a percentage of the
// ideal score (Purnomo & Utami read 63% as "cukup efektif"), output-based effectiveness, the Tridaya index,
// budget shares (Kota Serang, Widyastuti et al.: 70% physical, 30% economic) and the statistics the studies report.
// Run: npx tsx examples/tridaya.ts
import {
  allocateDayaBudget,
  categorize,
  correlationPValue,
  cronbachAlpha,
  type DayaScore,
  dayaBudgetShares,
  defineInstrument,
  effectivenessRatio,
  type InstrumentDefinition,
  type RespondentAnswers,
  scoreResponses,
  scoreTridaya,
  spearman,
} from 'sejahtera/tridaya';
import data from './data/tridaya-responses.json' with { type: 'json' };

console.log('\n== tridaya ==');

const pct = (n: number) => `${n.toFixed(2)}%`;

// 1. The instrument: 9 items on a 1-5 Likert scale, one reverse item per daya, one weighted item.
const instrument = defineInstrument(data.instrument as InstrumentDefinition);
console.log(
  `Instrument ${instrument.id}: ${instrument.items.length} items, dayas ${instrument.dayas.join(', ')}`,
);

// 2. Score every respondent; missing answers are rejected by default (with the missing item ids).
const result = scoreResponses(instrument, data.responses as RespondentAnswers[]);
console.log(
  `\nRespondents: ${result.counts.total} total, ${result.counts.valid} scored, ${result.counts.rejected} rejected`,
);
for (const r of result.rejected) {
  console.log(
    `  #${r.index} (${String(r.id)}) rejected: ${r.issues.map((i) => i.message).join('; ')}`,
  );
}

const aggregate = result.aggregate;
if (aggregate === undefined) throw new Error('no respondent could be scored');
console.log('\nAggregate (total actual / total ideal x 100 over scored respondents):');
for (const [daya, score] of Object.entries(aggregate.dayas) as [string, DayaScore][]) {
  console.log(
    `  ${daya.padEnd(10)} ${String(score.actual).padStart(4)} / ${String(score.ideal).padEnd(4)} = ${pct(score.percentage).padStart(7)}  ${score.label.id}`,
  );
}
console.log(
  `  overall    ${pct(aggregate.overall.percentage)} -> ${aggregate.overall.label.id} (${aggregate.overall.label.en})`,
);

// 3. The same answers with missing answers filled by the item mean instead.
const imputed = scoreResponses(instrument, data.responses as RespondentAnswers[], {
  missing: 'item-mean',
});
console.log(
  `\nWith missing: 'item-mean': ${imputed.counts.valid} scored, overall ${pct(imputed.aggregate?.overall.percentage ?? Number.NaN)}`,
);

// 4. The Tridaya index (weighted arithmetic mean by default, geometric on request).
const index = scoreTridaya(aggregate.dayas);
const geometric = scoreTridaya(aggregate.dayas, { method: 'geometric' });
console.log(
  `\nTridaya index: arithmetic ${pct(index.index)} (${index.category}), geometric ${pct(geometric.index)}`,
);

// 5. Output-based effectiveness: the house repairs of Purnomo & Utami, 200 of 3,710 unfit houses.
for (const preset of ['kepmendagri-690-900-327', 'mahmudi-2010'] as const) {
  const e = effectivenessRatio(200, 3710, { preset });
  console.log(`Houses repaired 200 / 3,710 = ${pct(e.percentage)} -> ${e.label.id} (${preset})`);
}
const mck = effectivenessRatio(18, 20);
console.log(
  `MCK built 18 / 20 = ${pct(mck.percentage)} -> ${mck.label.id} (exactly 90 is efektif)`,
);

// 6. Budget across dayas: the Kota Serang split, exact to the rupiah.
const budget = allocateDayaBudget(1_250_000_001, 'pnpm-serang-70-30');
console.log(`\nBudget Rp 1,250,000,001 split 70/30: ${JSON.stringify(budget)}`);
const shares = dayaBudgetShares({ lingkungan: 875_000_000, ekonomi: 375_000_000 });
console.log('Shares of a budget spent as Rp 875,000,000 physical and Rp 375,000,000 economic:');
for (const [daya, s] of Object.entries(shares.shares)) {
  console.log(
    `  ${daya}: Rp ${s.amount.toLocaleString('id-ID')} = ${s.fraction.numerator}/${s.fraction.denominator} = ${s.percentage}%`,
  );
}

// 7. Statistics: reliability, a rank correlation with its SPSS-style p, categories.
const matrix = result.valid.map((v) => {
  const row = data.responses[v.index]?.answers as Record<string, number>;
  return instrument.items.map((item) =>
    item.reverse ? 6 - (row[item.id] as number) : (row[item.id] as number),
  );
});
console.log(
  `\nCronbach's alpha (${matrix.length} x ${instrument.items.length}): ${cronbachAlpha(matrix).alpha.toFixed(3)}`,
);
const sosial = result.valid.map((v) => v.value.dayas.sosial?.percentage ?? 0);
const ekonomi = result.valid.map((v) => v.value.dayas.ekonomi?.percentage ?? 0);
const rho = spearman(sosial, ekonomi);
console.log(
  `Spearman sosial vs ekonomi: rho ${rho.rho.toFixed(3)}, t ${rho.t.toFixed(3)}, df ${rho.df}, p ${rho.p.toExponential(2)}`,
);
console.log(
  `Kota Serang PNPM study: rho 0.182, n 191 -> p ${correlationPValue(0.182, 191).toFixed(3)} (the study reports 0.012)`,
);
const groups = categorize(
  result.valid.map((v) => v.value.overall.percentage),
  { method: 'mean-sd' },
);
console.log(
  `Mean +/- 1 SD groups: cut points ${groups.cutPoints.lower.toFixed(2)} / ${groups.cutPoints.upper.toFixed(2)}; ` +
    `rendah ${groups.counts.low}, sedang ${groups.counts.medium}, tinggi ${groups.counts.high}`,
);
