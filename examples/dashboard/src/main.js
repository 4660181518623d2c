// The dashboard page: figures from sejahtera, text and numbers formatted by sejahtera's Intl
// formatters (Indonesian by default, English with the button or ?lang=en), charts by Chart.js.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import {
  DAYA_LABELS,
  formatDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  KPB_REASON_LABELS,
  labelOf,
  labelIn,
} from 'sejahtera';
import {
  AS_OF,
  kpbFigures,
  loanFigures,
  portfolioFigures,
  povertyFigures,
  tridayaFigures,
} from './figures.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const TEXT = {
  id: {
    switch: 'English',
    title: 'Dasbor program penanggulangan kemiskinan',
    subtitle: (d) => `Data contoh sejahtera, posisi ${d}`,
    povertyTitle: 'Kemiskinan per kecamatan (P0, P1, P2)',
    povertyNote: (line, from) =>
      `Garis kemiskinan perkotaan ${line} per kapita per bulan (berlaku sejak ${from}); tertimbang jumlah jiwa x bobot survei.`,
    kecamatan: 'Kecamatan',
    population: 'Penduduk',
    loanTitle: 'Jadwal angsuran, tunggakan dan kolektibilitas',
    loanPick: 'Pinjaman',
    no: 'Ke',
    dueOn: 'Jatuh tempo',
    principal: 'Pokok',
    interest: 'Jasa',
    total: 'Angsuran',
    paid: 'Dibayar',
    outstanding: 'Sisa',
    status: 'Status',
    settled: 'Lunas',
    late: 'Menunggak',
    notDue: 'Belum jatuh tempo',
    dpd: 'Hari tunggakan',
    missed: 'Angsuran tertunggak',
    outstandingPrincipal: 'Sisa pokok',
    kolektibilitas: 'Kolektibilitas',
    provision: 'Cadangan (PPAP)',
    portfolioTitle: 'PAR, LAR dan RR per KSM',
    portfolioNote:
      'Definisi UPK: tunggakan 3 angsuran atau lebih; RR = dibayar tepat waktu / jatuh tempo.',
    ksm: 'KSM',
    none: 'tidak terdefinisi',
    kpbTitle: 'Verifikasi KPB: alasan per kelompok',
    kpbNote: (d) => `Aturan pkkpm-default, per ${d}.`,
    group: 'Kelompok',
    eligible: 'Layak',
    ineligible: 'Tidak layak',
    rejected: 'Ditolak (data tidak terbaca)',
    reasons: 'Alasan',
    noReason: '-',
    tridayaTitle: 'Skor Tridaya per daya',
    tridayaNote: (n, total) => `${n} dari ${total} responden dinilai; skor aktual / skor ideal.`,
    daya: 'Daya',
    score: 'Skor',
    band: 'Kategori',
    overall: 'Keseluruhan',
    footer:
      'Dibangun dengan Vite dari paket sejahtera yang dipaketkan (npm pack); grafik: Chart.js. Angka dihitung oleh pustaka, diformat dengan Intl (id-ID).',
  },
  en: {
    switch: 'Bahasa Indonesia',
    title: 'Poverty-alleviation programme dashboard',
    subtitle: (d) => `sejahtera sample data, as of ${d}`,
    povertyTitle: 'Poverty by kecamatan (P0, P1, P2)',
    povertyNote: (line, from) =>
      `Urban poverty line ${line} per capita per month (in force from ${from}); weighted by persons x survey weight.`,
    kecamatan: 'Kecamatan',
    population: 'Population',
    loanTitle: 'Loan schedule, arrears and kolektibilitas',
    loanPick: 'Loan',
    no: 'No.',
    dueOn: 'Due on',
    principal: 'Principal',
    interest: 'Interest (jasa)',
    total: 'Instalment',
    paid: 'Paid',
    outstanding: 'Outstanding',
    status: 'Status',
    settled: 'Paid',
    late: 'In arrears',
    notDue: 'Not due yet',
    dpd: 'Days past due',
    missed: 'Instalments in arrears',
    outstandingPrincipal: 'Outstanding principal',
    kolektibilitas: 'Kolektibilitas',
    provision: 'Provision',
    portfolioTitle: 'PAR, LAR and RR by KSM',
    portfolioNote: 'UPK definitions: arrears of 3 instalments or more; RR = paid on time / due.',
    ksm: 'KSM',
    none: 'undefined',
    kpbTitle: 'KPB verification: reasons per group',
    kpbNote: (d) => `Rule set pkkpm-default, as of ${d}.`,
    group: 'Group',
    eligible: 'Eligible',
    ineligible: 'Not eligible',
    rejected: 'Rejected (unreadable row)',
    reasons: 'Reasons',
    noReason: '-',
    tridayaTitle: 'Tridaya scores by daya',
    tridayaNote: (n, total) => `${n} of ${total} respondents scored; actual score / ideal score.`,
    daya: 'Daya',
    score: 'Score',
    band: 'Band',
    overall: 'Overall',
    footer:
      'Built with Vite from the packed sejahtera package (npm pack); charts: Chart.js. Figures computed by the library, formatted with Intl.',
  },
};

