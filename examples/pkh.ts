// PKH for a Dinas Sosial dashboard: the benefit of a family by year with every person counted or left
// out (and why), the payment stages, a period's commitment verification and its consequence, a P2K2
// group's attendance and the pendamping's workload, graduation, and which programs a desil can reach.
// Run: npx tsx examples/pkh.ts
import { formatPath, SejahteraError } from 'sejahtera';
import {
  assessGraduation,
  checkDesilEligibility,
  P2K2_MODULES,
  p2k2Workload,
  pkhBenefit,
  pkhBenefitColumns,
  programsForDesil,
  summarizeP2k2Attendance,
  verifyFamilyCommitments,
} from 'sejahtera/pkh';

console.log('\n== pkh ==');
const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

// 1. One family, two years: 2019 had a fixed Rp 550,000 paid in tahap 1; from 2020 only components.
const family = {
  id: 'KPM-0007',
  persons: [
    { id: 'ibu', component: 'ibu_hamil' as const },
    { id: 'anak-1', component: 'anak_usia_dini' as const },
    { id: 'anak-2', component: 'sd' as const },
    { id: 'anak-3', component: 'smp' as const },
    { id: 'nenek', component: 'lansia' as const },
  ],
};
for (const year of [2019, 2022]) {
  const b = pkhBenefit(family, { year, locale: 'id' });
  console.log(`\n${family.id}, ${year}: total ${rp(b.total)} (${b.counted.length} jiwa dihitung)`);
  for (const c of b.counted) console.log(`  + ${c.label.id.padEnd(28)} ${rp(c.amount)}`);
  for (const e of b.excluded) console.log(`  - ${e.label.id.padEnd(28)} ${e.reason.messages.id}`);
  if (b.fixed !== null)
    console.log(`  + bantuan tetap ${b.fixed.kind} ${rp(b.fixed.amount)} (tahap ${b.fixed.stage})`);
  console.log(`  tahap: ${b.stages.map(rp).join(' | ')}`);
  if (b.unconfirmed.length > 0)
    console.log(`  unconfirmed figures used: ${b.unconfirmed.join(', ')}`);
}

// 2. The fast path for a whole caseload held as columns of counts.
const columns = pkhBenefitColumns(
  { counts: { ibu_hamil: [1, 0, 0], anak_usia_dini: [1, 2, 0], sd: [1, 1, 0], lansia: [1, 0, 2] } },
  { year: 2024 },
);
console.log(`\nColumns, 2024: totals ${Array.from(columns.totals).map(rp).join(', ')}`);

// 3. A period's commitments: an SMP child at 50 of 60 school days, third non-compliant period in a row.
const period = verifyFamilyCommitments(
  {
    id: family.id,
    persons: [
      { component: 'smp', attended: 50, expected: 60 },
      { component: 'anak_usia_dini', attended: 3, expected: 3 },
    ],
    p2k2: { attended: 3, expected: 3 },
    previousConsecutiveNonCompliant: 2,
  },
  { locale: 'id' },
);
console.log(
  `\nKomitmen: ${period.compliant ? 'memenuhi' : 'tidak memenuhi'} -> ${period.consequenceLabel.id}`,
);
for (const r of period.reasons) console.log(`  ${r.message} / ${r.messages.en}`);

// 4. P2K2: one group's attendance over three months, and a pendamping's workload (figures of Agusrini, Adib & Sarbanum).
const attendance = summarizeP2k2Attendance({
  id: 'Kelompok Melati',
  families: ['KPM-0007', 'KPM-0008', 'KPM-0009', 'KPM-0010'],
  sessions: [
    {
      date: '2024-01-15',
      module: P2K2_MODULES[0]?.id,
      session: 1,
      attendees: ['KPM-0007', 'KPM-0008', 'KPM-0009', 'KPM-0010'],
    },
    {
      date: '2024-02-12',
      module: P2K2_MODULES[0]?.id,
      session: 2,
      attendees: ['KPM-0007', 'KPM-0008', 'KPM-0009'],
    },
    {
      date: '2024-03-11',
      module: P2K2_MODULES[0]?.id,
      session: 3,
      attendees: ['KPM-0007', 'KPM-0008'],
    },
  ],
});
console.log(
  `\nP2K2 ${attendance.id}: ${attendance.group.attendances} of ${attendance.group.possible} = ${attendance.group.percent}%, ` +
    `${attendance.group.compliantFamilies} of ${attendance.group.families} families attended every session`,
);
const w = p2k2Workload({ families: 600, pendamping: 2 });
console.log(
  `Workload: ${w.familiesPerPendamping} families per pendamping (${w.comparedToSeed} the seed's 250-300), ` +
    `${w.plan.groups} groups, ${w.hoursPerMonth} hours of sessions a month`,
);

// 5. Graduation and DTSEN desil.
const g = assessGraduation({ components: 0, desil: 3 }, { asOf: '2025-06-01', locale: 'id' });
console.log(`\nGraduasi: ${g.kinds.join(', ')}: ${g.reasons.map((r) => r.message).join('; ')}`);
const desil = checkDesilEligibility({ desil: 5 }, { program: 'pkh', date: '2025-06-01' });
console.log(`Desil 5 and PKH: ${desil.reason.messages.en} (confirmed: ${desil.confirmed})`);
console.log(`Desil 5 can reach: ${programsForDesil(5, { date: '2025-06-01' }).join(', ')}`);

// 6. Bad input is a typed error naming the field, in both languages.
try {
  pkhBenefit({ persons: [{ component: 'kuliah' as never }] }, { year: 2024 });
} catch (error) {
  if (!(error instanceof SejahteraError)) throw error;
  const issue = (error as SejahteraError & { issues: { path: (string | number)[] }[] }).issues[0];
  console.log(
    `\n${error.code} at ${formatPath(issue?.path ?? [])}:\n  ${error.messages.en}\n  ${error.messages.id}`,
  );
}
