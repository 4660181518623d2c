// Poverty throughput: classify 1,000,000 households by the poverty line, and compute P0/P1/P2 over
// them, side by side with a hand-written loop over the same array. `npm run bench -- poverty`
import { Bench } from 'tinybench';
import {
  classifyByPovertyLine,
  createPovertyAccumulator,
  createPovertyGroupTally,
  type PovertyRecord,
  povertyMeasures,
} from '../src/poverty/index.js';

const N = 1_000_000;
const LINE = 582_910;

/** A deterministic population: expenditure spread around the line, sizes 1-8, survey weights. */
function population(): PovertyRecord[] {
  let seed = 20_240_301;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: N }, () => ({
    expenditurePerCapita: Math.round(200_000 + next() * 1_400_000),
    size: 1 + Math.floor(next() * 8),
    weight: Math.round((50 + next() * 400) * 100) / 100,
  }));
}

/** What a careful user would write by hand: one pass, plain sums, no validation. */
function handWritten(records: readonly PovertyRecord[], z: number) {
  let pop = 0;
  let poor = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as PovertyRecord;
    const w = (r.size ?? 1) * (r.weight ?? 1);
    pop += w;
    const y = r.expenditurePerCapita;
    if (y < z) {
      const g = (z - y) / z;
      poor += w;
      s1 += w * g;
      s2 += w * g * g;
    }
  }
  return { p0: poor / pop, p1: s1 / pop, p2: s2 / pop, population: pop, poorPopulation: poor };
}

let sink = 0;

export async function run(): Promise<void> {
  const households = population();
  // The same households in 514 groups (kabupaten), as typed columns.
  const GROUPS = 514;
  const group = Int32Array.from(households, (_, i) => (i * 7_919) % GROUPS);
  const y = Float64Array.from(households, (h) => h.expenditurePerCapita);
  const size = Float64Array.from(households, (h) => h.size ?? Number.NaN);
  const weight = Float64Array.from(households, (h) => h.weight ?? Number.NaN);
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench
    .add('classifyByPovertyLine: 1,000,000 households (default bands)', () => {
      let poor = 0;
      for (let i = 0; i < households.length; i++) {
        const s = classifyByPovertyLine((households[i] as PovertyRecord).expenditurePerCapita, {
          line: LINE,
        }).status;
        if (s === 'miskin' || s === 'sangat_miskin') poor++;
      }
      sink += poor;
    })
    .add('povertyMeasures: P0/P1/P2 over 1,000,000 records', () => {
      sink += povertyMeasures(households, { line: LINE }).p0;
    })
    .add('hand-written loop: P0/P1/P2 over the same 1,000,000 records', () => {
      sink += handWritten(households, LINE).p0;
    })
    .add('povertyMeasures with a line function (urban/rural by size)', () => {
      sink += povertyMeasures(households, {
        line: (h) => ((h.size ?? 1) > 4 ? 556_874 : 601_871),
      }).p0;
    })
    .add('accumulator: 10 chunks of 100,000 merged', () => {
      const total = createPovertyAccumulator({ line: LINE });
      for (let c = 0; c < 10; c++) {
        const part = createPovertyAccumulator({ line: LINE, firstIndex: c * 100_000 });
        part.addAll(households.slice(c * 100_000, (c + 1) * 100_000));
        total.merge(part);
      }
      sink += total.result().p0;
    })
    .add('group tally: 1,000,000 households from typed columns into 514 groups', () => {
      const tally = createPovertyGroupTally({ line: LINE });
      for (let i = 0; i < N; i++) {
        tally.add(group[i] as number, y[i] as number, size[i] as number, weight[i] as number);
      }
      sink += tally.snapshot(0).valid;
    });
  await bench.run();
  // Medians are reported beside means: on a loaded machine the mean swings with whatever else runs.
  const rows = bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number; p50: number } } | undefined;
    const mean = r?.latency?.mean ?? Number.NaN;
    const median = r?.latency?.p50 ?? Number.NaN;
    return {
      task: t.name,
      'mean ms': Number(mean.toFixed(1)),
      'median ms': Number(median.toFixed(1)),
      'records/s (median)': Math.round((N / median) * 1000),
    };
  });
  console.table(rows);
  const ours = rows[1]?.['median ms'] ?? Number.NaN;
  const hand = rows[2]?.['median ms'] ?? Number.NaN;
  const rate = rows[1]?.['records/s (median)'] ?? 0;
  console.log(
    `povertyMeasures: ${(rate / 1e6).toFixed(1)} M records/s (target >= 5 M: ${rate >= 5e6 ? 'met' : 'NOT met'}); ` +
      `${(ours / hand).toFixed(2)}x the hand-written loop, medians side by side (target <= 3x: ${ours / hand <= 3 ? 'met' : 'NOT met'})`,
  );
  // Same answer as the hand-written loop (to rounding of the naive sums).
  const a = povertyMeasures(households, { line: LINE });
  const b = handWritten(households, LINE);
  console.log(
    `check: |P0 - hand| = ${Math.abs(a.p0 - b.p0).toExponential(1)}, |P2 - hand| = ${Math.abs(a.p2 - b.p2).toExponential(1)} (sink ${sink > 0})`,
  );
}
