// Core throughput: rounding and allocation. `npm run bench -- core`
import { Bench } from 'tinybench';
import { allocateRupiah, roundRupiah } from '../src/index.js';

export async function run(): Promise<void> {
  const integers = Array.from({ length: 10_000 }, (_, i) => 1_000_000 + i * 7919);
  const decimals = integers.map((n) => `${n}.${n % 10}5`);
  const bench = new Bench({ time: 500, warmupTime: 100 });
  bench
    .add('roundRupiah: 10,000 integers to Rp 5,000 half-up', () => {
      for (const n of integers) roundRupiah(n, { unit: 5000 });
    })
    .add('roundRupiah: 10,000 decimal strings to Rp 1', () => {
      for (const s of decimals) roundRupiah(s);
    })
    .add('allocateRupiah: 1,000 splits among 20 members', () => {
      const ratios = Array.from({ length: 20 }, (_, i) => i + 1);
      for (let i = 0; i < 1000; i++) allocateRupiah(10_000_000 + i, ratios);
    });
  await bench.run();
  console.table(
    bench.tasks.map((t) => {
      const r = t.result as
        | { throughput?: { mean: number }; latency?: { mean: number } }
        | undefined;
      const perSecond = r?.throughput?.mean ?? 0;
      const unitsPerOp = t.name.includes('1,000 splits') ? 1000 : 10_000;
      return {
        task: t.name,
        'ops/s': Math.round(perSecond),
        'items/s': Math.round(perSecond * unitsPerOp),
      };
    }),
  );
}
