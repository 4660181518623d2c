/**
 * The worker thread of `poverty --workers N` (chunk-pool.ts): runs chunks of a CSV file (posted, or
 * read from the file by number) and posts their results back. Its settings come as `workerData`, or,
 * for a worker started before the run knew them (early-workers.ts), as its first message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PovertyCsvSettings, PovertyCsvRunner, type PovertyCsvTask } from './poverty-csv.js';

let runner =
  workerData === undefined || workerData === null
    ? undefined
    : new PovertyCsvRunner(workerData as PovertyCsvSettings);

parentPort?.on('message', (task: PovertyCsvTask | { settings: PovertyCsvSettings }) => {
  if (runner === undefined) {
    runner = new PovertyCsvRunner((task as { settings: PovertyCsvSettings }).settings);
    return;
  }
  try {
    parentPort?.postMessage({ result: runner.run(task as PovertyCsvTask) });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) });
  }
});
