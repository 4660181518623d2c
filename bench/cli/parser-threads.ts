// papaparse alone on 1 or more threads, reading a CSV file's chunks as `sejahtera poverty` does (by
// number, parsed in pieces of whole lines: cli/src/csv-rows.ts), with no library
// work: chunk k on thread k mod N. It measures what the machine gives the parser itself on two threads
// (the ceiling of the command's speed-up, whose work is mostly the parser's). Bundled and run as a
// child process by cli.bench.ts (so it is timed as the command is):
//   node parser-threads.mjs <file.csv> <threads>
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CsvFileRanges } from '../../cli/src/csv-ranges.js';
import type { CsvShape } from '../../cli/src/csv-rows.js';
import { POVERTY_WORKER_LIMITS } from '../../cli/src/early-workers.js';
import { csvFileOf, parseChunks } from './csv-file.js';

interface Job {
  readonly file: CsvFileRanges;
  readonly shape: CsvShape;
  readonly me: number;
  readonly threads: number;
}

if (isMainThread) {
  const path = process.argv[2] as string;
  const threads = Number(process.argv[3] ?? 1);
  const { file, shape } = await csvFileOf(path);
  const others = Array.from(
    { length: threads - 1 },
    (_, i) =>
      new Promise<number>((done, fail) => {
        const job: Job = { file, shape, me: i + 1, threads };
        const worker = new Worker(new URL(import.meta.url), {
          workerData: job,
          // The command's worker heap limits, so that the parser runs as the command's worker does.
          resourceLimits: POVERTY_WORKER_LIMITS,
        });
        worker.once('message', done);
        worker.once('error', fail);
      }),
  );
  const mine = parseChunks(file, shape, 0, threads);
  const rows = (await Promise.all(others)).reduce((a, b) => a + b, mine);
  process.stderr.write(`${rows} records\n`);
} else {
  const { file, shape, me, threads } = workerData as Job;
  parentPort?.postMessage(parseChunks(file, shape, me, threads));
}
