// Builds the dashboard with Vite, serves it on 127.0.0.1 (vite preview), opens it in the system's
// Chromium through playwright-core (no browser download) and checks, in Indonesian and in English:
// - no console error, page error or failed request;
// - every figure on the page equals what sejahtera computes here in Node for the same data, formatted
//   by the library's own formatters;
// then saves a screenshot (docs/dashboard.png by default).
// Run: node test/browser.mjs [screenshot.png]   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  DAYA_LABELS,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  KPB_REASON_LABELS,
  labelIn,
  labelOf,
} from 'sejahtera';
import { povertyLineAt, povertyMeasuresBy } from 'sejahtera/poverty';
import {
  applyPayments,
  assessLoan,
  buildSchedule,
  portfolioIndicatorsBy,
} from 'sejahtera/revolving-fund';
import { createRegistry, verifyGroups } from 'sejahtera/kpb';
import { defineInstrument, scoreResponses } from 'sejahtera/tridaya';
import { build, preview } from 'vite';

const here = resolve(import.meta.dirname, '..');
const data = (name) =>
  import(resolve(here, '../data', name), { with: { type: 'json' } }).then((m) => m.default);
const screenshot = resolve(process.argv[2] ?? resolve(here, '../../docs/dashboard.png'));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

// ---- the figures, computed in Node by the library -------------------------------------------
const AS_OF = '2024-08-15';
const [households, loans, kpb, tridaya] = await Promise.all(
  [
    'poverty-households.json',
    'revolving-fund-loans.json',
    'kpb-groups.json',
    'tridaya-responses.json',
  ].map(data),
);
const line = povertyLineAt({ date: '2024-06-30', area: 'urban' });
const poverty = povertyMeasuresBy(
  households.map((h) => ({ ...h, expenditurePerCapita: h.householdExpenditurePerMonth / h.size })),
  'kecamatan',
  { line: line.value },
);
const loanRows = loans.map((l) => {
  const schedule = buildSchedule(l.loan);
  const payments = l.payments.filter((p) => p.paidOn <= AS_OF);
  return {
    id: l.id,
    ksm: l.ksm,
    paid: applyPayments(schedule, payments),
    a: assessLoan(schedule, payments, { asOf: AS_OF, kolektibilitas: 'upk-software-default' }),
  };
});
const portfolio = portfolioIndicatorsBy(
  loanRows.map((l) => ({ ...l.a, ksm: l.ksm })),
  'ksm',
);
const verified = verifyGroups(kpb.groups, {
  ruleSet: 'pkkpm-default',
  asOf: kpb.asOf,
  registry: createRegistry(kpb.registry),
});
const scores = scoreResponses(defineInstrument(tridaya.instrument), tridaya.responses);

function expected(locale) {
  const o = { locale };
  const e = new Map();
  const pct2 = (v) => formatPercent(v, { locale, digits: 2 });
  for (const g of poverty.groups) {
    e.set(`p0|${g.key}`, pct2(g.p0));
    e.set(`p1|${g.key}`, pct2(g.p1));
    e.set(`p2|${g.key}`, pct2(g.p2));
    e.set(`population|${g.key}`, formatNumber(g.population, { locale, digits: 0 }));
  }
  const undef = locale === 'id' ? 'tidak terdefinisi' : 'undefined';
  const ratio = (r) =>
    r.ratio === null ? undef : formatPercent(r.ratio.decimal, { locale, digits: 1 });
  for (const g of portfolio.groups) {
    e.set(`par|${g.key}`, ratio(g.indicators.upkPar));
    e.set(`lar|${g.key}`, ratio(g.indicators.upkLar));
    e.set(`rr|${g.key}`, ratio(g.indicators.upkRr));
    e.set(`gross|${g.key}`, formatRupiahCompact(g.indicators.grossOutstanding.amount, o));
  }
  for (const { value: g } of verified.valid) {
    e.set(
      `kpb-status|${g.groupId}`,
      g.eligible
        ? locale === 'id'
          ? 'Layak'
          : 'Eligible'
        : locale === 'id'
          ? 'Tidak layak'
          : 'Not eligible',
    );
    const counts = new Map();
    for (const r of g.reasons) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
    const text = [...counts]
      .map(([c, n]) => `${labelOf(KPB_REASON_LABELS, c, o)} (${n})`)
      .join('; ');
    e.set(`kpb-reasons|${g.groupId}`, text || '-');
  }
  const agg = scores.aggregate;
  for (const [d, s] of Object.entries(agg.dayas)) {
    e.set(`daya|${d}`, formatPercent(s.percentage / 100, { locale, digits: 1 }));
    e.set(`daya-band|${d}`, labelIn(s.label, locale));
  }
  e.set('daya|overall', formatPercent(agg.overall.percentage / 100, { locale, digits: 1 }));
  e.set('daya-band|overall', labelIn(agg.overall.label, locale));
  if (labelOf(DAYA_LABELS, 'ekonomi', o).length === 0) throw new Error('no daya label');
  return e;
}

