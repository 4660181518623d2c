// Portfolio indicators over 100,000 loan assessments (SEEP PAR30/90, UPK PAR/LAR/RR, collection
// rate, provisions, distribution by kolektibilitas), ungrouped and grouped by kelurahan, and the
// mergeable accumulator, side by side with a hand-written loop that skips validation, labels and
// exact ratios. `npx tsx bench/index.ts revolving-fund-portfolio`
import { Bench } from 'tinybench';
import {
  type AnyAssessment,
  createPortfolioAccumulator,
  portfolioIndicators,
} from '../src/revolving-fund/portfolio/index.js';

const N = 100_000;

const LEVELS = [
  {
    tableId: 'ojk-bank-2019',
    level: 1,
    code: 'lancar',
    label: { id: 'Lancar', en: 'Current' },
    provisionRate: '0.01',
  },
  {
    tableId: 'ojk-bank-2019',
    level: 2,
    code: 'dalam_perhatian_khusus',
    label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
    provisionRate: '0.05',
  },
  {
    tableId: 'ojk-bank-2019',
    level: 3,
    code: 'kurang_lancar',
    label: { id: 'Kurang Lancar', en: 'Substandard' },
    provisionRate: '0.15',
  },
  {
    tableId: 'ojk-bank-2019',
    level: 4,
    code: 'diragukan',
    label: { id: 'Diragukan', en: 'Doubtful' },
    provisionRate: '0.5',
  },
  {
    tableId: 'ojk-bank-2019',
    level: 5,
    code: 'macet',
    label: { id: 'Macet', en: 'Loss' },
    provisionRate: '1',
  },
] as const;
// assessLoan shares one frozen kolektibilitas result per level (from classifyKolektibilitas); so do we.
for (const l of LEVELS) Object.freeze(Object.freeze(l).label);
const RATES = [1, 5, 15, 50, 100];

/** A deterministic portfolio: most loans current, a tail in arrears, 50 kelurahan. */
function portfolio(): AnyAssessment[] {
  let seed = 20_240_630;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: N }, (_, i) => {
    const principal = 1_000_000 * (1 + Math.floor(next() * 10));
    const outstanding = Math.floor(principal * next());
    const late = next();
    const dpd = late < 0.8 ? 0 : Math.floor(next() * 400);
    const missed = dpd === 0 ? 0 : 1 + Math.floor(dpd / 30);
    const level = dpd === 0 ? 0 : dpd <= 90 ? 1 : dpd <= 120 ? 2 : dpd <= 180 ? 3 : 4;
    const due = Math.floor(principal * 0.6);
    return {
      asOf: '2024-06-30',
      status: outstanding > 0 ? 'active' : 'paid_off',
      principal,
      outstandingPrincipal: outstanding,
      overduePrincipal: 0,
      overdueInterest: 0,
      daysPastDue: dpd,
      missedInstalments: missed,
      monthsInArrears: Math.floor(dpd / 30),
      dueToDate: due,
      paidOnTimeToDate: dpd === 0 ? due : Math.floor(due * next()),
      paidToDate: due,
      kolektibilitas: LEVELS[level] as (typeof LEVELS)[number],
      provision: Math.round((outstanding * (RATES[level] as number)) / 100),
      kelurahan: `kel-${i % 50}`,
    } as AnyAssessment;
  });
}

/** What a careful user would write by hand: one pass, float ratios, no validation, no labels. */
function handWritten(rows: readonly AnyAssessment[]) {
  let gross = 0;
  let par30 = 0;
  let par90 = 0;
  let risk3 = 0;
  let withBalance = 0;
  let lar = 0;
  let due = 0;
  let onTime = 0;
  let provisions = 0;
  const dist = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i] as AnyAssessment;
    const out = a.outstandingPrincipal;
    gross += out;
    if (out > 0) {
      withBalance++;
      if (a.daysPastDue > 30) par30 += out;
      if (a.daysPastDue > 90) par90 += out;
      if (a.missedInstalments >= 3) {
        risk3 += out;
        lar++;
      }
    }
    due += a.dueToDate;
    onTime += a.paidOnTimeToDate;
    provisions += a.provision;
    dist.set(a.kolektibilitas.level, (dist.get(a.kolektibilitas.level) ?? 0) + out);
  }
  return {
    par30: par30 / gross,
    par90: par90 / gross,
    upkPar: risk3 / gross,
    lar: lar / withBalance,
    rr: (gross - risk3) / gross,
    collection: onTime / due,
    provisions,
    dist,
  };
}

let sink = 0;

export async function run(): Promise<void> {
  const rows = portfolio();
  // The same rows as a dashboard reads them from a file: one unfrozen kolektibilitas object per row.
  const fromJson = JSON.parse(JSON.stringify(rows)) as AnyAssessment[];
  const parts = [0, 1, 2, 3].map((p) => {
    const acc = createPortfolioAccumulator({ groupBy: 'kelurahan' });
    for (let i = p * 25_000; i < (p + 1) * 25_000; i++) acc.add(rows[i], i);
    return acc;
  });
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench
    .add('portfolioIndicators: 100,000 assessments', () => {
      sink += portfolioIndicators(rows).grossOutstanding.amount;
    })
    .add('portfolioIndicators: the same 100,000 parsed from JSON', () => {
      sink += portfolioIndicators(fromJson).grossOutstanding.amount;
    })
    .add('portfolioIndicators grouped by kelurahan (50 groups)', () => {
      sink += portfolioIndicators(rows, { groupBy: 'kelurahan' }).groups.length;
    })
    .add('hand-written float loop over the same 100,000', () => {
      sink += handWritten(rows).par30;
    })
    .add('accumulator: 4 x 25,000 added with global indexes, then merged', () => {
      const total = createPortfolioAccumulator({ groupBy: 'kelurahan' });
      for (let p = 0; p < 4; p++) {
        const acc = createPortfolioAccumulator({ groupBy: 'kelurahan' });
        for (let i = p * 25_000; i < (p + 1) * 25_000; i++) acc.add(rows[i], i);
        total.merge(acc);
      }
      sink += total.result().counts.valid;
    })
    .add('accumulator merge only: 4 prebuilt accumulators (50 groups each) + result()', () => {
      const total = createPortfolioAccumulator({ groupBy: 'kelurahan' });
      for (const p of parts) total.merge(p);
      sink += total.result().counts.valid;
    });
  await bench.run();
  const table = bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number } } | undefined;
    const ms = r?.latency?.mean ?? Number.NaN;
    return {
      task: t.name,
      'ms/run': Number(ms.toFixed(2)),
      'assessments/s': t.name.includes('merge only') ? '-' : Math.round((N / ms) * 1000),
    };
  });
  console.table(table);
  const ours = table[0]?.['ms/run'] ?? Number.NaN;
  const hand = table[3]?.['ms/run'] ?? Number.NaN;
  console.log(
    `portfolioIndicators is ${(ours / hand).toFixed(1)}x the hand-written float loop (which validates nothing)`,
  );
  // The exact indicators agree with the float loop to float rounding.
  const exact = portfolioIndicators(rows);
  const float = handWritten(rows);
  console.log(
    `check: PAR30 exact ${exact.par30.ratio?.decimal} vs float ${float.par30}; provisions ${exact.requiredProvisions.amount} vs ${float.provisions} (sink ${sink > 0})`,
  );
}
