// A UPK's loan book: schedules, payments, arrears, kolektibilitas and the indicators supervisors ask for.
// Run: npx tsx examples/revolving-fund.ts [--lang en]
import {
  type AnyAssessment,
  assessGroup,
  assessLoan,
  buildSchedule,
  portfolioIndicators,
  RATING_BAND_LABELS,
} from 'sejahtera/revolving-fund';
import loans from './data/revolving-fund-loans.json' with { type: 'json' };
import { date, labelIn, pctOf, rp, say, t } from './shared/i18n.js';

console.log('\n== revolving-fund ==');

const asOf = '2024-08-15';

// 1. One schedule: Rp 5,000,000 over 10 months, jasa 1.5% a month flat, disbursed on 31 January.
const first = loans[0] as (typeof loans)[number];
const schedule = buildSchedule(first.loan);
console.log(
  t(`Jadwal angsuran ${first.id} (${first.ksm}):`, `Schedule of ${first.id} (${first.ksm}):`),
);
for (const i of schedule.instalments.slice(0, 4)) {
  console.log(
    `  ${i.number}. ${date(i.dueOn).padEnd(18)} ${t('pokok', 'principal')} ${rp(i.principal)}  ${t('jasa', 'interest')} ${rp(i.interest)}  ${t('jumlah', 'total')} ${rp(i.total)}`,
  );
}
console.log(
  t(
    `  ... total: pokok ${rp(schedule.totals.principal)}, jasa ${rp(schedule.totals.interest)}\n`,
    `  ... totals: principal ${rp(schedule.totals.principal)}, interest ${rp(schedule.totals.interest)}\n`,
  ),
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
console.log(t(`Pinjaman pada ${date(asOf)}:`, `Loans on ${date(asOf)}:`));
for (const a of assessed) {
  console.log(
    `  ${a.id}  ${t('sisa pokok', 'outstanding')} ${rp(a.outstandingPrincipal).padEnd(14)} ` +
      `${t('hari tunggakan', 'days past due')} ${String(a.daysPastDue).padStart(3)}  ` +
      `${t('angsuran tertunggak', 'missed')} ${a.missedInstalments}  ${say(a.kolektibilitas.label).padEnd(10)} ` +
      `${t('penyisihan', 'provision')} ${rp(a.provision)}`,
  );
}

// 3. Portfolio indicators: each says which definition it follows (SEEP PAR30 is not UPK PAR).
const report = portfolioIndicators<AnyAssessment & { kelurahan: string }>(assessed, {
  groupBy: 'kelurahan',
});
const show = (name: string, r: { ratio: { percent: number } | null }) =>
  `${name} ${r.ratio === null ? t('tidak ada', 'n/a') : pctOf(r.ratio.percent, 1)}`;
console.log(
  t(
    `\nPortofolio: total sisa pokok ${rp(report.grossOutstanding.amount)}`,
    `\nPortfolio: gross outstanding ${rp(report.grossOutstanding.amount)}`,
  ),
);
const rrBand =
  report.upkRr.band === null ? '-' : labelIn(RATING_BAND_LABELS, report.upkRr.band.code);
console.log(
  `  ${show('PAR30 (SEEP)', report.par30)}, ${show(t('PAR (UPK, >= 3 angsuran)', 'PAR (UPK, >= 3 missed)'), report.upkPar)}, ` +
    `${show('RR (UPK)', report.upkRr)} -> ${rrBand}, ${show(t('tingkat penagihan', 'collection rate'), report.collectionRate)}`,
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
console.log(
  t(
    `\nKSM pada ${date('2024-06-20')}: angsuran kelompok yang tertunggak ${group.group.missedInstalments}`,
    `\nKSM group on ${date('2024-06-20')}: group missed instalments ${group.group.missedInstalments}`,
  ),
);
console.log(
  `  ${t('anggota yang menunggak bagiannya sendiri', 'members behind on their own share')}: ${group.membersInArrears.join(', ') || '-'}`,
);
console.log(
  `  ${t('ditanggung kelompok', 'covered by the group')}: ${group.coveredByGroup.join(', ') || '-'}`,
);