const poverty = povertyFigures();
const loans = loanFigures();
const portfolio = portfolioFigures(loans);
const kpb = kpbFigures();
const tridaya = tridayaFigures();
const charts = [];
let locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
let loanId = (loans.find((l) => l.assessment.missedInstalments > 0) ?? loans[0]).id;

const $ = (id) => document.getElementById(id);
const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
/** A table cell carrying the key the browser test reads it by. */
const cell = (key, text, cls = 'num') =>
  `<td class="${cls}" data-figure="${esc(key)}">${esc(text)}</td>`;
const head = (...names) =>
  `<thead><tr>${names.map(([n, cls]) => `<th class="${cls ?? ''}">${esc(n)}</th>`).join('')}</tr></thead>`;

function chart(canvas, labels, datasets, tick) {
  charts.push(
    new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { callback: tick } } },
        plugins: {
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${tick(c.parsed.y)}` } },
        },
      },
    }),
  );
}

function renderPoverty(t) {
  const o = { locale };
  $('poverty-note').textContent = t.povertyNote(
    formatRupiah(poverty.line.value, o),
    formatDate(poverty.line.from, o),
  );
  const g = poverty.groups;
  const pct = (v) => formatPercent(v, { locale, digits: 2 });
  chart(
    $('poverty-chart'),
    g.map((x) => x.key),
    [
      { label: 'P0', data: g.map((x) => x.p0), backgroundColor: '#0b6e4f' },
      { label: 'P1', data: g.map((x) => x.p1), backgroundColor: '#f2a541' },
      { label: 'P2', data: g.map((x) => x.p2), backgroundColor: '#b42318' },
    ],
    (v) => formatPercent(v, { locale, digits: 0 }),
  );
  $('poverty-table').innerHTML =
    head([t.kecamatan], ['P0', 'num'], ['P1', 'num'], ['P2', 'num'], [t.population, 'num']) +
    `<tbody>${g
      .map(
        (x) =>
          `<tr><td>${esc(x.key)}</td>${cell(`p0|${x.key}`, pct(x.p0))}${cell(`p1|${x.key}`, pct(x.p1))}${cell(`p2|${x.key}`, pct(x.p2))}${cell(`population|${x.key}`, formatNumber(x.population, { locale, digits: 0 }))}</tr>`,
      )
      .join('')}</tbody>`;
}

function renderLoan(t) {
  const o = { locale };
  $('loan-pick').innerHTML = loans
    .map(
      (l) =>
        `<option value="${esc(l.id)}"${l.id === loanId ? ' selected' : ''}>${esc(l.id)} (${esc(l.ksm)})</option>`,
    )
    .join('');
  const loan = loans.find((l) => l.id === loanId);
  const a = loan.assessment;
  const kol = `${labelIn(a.kolektibilitas.label, locale)} (${a.kolektibilitas.level})`;
  $('loan-summary').innerHTML = [
    [t.dpd, `dpd|${loan.id}`, formatNumber(a.daysPastDue, { locale, digits: 0 })],
    [t.missed, `missed|${loan.id}`, formatNumber(a.missedInstalments, { locale, digits: 0 })],
    [t.outstandingPrincipal, `outstanding|${loan.id}`, formatRupiah(a.outstandingPrincipal, o)],
    [t.kolektibilitas, `kol|${loan.id}`, kol],
    [t.provision, `provision|${loan.id}`, formatRupiah(a.provision, o)],
  ]
    .map(([k, key, v]) => `<dt>${esc(k)}</dt><dd data-figure="${esc(key)}">${esc(v)}</dd>`)
    .join('');
  const status = (i) =>
    i.fullyPaidOn !== null
      ? [t.settled, 'good']
      : i.dueOn < AS_OF
        ? [t.late, 'bad']
        : [t.notDue, ''];
  $('loan-table').innerHTML =
    head(
      [t.no, 'num'],
      [t.dueOn],
      [t.principal, 'num'],
      [t.interest, 'num'],
      [t.total, 'num'],
      [t.paid, 'num'],
      [t.outstanding, 'num'],
      [t.status],
    ) +
    `<tbody>${loan.paid.instalments
      .map((i) => {
        const [s, cls] = status(i);
        const k = `${loan.id}|${i.number}`;
        return `<tr><td class="num">${i.number}</td><td>${esc(formatDate(i.dueOn, { locale, style: 'medium' }))}</td>${cell(`principal|${k}`, formatRupiah(i.principal, o))}${cell(`interest|${k}`, formatRupiah(i.interest, o))}${cell(`total|${k}`, formatRupiah(i.total, o))}${cell(`paid|${k}`, formatRupiah(i.principalPaid + i.interestPaid, o))}${cell(`left|${k}`, formatRupiah(i.outstanding, o))}<td class="${cls}">${esc(s)}</td></tr>`;
      })
      .join('')}</tbody>`;
}

function renderPortfolio(t) {
  $('portfolio-note').textContent = t.portfolioNote;
  const g = portfolio.groups;
  const value = (r) => (r.ratio === null ? null : r.ratio.value);
  const show = (r) =>
    r.ratio === null ? t.none : formatPercent(r.ratio.decimal, { locale, digits: 1 });
  chart(
    $('portfolio-chart'),
    g.map((x) => x.key),
    [
      { label: 'PAR', data: g.map((x) => value(x.indicators.upkPar)), backgroundColor: '#b42318' },
      { label: 'LAR', data: g.map((x) => value(x.indicators.upkLar)), backgroundColor: '#f2a541' },
      { label: 'RR', data: g.map((x) => value(x.indicators.upkRr)), backgroundColor: '#0b6e4f' },
    ],
    (v) => formatPercent(v, { locale, digits: 0 }),
  );
  $('portfolio-table').innerHTML =
    head([t.ksm], ['PAR', 'num'], ['LAR', 'num'], ['RR', 'num'], [t.outstandingPrincipal, 'num']) +
    `<tbody>${g
      .map(
        (x) =>
          `<tr><td>${esc(x.key)}</td>${cell(`par|${x.key}`, show(x.indicators.upkPar))}${cell(`lar|${x.key}`, show(x.indicators.upkLar))}${cell(`rr|${x.key}`, show(x.indicators.upkRr))}${cell(`gross|${x.key}`, formatRupiahCompact(x.indicators.grossOutstanding.amount, { locale }))}</tr>`,
      )
      .join('')}</tbody>`;
}

function renderKpb(t) {
  $('kpb-note').textContent = t.kpbNote(formatDate(AS_OF, { locale }));
  const rows = [];
  for (const { value: g } of kpb.valid) {
    const counts = new Map();
    for (const r of g.reasons) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
    const reasons = [...counts]
      .map(([code, n]) => `${labelOf(KPB_REASON_LABELS, code, { locale })} (${n})`)
      .join('; ');
    rows.push(
      `<tr><td>${esc(g.groupId)}</td>${cell(`kpb-status|${g.groupId}`, g.eligible ? t.eligible : t.ineligible, g.eligible ? 'good' : 'bad')}${cell(`kpb-reasons|${g.groupId}`, reasons || t.noReason, '')}</tr>`,
    );
  }
  for (const r of kpb.rejected) {
    rows.push(`<tr><td>#${r.index}</td><td class="bad">${esc(t.rejected)}</td><td></td></tr>`);
  }
  $('kpb-table').innerHTML =
    `${head([t.group], [t.status], [t.reasons])}<tbody>${rows.join('')}</tbody>`;
}

