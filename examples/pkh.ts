// PKH for a Dinas Sosial dashboard: the benefit of a family by year with every person counted or left
// out (and why), the payment stages, a period's commitment verification and its consequence, a P2K2
// group's attendance and the pendamping's workload, graduation, and which programs a desil can reach.
// Run: npx tsx examples/pkh.ts [--lang en]
import { SejahteraError, valueAt } from 'sejahtera';
import {
  assessGraduation,
  checkDesilEligibility,
  DTSEN_PROGRAM_DESIL,
  P2K2_MODULES,
  p2k2Workload,
  pkhBenefit,
  pkhBenefitColumns,
  programsForDesil,
  summarizeP2k2Attendance,
  verifyFamilyCommitments,
} from 'sejahtera/pkh';
import { lang, pct, rp, say, t } from './shared/i18n.js';

console.log('\n== pkh ==');

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
  const b = pkhBenefit(family, { year, locale: lang });
  console.log(
    t(
      `\n${family.id}, ${year}: total ${rp(b.total)} (${b.counted.length} jiwa dihitung)`,
      `\n${family.id}, ${year}: total ${rp(b.total)} (${b.counted.length} persons counted)`,
    ),
  );
  for (const c of b.counted) console.log(`  + ${say(c.label).padEnd(32)} ${rp(c.amount)}`);
  for (const e of b.excluded)
    console.log(`  - ${say(e.label).padEnd(32)} ${e.reason.messages[lang]}`);
  if (b.fixed !== null) {
    const kind = b.fixed.kind === 'reguler' ? t('reguler', 'regular') : t('akses', 'remote areas');
    console.log(
      t(
        `  + bantuan tetap ${kind} ${rp(b.fixed.amount)} (tahap ${b.fixed.stage})`,
        `  + fixed family benefit, ${kind}, ${rp(b.fixed.amount)} (stage ${b.fixed.stage})`,
      ),
    );
  }
  console.log(`  ${t('tahap', 'stages')}: ${b.stages.map(rp).join(' | ')}`);
  if (b.unconfirmed.length > 0)
    console.log(
      t(
        `  angka yang belum dikonfirmasi: ${b.unconfirmed.length} (lihat b.unconfirmed)`,
        `  figures not confirmed: ${b.unconfirmed.length} (see b.unconfirmed)`,
      ),
    );
}

// 2. The fast path for a whole caseload held as columns of counts.
const columns = pkhBenefitColumns(
  { counts: { ibu_hamil: [1, 0, 0], anak_usia_dini: [1, 2, 0], sd: [1, 1, 0], lansia: [1, 0, 2] } },
  { year: 2024 },
);
console.log(
  `\n${t('Kolom, 2024: total', 'Columns, 2024: totals')} ${Array.from(columns.totals).map(rp).join(', ')}`,
);

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
  { locale: lang },
);
console.log(
  t(
    `\nKomitmen: ${period.compliant ? 'memenuhi' : 'tidak memenuhi'} -> ${say(period.consequenceLabel)}`,
    `\nCommitments: ${period.compliant ? 'met' : 'not met'} -> ${say(period.consequenceLabel)}`,
  ),
);
for (const r of period.reasons) console.log(`  ${r.message}`);

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
const a = attendance.group;
const share = a.percent === null ? '-' : pct(a.percent / 100, 0);
console.log(
  t(
    `\nP2K2 ${attendance.id}: ${a.attendances} dari ${a.possible} = ${share}, ${a.compliantFamilies} dari ${a.families} keluarga hadir di setiap pertemuan`,
    `\nP2K2 ${attendance.id}: ${a.attendances} of ${a.possible} = ${share}, ${a.compliantFamilies} of ${a.families} families attended every session`,
  ),
);
const w = p2k2Workload({ families: 600, pendamping: 2 });
const against = {
  below: t('di bawah', 'below'),
  within: t('dalam', 'within'),
  above: t('di atas', 'above'),
}[w.comparedToSeed];
console.log(
  t(
    `Beban kerja: ${w.familiesPerPendamping} keluarga per pendamping (${against} kisaran 250-300 studi Korpri Jaya), ${w.plan.groups} kelompok, ${w.hoursPerMonth} jam pertemuan sebulan`,
    `Workload: ${w.familiesPerPendamping} families per pendamping (${against} the 250-300 of the Korpri Jaya study), ${w.plan.groups} groups, ${w.hoursPerMonth} hours of sessions a month`,
  ),
);

// 5. Graduation and DTSEN desil.
const g = assessGraduation({ components: 0, desil: 3 }, { asOf: '2025-06-01', locale: lang });
console.log(`\n${t('Graduasi', 'Graduation')}: ${g.reasons.map((r) => r.message).join('; ')}`);
const desil = checkDesilEligibility(
  { desil: 5 },
  { program: 'pkh', date: '2025-06-01', locale: lang },
);
console.log(`${t('Desil 5 dan PKH', 'Desil 5 and PKH')}: ${desil.reason.messages[lang]}`);
const programs = valueAt(DTSEN_PROGRAM_DESIL, '2025-06-01').value;
console.log(
  `${t('Program untuk desil 5', 'Programs open to desil 5')}: ${programsForDesil(5, {
    date: '2025-06-01',
  })
    .map((p) => say(programs[p].label))
    .join(', ')}`,
);

// 6. Bad input is a typed error naming the field, with its message in both languages.
try {
  pkhBenefit({ persons: [{ id: 'anak', component: 'sd' }] }, { year: 1999 });
} catch (error) {
  if (!(error instanceof SejahteraError)) throw error;
  console.log(`\n${error.messages[lang]}`);
}
