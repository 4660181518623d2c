// Shared by the benchmarks: one table row per tinybench task (a helper, not a benchmark: the runner
// only picks up *.bench.ts).
import type { Bench } from 'tinybench';

/** A benchmark table row: mean and minimum milliseconds per run, and items per second. */
export interface TaskRow {
  task: string;
  'ms/run (mean)': number;
  'ms/run (min)': number;
  'items/s': number;
}

/** Rows for every task of a finished bench; `itemsOf(index)` says how many items one run handles. */
export function taskRows(bench: Bench, itemsOf: (index: number) => number): TaskRow[] {
  return bench.tasks.map((t, i) => {
    const r = t.result as { latency?: { mean: number; min: number } } | undefined;
    const ms = r?.latency?.mean ?? Number.NaN;
    return {
      task: t.name,
      'ms/run (mean)': Number(ms.toFixed(1)),
      'ms/run (min)': Number((r?.latency?.min ?? Number.NaN).toFixed(1)),
      'items/s': Math.round((itemsOf(i) / ms) * 1000),
    };
  });
}
