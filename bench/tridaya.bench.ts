// Tridaya throughput: score 100,000 respondents x 30 items (target >= 500,000 respondents/s) on the
// columnar fast path, with an object per respondent, and on answers by item id, and Spearman on 1,000,000 pairs (target < 1 s).
// `npm run bench -- tridaya`
import { Bench } from 'tinybench';
import {
  defineInstrument,
  pearson,
  scoreResponseColumns,
  scoreResponses,
  spearman,
} from '../src/tridaya/index.js';
import { taskRows } from './_table.js';

const RESPONDENTS = 100_000;
const ITEMS = 30;
const PAIRS = 1_000_000;

let seed = 20_170_063;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const dayas = ['sosial', 'ekonomi', 'lingkungan'] as const;
const instrument = defineInstrument({
  id: 'bench-30',
  scale: { min: 1, max: 5 },
  items: Array.from({ length: ITEMS }, (_, j) => ({
    id: `q${j + 1}`,
    daya: dayas[j % 3] as (typeof dayas)[number],
    reverse: j % 7 === 0,
    weight: j % 5 === 0 ? 2 : 1,
  })),
});

let sink = 0;

export async function run(): Promise<void> {
  // About 1 answer in 200 is missing, so the item-mean pass does real work.
  const arrays = Array.from({ length: RESPONDENTS }, () =>
    Array.from({ length: ITEMS }, () => (next() < 0.005 ? null : 1 + Math.floor(next() * 5))),
  );
  const records = arrays.slice(0, RESPONDENTS).map((row, i) => {
    const answers: Record<string, number | null> = {};
    row.forEach((v, j) => {
      answers[`q${j + 1}`] = v;
    });
    return { id: `R${i}`, answers };
  });
  const x = new Float64Array(PAIRS);
  const y = new Float64Array(PAIRS);
  for (let i = 0; i < PAIRS; i++) {
    x[i] = Math.floor(next() * 1000); // ties on purpose
    y[i] = (x[i] as number) * 0.3 + next() * 700;
  }
  const xs = Array.from(x);
  const ys = Array.from(y);

  const bench = new Bench({ time: 0, iterations: 6, warmupTime: 0, warmupIterations: 2 });
  bench
    .add('scoreResponseColumns (fast path): 100,000 x 30, arrays, reject', () => {
      sink += scoreResponseColumns(instrument, arrays).counts.valid;
    })
    .add('scoreResponses (objects): 100,000 x 30, arrays, reject', () => {
      sink += scoreResponses(instrument, arrays).counts.valid;
    })
    .add('scoreResponses: 100,000 x 30, arrays, item-mean', () => {
      sink += scoreResponses(instrument, arrays, { missing: 'item-mean' }).counts.valid;
    })
    .add('scoreResponses: 100,000 x 30, answers by item id, skip', () => {
      sink += scoreResponses(instrument, records, { missing: 'skip' }).counts.valid;
    })
    .add('spearman: 1,000,000 pairs (with ties)', () => {
      sink += spearman(xs, ys).rho;
    })
    .add('pearson: 1,000,000 pairs', () => {
      sink += pearson(xs, ys).r;
    });
  await bench.run();

  const rows = taskRows(bench, (i) => (i < 4 ? RESPONDENTS : PAIRS));
  console.table(rows);
  const rate = rows[0]?.['items/s'] ?? 0;
  const objectRate = rows[1]?.['items/s'] ?? 0;
  const spearmanMs = rows[4]?.['ms/run (mean)'] ?? Number.NaN;
  console.log(
    `scoring: ${Math.round(rate).toLocaleString('en')} respondents/s on the columnar fast path ` +
      `(target >= 500,000: ${rate >= 500_000 ? 'met' : 'NOT met'}), ` +
      `${Math.round(objectRate).toLocaleString('en')}/s with an object per respondent; spearman 1,000,000 pairs: ` +
      `${spearmanMs.toFixed(0)} ms (target < 1000 ms: ${spearmanMs < 1000 ? 'met' : 'NOT met'})`,
  );
  console.log(`(sink ${sink !== 0})`);
}