function expectedLoan(locale, row) {
  const o = { locale };
  const e = new Map();
  e.set(`dpd|${row.id}`, formatNumber(row.a.daysPastDue, { locale, digits: 0 }));
  e.set(`missed|${row.id}`, formatNumber(row.a.missedInstalments, { locale, digits: 0 }));
  e.set(`outstanding|${row.id}`, formatRupiah(row.a.outstandingPrincipal, o));
  e.set(
    `kol|${row.id}`,
    `${labelIn(row.a.kolektibilitas.label, locale)} (${row.a.kolektibilitas.level})`,
  );
  e.set(`provision|${row.id}`, formatRupiah(row.a.provision, o));
  for (const i of row.paid.instalments) {
    const k = `${row.id}|${i.number}`;
    e.set(`principal|${k}`, formatRupiah(i.principal, o));
    e.set(`interest|${k}`, formatRupiah(i.interest, o));
    e.set(`total|${k}`, formatRupiah(i.total, o));
    e.set(`paid|${k}`, formatRupiah(i.principalPaid + i.interestPaid, o));
    e.set(`left|${k}`, formatRupiah(i.outstanding, o));
  }
  return e;
}

// ---- build, serve, open ---------------------------------------------------------------------
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const t0 = Date.now();
await build({ root: here, logLevel: 'warn' });
const server = await preview({
  root: here,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
const url = server.resolvedUrls.local[0];
console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s, serving ${url}`);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const errors = [];
let checked = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  const figures = () =>
    page.$$eval('[data-figure]', (els) => els.map((el) => [el.dataset.figure, el.textContent]));
  const compare = async (want, where) => {
    const got = new Map(await figures());
    for (const [key, text] of want) {
      checked++;
      check(got.has(key), `${where}: figure ${key} is missing from the page`);
      if (got.has(key)) {
        check(
          got.get(key) === text,
          `${where}: ${key} shows ${JSON.stringify(got.get(key))}, the library gives ${JSON.stringify(text)}`,
        );
      }
    }
    return got;
  };

  await page.goto(url);
  await page.waitForSelector('body[data-ready="id"]');
  for (const locale of ['id', 'en']) {
    if (locale === 'en') {
      await page.click('#lang');
      await page.waitForSelector('body[data-ready="en"]');
      check(
        (await page.textContent('#lang')) === 'Bahasa Indonesia',
        'the switch offers Indonesian back',
      );
    } else {
      check(
        (await page.textContent('#title')).startsWith('Dasbor'),
        'the page opens in Indonesian',
      );
    }
    const shown = await compare(expected(locale), locale);
    check(shown.size > 40, `${locale}: only ${shown.size} figures on the page`);
    for (const row of loanRows) {
      await page.selectOption('#loan-pick', row.id);
      await page.waitForSelector(`[data-figure="dpd|${row.id}"]`);
      await compare(expectedLoan(locale, row), `${locale} ${row.id}`);
    }
    const canvases = await page.$$eval('canvas', (cs) => cs.map((c) => c.width * c.height));
    check(
      canvases.length === 3 && canvases.every((n) => n > 0),
      `${locale}: the three charts are drawn`,
    );
  }
  // The screenshot: Indonesian, the first loan in arrears.
  await page.goto(url);
  await page.waitForSelector('body[data-ready="id"]');
  await page.screenshot({ path: screenshot, fullPage: true });
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}

check(errors.length === 0, `browser errors:\n  ${errors.join('\n  ')}`);
if (failures.length > 0) {
  console.error(`dashboard test FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `ok  dashboard: ${checked} figures equal the library's, no console errors; screenshot ${screenshot}`,
);
