// papaparse alone on 1 or more threads, reading a CSV file's chunks as `sejahtera poverty` does (by
// number, parsed in pieces of whole lines: cli/src/csv-rows.ts), with no library work: each thread
// takes the next chunk when it is free (a shared counter), as the command's threads do. It measures
// what the machine gives the parser itself on two threads (the ceiling of the command's speed-up,
// whose work is mostly the parser's). Bundled and run as a
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
  /** One Int32: the number of the next chunk to read. */
  readonly next: SharedArrayBuffer;
}

/** The next chunk's number, taken from the shared counter. */
const taker = (next: SharedArrayBuffer) => {
  const counter = new Int32Array(next);
  return () => Atomics.add(counter, 0, 1);
};

if (isMainThread) {
  const path = process.argv[2] as string;
  const threads = Number(process.argv[3] ?? 1);
  const { file, shape } = await csvFileOf(path);
  const next = new SharedArrayBuffer(4);
  const others = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<number>((done, fail) => {
        const job: Job = { file, shape, next };
        const worker = new Worker(new URL(import.meta.url), {
          workerData: job,
          // The command's worker heap limits, so that the parser runs as the command's worker does.
          resourceLimits: POVERTY_WORKER_LIMITS,
        });
        worker.once('message', done);
        worker.once('error', fail);
      }),
  );
  const mine = parseChunks(file, shape, taker(next));
  const rows = (await Promise.all(others)).reduce((a, b) => a + b, mine);
  process.stderr.write(`${rows} records\n`);
} else {
  const { file, shape, next } = workerData as Job;
  parentPort?.postMessage(parseChunks(file, shape, taker(next)));
}
