/**
 * The worker thread of `--workers N`: runs chunks of a file (posted, or for `poverty` read from the
 * file by number) and posts their results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseChunk } from './chunks.js';
import type { WorkerSetup } from './pool.js';
import { type PovertyCsvSettings, PovertyCsvRunner, type PovertyCsvTask } from './poverty-csv.js';
import { type ValidateChunkConfig, validateChunk } from './validate-chunk.js';

/** The settings of a `validate` run's workers. */
export interface ValidateWorkerSettings {
  readonly config: ValidateChunkConfig;
  readonly delimiter: string;
  readonly newline: string;
  readonly columns: number;
}

const setup = workerData as WorkerSetup;

/** The poverty chunks' runner (it keeps the file open from chunk to chunk). */
let poverty: PovertyCsvRunner | undefined;

parentPort?.on('message', (task: unknown) => {
  try {
    if (setup.task === 'poverty') {
      poverty ??= new PovertyCsvRunner(setup.settings as PovertyCsvSettings);
      parentPort?.postMessage({ result: poverty.run(task as PovertyCsvTask) });
    } else if (setup.task === 'validate') {
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
