/**
 * The worker thread of `validate --workers N`: runs chunks of a file posted by the main thread and
 * posts their results back (`poverty` has its own, lighter worker: poverty-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseChunk } from './chunks.js';
import type { WorkerSetup } from './pool.js';
import { type ValidateChunkConfig, validateChunk } from './validate-chunk.js';

/** The settings of a `validate` run's workers. */
export interface ValidateWorkerSettings {
  readonly config: ValidateChunkConfig;
  readonly delimiter: string;
  readonly newline: string;
  readonly columns: number;
}

const setup = workerData as WorkerSetup;

parentPort?.on('message', (task: unknown) => {
  try {
    if (setup.task === 'validate') {
      const s = setup.settings as ValidateWorkerSettings;
      const bytes = task as Uint8Array;
      const rows = parseChunk(bytes, s.delimiter, s.newline, s.columns);
      parentPort?.postMessage({
        result: { records: rows.length, ...validateChunk(s.config, rows) },
      });
    } else {
      parentPort?.postMessage({ error: `unknown worker task '${String(setup.task)}'` });
    }
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) });
  }
});
