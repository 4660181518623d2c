// PKH benefits for 10,000,000 families (target < 10 s): the columnar fast path run over 10 chunks of
// 1,000,000 families (memory stays at one chunk's columns, about 60 MB), once allocating new result
// arrays for every chunk and once reusing the previous chunk's (`into`), and pkhBenefit with an
// object per family on 100,000 families, extrapolated to 10,000,000. CPU time is printed beside the
// wall time: on a shared machine it is the steadier figure.
// `npm run bench -- pkh`
import { Bench } from 'tinybench';
import {
  PKH_COMPONENTS,
  type PkhComponent,
  pkhBenefit,
  pkhBenefitColumns,
} from '../src/pkh/index.js';
import { taskRows } from './_table.js';

const CHUNK = 1_000_000;
const CHUNKS = 10;
const OBJECTS = 100_000;

let seed = 20_070_015;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
// Persons per family of each component: mostly 0, sometimes 1, rarely 2 or 3 (so caps and limits bite).
const draw = (p: number): number => {
  const x = next();
  return x < p ? (x < p / 8 ? (x < p / 32 ? 3 : 2) : 1) : 0;
};
const shares: Record<PkhComponent, number> = {
  ibu_hamil: 0.08,
  anak_usia_dini: 0.35,
  sd: 0.45,
  smp: 0.3,
  sma: 0.25,
  disabilitas_berat: 0.04,
  lansia: 0.15,
};

let sink = 0;

export async function run(): Promise<void> {
  const counts = Object.fromEntries(
    PKH_COMPONENTS.map((c) => [c, Uint8Array.from({ length: CHUNK }, () => draw(shares[c]))]),
  ) as Record<PkhComponent, Uint8Array>;
  const akses = Uint8Array.from({ length: CHUNK }, () => (next() < 0.03 ? 1 : 0));
  const families = Array.from({ length: OBJECTS }, (_, i) => ({
    akses: akses[i] === 1,
    persons: PKH_COMPONENTS.flatMap((c) =>
      Array.from({ length: counts[c][i] as number }, () => ({ component: c })),
    ),
  }));

  const bench = new Bench({ time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 });
  // CPU milliseconds of every run of every task (the first is the warm-up).
  const cpuOf: Record<string, number[]> = {};
  const add = (name: string, fn: () => void) => {
    const runs: number[] = [];
    cpuOf[name] = runs;
    bench.add(name, () => {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      runs.push((c.user + c.system) / 1000);
    });
  };
  const chunks = `${CHUNKS} x ${CHUNK.toLocaleString('en')} families`;
  let reused: ReturnType<typeof pkhBenefitColumns> | undefined;
  add(`pkhBenefitColumns, new arrays per chunk: ${chunks} (2024)`, () => {
    for (let k = 0; k < CHUNKS; k++)
      sink += pkhBenefitColumns({ counts, akses }, { year: 2024 }).totals[k] as number;
  });
  add(`pkhBenefitColumns, arrays reused (into): ${chunks} (2024)`, () => {
    for (let k = 0; k < CHUNKS; k++) {
      reused = pkhBenefitColumns({ counts, akses }, { year: 2024, into: reused });
      sink += reused.totals[k] as number;
    }
  });
  add(`pkhBenefitColumns, arrays reused (into): ${chunks} (2019, fixed amounts)`, () => {
    for (let k = 0; k < CHUNKS; k++) {
      reused = pkhBenefitColumns({ counts, akses }, { year: 2019, into: reused });
      sink += reused.totals[k] as number;
    }
  });
  add(`pkhBenefit (an object per family): ${OBJECTS.toLocaleString('en')} families (2024)`, () => {
    for (const f of families) sink += pkhBenefit(f, { year: 2024 }).total;
  });
  await bench.run();

  const rows = taskRows(bench, (i) => (i < 3 ? CHUNK * CHUNKS : OBJECTS)).map((r) => {
    const c = cpuOf[r.task] ?? [];
    // The warm-up run is the first; the mean CPU of the measured runs.
    const measured = c.slice(1);
    const mean = measured.reduce((a, b) => a + b, 0) / Math.max(measured.length, 1);
    return { ...r, 'cpu ms/run (mean)': Math.round(mean) };
  });
  console.table(rows);
  const fastMs = rows[1]?.['ms/run (mean)'] ?? Number.NaN;
  const freshMs = rows[0]?.['ms/run (mean)'] ?? Number.NaN;
  const objectRate = rows[3]?.['items/s'] ?? 0;
  console.log(
    `10,000,000 families: ${(fastMs / 1000).toFixed(2)} s on the columnar fast path reusing its arrays ` +
      `(cpu ${((rows[1]?.['cpu ms/run (mean)'] ?? Number.NaN) / 1000).toFixed(2)} s), ` +
      `${(freshMs / 1000).toFixed(2)} s allocating new arrays per chunk ` +
      `(target < 10 s: ${fastMs < 10_000 ? 'met' : 'NOT met'}); with an object per family ` +
      `${Math.round(objectRate).toLocaleString('en')}/s, about ${(1e7 / objectRate).toFixed(0)} s for 10,000,000 (extrapolated)`,
  );
  console.log(`(sink ${sink !== 0})`);
}
