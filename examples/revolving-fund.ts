// A UPK's loan book: schedules, payments, arrears, kolektibilitas and the indicators supervisors ask for.
// Run: npx tsx examples/revolving-fund.ts
import {
  type AnyAssessment,
  assessGroup,
  assessLoan,
  buildSchedule,
  portfolioIndicators,
} from 'sejahtera/revolving-fund';
import loans from './data/revolving-fund-loans.json' with { type: 'json' };

console.log('\n== revolving-fund ==');

const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
const asOf = '2024-08-15';

// 1. One schedule: Rp 5,000,000 over 10 months, jasa 1.5% a month flat, disbursed on 31 January.
const first = loans[0] as (typeof loans)[number];
const schedule = buildSchedule(first.loan);
console.log(`Schedule of ${first.id} (${first.ksm}):`);
for (const i of schedule.instalments.slice(0, 4)) {
  console.log(
    `  ${i.number}. ${i.dueOn}  pokok ${rp(i.principal)}  jasa ${rp(i.interest)}  total ${rp(i.total)}`,
  );
}
console.log(
  `  ... totals: pokok ${rp(schedule.totals.principal)}, jasa ${rp(schedule.totals.interest)}\n`,
);

// 2. Every loan assessed on one date against the UPK software's kolektibilitas table.
const assessed = loans.map((loan) => ({
  ...assessLoan(buildSchedule(loan.loan), loan.payments, {
    asOf,
    kolektibilitas: 'upk-software-default',
  }),
  id: loan.id,
  kelurahan: loan.kelurahan,
}));
console.log(`Loans on ${asOf}:`);
for (const a of assessed) {
  console.log(
    `  ${a.id}  outstanding ${rp(a.outstandingPrincipal).padEnd(14)} DPD ${String(a.daysPastDue).padStart(3)}` +
      `  missed ${a.missedInstalments}  ${a.kolektibilitas.label.id.padEnd(10)} provision ${rp(a.provision)}`,
  );
}

// 3. Portfolio indicators: each says which definition it follows (SEEP PAR30 is not UPK PAR).
const report = portfolioIndicators<AnyAssessment & { kelurahan: string }>(assessed, {
  groupBy: 'kelurahan',
});
const show = (name: string, r: { ratio: { percent: number } | null }) =>
  `${name} ${r.ratio === null ? 'n/a' : `${r.ratio.percent.toFixed(1)}%`}`;
console.log(`\nPortfolio: gross outstanding ${rp(report.grossOutstanding.amount)}`);
console.log(
  `  ${show('PAR30 (SEEP)', report.par30)}, ${show('PAR (UPK, >= 3 missed)', report.upkPar)}, ` +
    `${show('RR (UPK)', report.upkRr)} -> ${report.upkRr.band?.label.id ?? '-'}, ${show('collection rate', report.collectionRate)}`,
);
for (const g of report.groups)
  console.log(`  ${String(g.key).padEnd(14)} ${show('PAR30', g.indicators.par30)}`);

// 4. Tanggung renteng: a KSM of three members; one member is late but the others cover her.
const ksm = buildSchedule({
  principal: 3_000_000,
  disbursedOn: '2024-05-01',
  tenor: 3,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const group = assessGroup(
  {
    schedule: ksm,
    members: [
      { memberId: 'Ani', share: 1 },
      { memberId: 'Budi', share: 1 },
      { memberId: 'Citra', share: 1 },
    ],
  },
  [
    { memberId: 'Ani', paidOn: '2024-06-01', amount: 700_000 },
    { memberId: 'Budi', paidOn: '2024-06-01', amount: 345_000 },
    { memberId: 'Citra', paidOn: '2024-06-01', amount: 0 },
  ],
  { asOf: '2024-06-20' },
);
console.log(`\nKSM group on 2024-06-20: group missed instalments ${group.group.missedInstalments}`);
console.log(`  members behind on their own share: ${group.membersInArrears.join(', ') || '-'}`);
console.log(`  covered by the group: ${group.coveredByGroup.join(', ') || '-'}`);
