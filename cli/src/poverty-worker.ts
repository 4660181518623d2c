/**
 * The worker thread of `poverty --workers N` (chunk-pool.ts): runs chunks of a CSV file (posted, or
 * read from the file by number) and posts their results back. Its settings and claims array come as
 * `workerData`, or, for a worker started before the run knew them (early-workers.ts), as its first
 * message. A chunk the main thread took back (its claim fails: job-claims.ts) is skipped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolWorkerStart } from './chunk-pool.js';
import { claimJob } from './job-claims.js';
import { type PovertyCsvSettings, PovertyCsvRunner, type PovertyCsvTask } from './poverty-csv.js';

type Start = PoolWorkerStart<PovertyCsvSettings>;

let runner: PovertyCsvRunner | undefined;
let claims: Int32Array | undefined;

function begin(start: Start): void {
  runner = new PovertyCsvRunner(start.settings);
  claims = start.claims;
}

if (workerData !== undefined && workerData !== null) begin(workerData as Start);

parentPort?.on('message', (message: Start | { seq: number; input: PovertyCsvTask }) => {
  if (runner === undefined || claims === undefined) {
    begin(message as Start);
    return;
  }
  const { seq, input } = message as { seq: number; input: PovertyCsvTask };
  if (!claimJob(claims, seq)) {
    parentPort?.postMessage({ skipped: true });
    return;
  }
  try {
    parentPort?.postMessage({ result: runner.run(input) });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) });
  }
});
