/**
 * The worker threads of `poverty --workers N`, started at the very start of a run when it will read a
 * large CSV file on several threads: each loads its code (about 0.2 s of CPU: Node's worker start and
 * the library bundle) while this thread loads the library and opens the file, instead of after it.
 * The chunk pool adopts them (chunk-pool.ts) and posts them their settings; a worker not adopted (the
 * run stopped on a usage error, say) does not keep the process alive. Only the options are read here,
 * as `poverty` reads them: nothing is decided, a wrong guess costs a worker's start and no result.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { CHUNK_BYTES } from './chunks.js';
import { readWorkers } from './pool.js';
import { POVERTY_OPTIONS, ROW_LINE_OPTIONS } from './poverty-options.js';

/** The heap limits of a poverty worker: capped, so that V8 does not grow it lazily (peak RSS). */
export const POVERTY_WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

/** The script of a poverty worker. */
export const POVERTY_WORKER_SCRIPT = new URL('./poverty-worker.js', import.meta.url);

interface Early {
  readonly worker: Worker;
  failed: boolean;
}

const early: Early[] = [];

/** How many workers a `poverty` run will start (0 when it reads in this thread only). */
function workersOf(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: POVERTY_OPTIONS,
    allowPositionals: true,
    strict: false,
  });
  if (values.help === true || positionals.length !== 1) return 0;
  if (Object.keys(ROW_LINE_OPTIONS).some((o) => values[o as keyof typeof values] !== undefined)) {
    return 0;
  }
  const path = positionals[0] as string;
  const from = typeof values.from === 'string' ? values.from : extname(path).slice(1).toLowerCase();
  if (from !== 'csv' || path === '-') return 0;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile() || stat.size <= CHUNK_BYTES) return 0;
  return readWorkers(typeof values.workers === 'string' ? values.workers : undefined) - 1;
}

/** Starts the workers a `poverty` run with these arguments will use (see the module's comment). */
export function prestartPovertyWorkers(argv: string[]): void {
  let count = 0;
  try {
    count = workersOf(argv);
  } catch {
    return; // the run reports its usage errors itself
  }
  for (let i = 0; i < count; i++) {
    const worker = new Worker(POVERTY_WORKER_SCRIPT, { resourceLimits: POVERTY_WORKER_LIMITS });
    const entry: Early = { worker, failed: false };
    // A worker that fails before it is adopted is ended and replaced by a fresh one.
    worker.on('error', () => {
      entry.failed = true;
    });
    worker.unref();
    early.push(entry);
  }
}

/** A worker started early and not yet adopted (it waits for its settings), or undefined. */
export function adoptEarlyWorker(): Worker | undefined {
  for (let entry = early.shift(); entry !== undefined; entry = early.shift()) {
    if (!entry.failed) {
      entry.worker.removeAllListeners('error');
      entry.worker.ref();
      return entry.worker;
    }
    void entry.worker.terminate();
  }
  return undefined;
}
