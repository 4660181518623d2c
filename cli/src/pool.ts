/**
 * `--workers N`: a pool of `worker_threads` running the chunks of a file, and an ordered map that
 * keeps at most a few chunks in flight (bounded memory) and hands their results back in input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fail } from './errors.js';

/** The `--workers` option for `util.parseArgs`. */
export const WORKERS_OPTION = { workers: { type: 'string' } } as const;

/** `--workers N` checked: a whole number from 1 to 256; default the machine's available parallelism. */
export function readWorkers(text: string | undefined): number {
  if (text === undefined) return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256) {
    fail(`--workers takes a whole number from 1 to 256 (got '${text}')`);
  }
  return Number(text);
}

/** What a worker is told at its start: which task, and the task's settings. */
export interface WorkerSetup {
  readonly task: 'validate';
  readonly settings: unknown;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Worker threads that each run one chunk at a time. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<Worker, Pending>();
  private readonly workers: Worker[] = [];
  private failure: unknown;

  constructor(count: number, setup: WorkerSetup) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < count; i++) {
      // A chunk needs a few tens of MB: capped heaps keep V8 from growing each worker's heap lazily
      // to hundreds of MB (peak RSS at 2 workers went from 527 MB to the figure in docs/cli.md).
      const worker = new Worker(url, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
      });
      worker.on('message', (message: { result?: unknown; error?: string }) => {
        const p = this.pending.get(worker);
        this.pending.delete(worker);
        this.release(worker);
        if (message.error !== undefined) p?.reject(new Error(message.error));
        else p?.resolve(message.result);
      });
      // A worker that fails (out of memory, a load error) fails the run: its chunk and every later one.
      worker.on('error', (error) => {
        this.failure = error;
        const p = this.pending.get(worker);
        this.pending.delete(worker);
        p?.reject(error);
        for (const wake of this.waiting.splice(0)) wake();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  /** Runs one chunk on the next free worker; `transfer` moves its buffers instead of copying. */
  async run<T>(input: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    while (this.idle.length === 0 && this.failure === undefined) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure !== undefined) throw this.failure;
    const worker = this.idle.pop() as Worker;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(worker, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage(input, transfer);
    });
  }

  /** Ends the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Maps `source` through `fn` with at most `limit` calls in flight, yielding the results in the
 * order of `source`. Stops taking input once `stopped()` (the results in flight are still yielded).
 */
export async function* mapOrdered<I, O>(
  source: AsyncIterable<I>,
  fn: (input: I) => Promise<O>,
  limit: number,
  stopped: () => boolean,
): AsyncGenerator<O> {
  const it = source[Symbol.asyncIterator]();
  const inFlight: Promise<O>[] = [];
  let done = false;
  for (;;) {
    while (!done && inFlight.length < limit && !stopped()) {
      const step = await it.next();
      if (step.done === true) {
        done = true;
        break;
      }
      const p = fn(step.value);
      // Handled here so that a failure of a later chunk is reported when its turn comes.
      p.catch(() => {});
      inFlight.push(p);
    }
    const next = inFlight.shift();
    if (next === undefined) return;
    yield await next;
  }
}
