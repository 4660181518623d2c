// Tridaya effectiveness scoring: a questionnaire on the three dayas scored as a percentage of the
// ideal score (Purnomo & Utami read 63% as "cukup efektif"), output-based effectiveness, the Tridaya
// index, budget shares (Kota Serang, Widyastuti et al.: 70% physical, 30% economic) and the
// statistics the studies report. Sources: docs/sources.md.
// Run: npx tsx examples/tridaya.ts [--lang en]
import {
  allocateDayaBudget,
  categorize,
  correlationPValue,
  cronbachAlpha,
  DAYA_LABELS,
  type Daya,
  type DayaScore,
  dayaBudgetShares,
  defineInstrument,
  effectivenessRatio,
  type InstrumentDefinition,
  type RespondentAnswers,
  scoreResponses,
  scoreTridaya,
  spearman,
  TERCATEGORY_LABELS,
  tridayaMessages,
} from 'sejahtera/tridaya';
import { renderBoth } from 'sejahtera';
import data from './data/tridaya-responses.json' with { type: 'json' };
import { labelIn, lang, num, pctOf, rp, say, t } from './shared/i18n.js';

console.log('\n== tridaya ==');

const dayaName = (daya: string) => labelIn(DAYA_LABELS, daya as Daya);

// 1. The instrument: 9 items on a 1-5 Likert scale, one reverse item per daya, one weighted item.
const instrument = defineInstrument(data.instrument as InstrumentDefinition);
console.log(
  t(
    `Instrumen ${instrument.id}: ${instrument.items.length} butir; ${instrument.dayas.map(dayaName).join(', ')}`,
    `Instrument ${instrument.id}: ${instrument.items.length} items; ${instrument.dayas.map(dayaName).join(', ')}`,
  ),
);

// 2. Score every respondent; missing answers are rejected by default (with the missing item ids).
const result = scoreResponses(instrument, data.responses as RespondentAnswers[]);
const c = result.counts;
console.log(
  t(
    `\nResponden: ${c.total}, ${c.valid} dinilai, ${c.rejected} ditolak`,
    `\nRespondents: ${c.total} total, ${c.valid} scored, ${c.rejected} rejected`,
  ),
);
for (const r of result.rejected) {
  console.log(
    `  #${r.index} (${String(r.id)}) ${t('ditolak', 'rejected')}: ${r.issues.map((i) => renderBoth(i, tridayaMessages)[lang]).join('; ')}`,
  );
}

const aggregate = result.aggregate;
if (aggregate === undefined) throw new Error('no respondent could be scored');
console.log(
  t(
    '\nAgregat (total skor aktual / total skor ideal x 100 atas responden yang dinilai):',
    '\nAggregate (total actual / total ideal x 100 over scored respondents):',
  ),
);
for (const [daya, score] of Object.entries(aggregate.dayas) as [string, DayaScore][]) {
  console.log(
    `  ${dayaName(daya).padEnd(38)} ${String(score.actual).padStart(4)} / ${String(score.ideal).padEnd(4)} = ${pctOf(score.percentage).padStart(7)}  ${say(score.label)}`,
  );
}
console.log(
  `  ${t('keseluruhan', 'overall').padEnd(38)} ${pctOf(aggregate.overall.percentage)} -> ${say(aggregate.overall.label)}`,
);

// 3. The same answers with missing answers filled by the item mean instead.
const imputed = scoreResponses(instrument, data.responses as RespondentAnswers[], {
  missing: 'item-mean',
});
const imputedOverall = imputed.aggregate?.overall.percentage;
console.log(
  t(
    `\nJawaban kosong diisi rata-rata butir: ${imputed.counts.valid} dinilai, keseluruhan ${imputedOverall === undefined ? '-' : pctOf(imputedOverall)}`,
    `\nMissing answers filled by the item mean: ${imputed.counts.valid} scored, overall ${imputedOverall === undefined ? '-' : pctOf(imputedOverall)}`,
  ),
);

// 4. The Tridaya index (weighted arithmetic mean by default, geometric on request).
const index = scoreTridaya(aggregate.dayas);
const geometric = scoreTridaya(aggregate.dayas, { method: 'geometric' });
console.log(
  t(
    `\nIndeks Tridaya: rata-rata hitung ${pctOf(index.index)} (${index.band === undefined ? '-' : say(index.band.label)}), rata-rata ukur ${pctOf(geometric.index)}`,
    `\nTridaya index: arithmetic mean ${pctOf(index.index)} (${index.band === undefined ? '-' : say(index.band.label)}), geometric mean ${pctOf(geometric.index)}`,
  ),
);

