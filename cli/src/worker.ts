/** The worker thread of `--workers N`: runs chunks of a file and posts their results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseChunk } from './chunks.js';
import type { WorkerSetup } from './pool.js';
import { type PovertyChunkConfig, povertyChunk } from './poverty-chunk.js';
import { type ValidateChunkConfig, validateChunk } from './validate-chunk.js';

/** The settings of a `validate` run's workers. */
export interface ValidateWorkerSettings {
  readonly config: ValidateChunkConfig;
  readonly delimiter: string;
  readonly newline: string;
  readonly columns: number;
}

/** The settings of a `poverty` run's workers. */
export interface PovertyWorkerSettings {
  readonly config: PovertyChunkConfig;
  readonly delimiter: string;
  readonly newline: string;
  readonly columns: number;
}

const setup = workerData as WorkerSetup;

parentPort?.on('message', (bytes: Uint8Array) => {
  try {
    if (setup.task === 'poverty') {
      const s = setup.settings as PovertyWorkerSettings;
      const rows = parseChunk(bytes, s.delimiter, s.newline, s.columns);
      parentPort?.postMessage({
        result: { records: rows.length, ...povertyChunk(s.config, rows) },
      });
    } else if (setup.task === 'validate') {
      const s = setup.settings as ValidateWorkerSettings;
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