function renderTridaya(t) {
  $('tridaya-note').textContent = t.tridayaNote(tridaya.counts.valid, tridaya.counts.total);
  const agg = tridaya.aggregate;
  const dayas = Object.entries(agg.dayas);
  const pct = (p) => formatPercent(p / 100, { locale, digits: 1 });
  chart(
    $('tridaya-chart'),
    dayas.map(([d]) => labelOf(DAYA_LABELS, d, { locale })),
    [
      {
        label: t.score,
        data: dayas.map(([, s]) => s.percentage / 100),
        backgroundColor: '#3e7cb1',
      },
    ],
    (v) => formatPercent(v, { locale, digits: 0 }),
  );
  $('tridaya-table').innerHTML =
    head([t.daya], [t.score, 'num'], [t.band]) +
    `<tbody>${dayas
      .map(
        ([d, s]) =>
          `<tr><td>${esc(labelOf(DAYA_LABELS, d, { locale }))}</td>${cell(`daya|${d}`, pct(s.percentage))}${cell(`daya-band|${d}`, labelIn(s.label, locale), '')}</tr>`,
      )
      .join(
        '',
      )}<tr><td><b>${esc(t.overall)}</b></td>${cell('daya|overall', pct(agg.overall.percentage))}${cell('daya-band|overall', labelIn(agg.overall.label, locale), '')}</tr></tbody>`;
}

function render() {
  const t = TEXT[locale];
  document.documentElement.lang = locale;
  for (const c of charts.splice(0)) c.destroy();
  $('title').textContent = t.title;
  document.title = t.title;
  $('subtitle').textContent = t.subtitle(formatDate(AS_OF, { locale }));
  $('lang').textContent = t.switch;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t[el.dataset.text];
  renderPoverty(t);
  renderLoan(t);
  renderPortfolio(t);
  renderKpb(t);
  renderTridaya(t);
  document.body.dataset.ready = locale;
}

$('lang').addEventListener('click', () => {
  locale = locale === 'id' ? 'en' : 'id';
  const url = new URL(location.href);
  url.searchParams.set('lang', locale);
  history.replaceState(null, '', url);
  render();
});
$('loan-pick').addEventListener('change', (e) => {
  loanId = e.target.value;
  render();
});
render();