// 5. Output-based effectiveness: the house repairs of Purnomo & Utami, 200 of 3,710 unfit houses.
const PRESET_NAMES = {
  'kepmendagri-690-900-327': 'Kepmendagri 690.900.327',
  'mahmudi-2010': 'Mahmudi (2010)',
} as const;
for (const preset of ['kepmendagri-690-900-327', 'mahmudi-2010'] as const) {
  const e = effectivenessRatio(200, 3710, { preset });
  console.log(
    t(
      `Rumah diperbaiki 200 / 3.710 = ${pctOf(e.percentage)} -> ${say(e.label)} (${PRESET_NAMES[preset]})`,
      `Houses repaired 200 / 3,710 = ${pctOf(e.percentage)} -> ${say(e.label)} (${PRESET_NAMES[preset]})`,
    ),
  );
}
const mck = effectivenessRatio(18, 20);
console.log(
  t(
    `MCK dibangun 18 / 20 = ${pctOf(mck.percentage)} -> ${say(mck.label)} (tepat 90 termasuk efektif)`,
    `Communal toilets built 18 / 20 = ${pctOf(mck.percentage)} -> ${say(mck.label)} (exactly 90 is effective)`,
  ),
);

// 6. Budget across dayas: the Kota Serang split, exact to the rupiah.
const TOTAL = 1_250_000_001;
const budget = allocateDayaBudget(TOTAL, 'pnpm-serang-70-30');
console.log(
  t(
    `\nAnggaran ${rp(TOTAL)} dibagi 70/30 (Kota Serang):`,
    `\nBudget of ${rp(TOTAL)} split 70/30 (Kota Serang):`,
  ),
);
for (const [daya, amount] of Object.entries(budget))
  console.log(`  ${dayaName(daya)}: ${rp(amount)}`);
const shares = dayaBudgetShares({ lingkungan: 875_000_000, ekonomi: 375_000_000 });
console.log(
  t(
    `Bagian anggaran yang dibelanjakan ${rp(875_000_000)} untuk fisik dan ${rp(375_000_000)} untuk ekonomi:`,
    `Shares of a budget spent as ${rp(875_000_000)} physical and ${rp(375_000_000)} economic:`,
  ),
);
for (const [daya, s] of Object.entries(shares.shares)) {
  console.log(
    `  ${dayaName(daya)}: ${rp(s.amount)} = ${s.fraction.numerator}/${s.fraction.denominator} = ${pctOf(Number(s.percentage), 0)}`,
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
  `\n${t('Alfa Cronbach', "Cronbach's alpha")} (${matrix.length} x ${instrument.items.length}): ${num(cronbachAlpha(matrix).alpha, 3)}`,
);
const sosial = result.valid.map((v) => v.value.dayas.sosial?.percentage ?? 0);
const ekonomi = result.valid.map((v) => v.value.dayas.ekonomi?.percentage ?? 0);
const rho = spearman(sosial, ekonomi);
const p = rho.p < 0.001 ? `< ${num(0.001, 3)}` : num(rho.p, 3);
console.log(
  `Spearman ${t('sosial dan ekonomi', 'social and economic')}: rho ${num(rho.rho, 3)}, t ${num(rho.t, 3)}, df ${rho.df}, p ${p}`,
);
console.log(
  t(
    `Studi PNPM Kota Serang: rho 0,182, n 191 -> p ${num(correlationPValue(0.182, 191), 3)} (studi melaporkan 0,012)`,
    `Kota Serang PNPM study: rho 0.182, n 191 -> p ${num(correlationPValue(0.182, 191), 3)} (the study reports 0.012)`,
  ),
);
const groups = categorize(
  result.valid.map((v) => v.value.overall.percentage),
  { method: 'mean-sd' },
);
console.log(
  t(
    `Kelompok rata-rata +/- 1 SD: batas ${num(groups.cutPoints.lower, 2)} / ${num(groups.cutPoints.upper, 2)}; `,
    `Mean +/- 1 SD groups: cut points ${num(groups.cutPoints.lower, 2)} / ${num(groups.cutPoints.upper, 2)}; `,
  ) +
    `${labelIn(TERCATEGORY_LABELS, 'low')} ${groups.counts.low}, ${labelIn(TERCATEGORY_LABELS, 'medium')} ${groups.counts.medium}, ${labelIn(TERCATEGORY_LABELS, 'high')} ${groups.counts.high}`,
);
