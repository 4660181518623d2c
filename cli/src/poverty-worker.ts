/**
 * The worker thread of `poverty --workers N` (chunk-pool.ts): runs chunks of a CSV file (posted, or
 * read from the file by number) and posts their results back. It imports the poverty chunk path only
 * (`sejahtera/poverty`, papaparse), not the whole library: a worker's start-up is a cost the run pays
 * once per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PovertyCsvSettings, PovertyCsvRunner, type PovertyCsvTask } from './poverty-csv.js';

const runner = new PovertyCsvRunner(workerData as PovertyCsvSettings);

parentPort?.on('message', (task: PovertyCsvTask) => {
  try {
    parentPort?.postMessage({ result: runner.run(task) });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) });
  }
});
