/**
 * `--workers N` for `poverty`: N threads read chunks, and one of them is this (the main) thread, so a
 * run starts N - 1 worker threads, not N. The main thread's own work between chunks (merging the
 * results, writing rejections) is small, and a worker thread costs a load of the library and a JIT
 * warm-up of its own: with 2 cores, `--workers 2` as the main thread plus one worker was faster than
 * two workers beside an idle main thread (docs/cli.md, "How fast, at national scale").
 *
 * Chunks wait in one queue and go to whichever thread is free: a worker takes up to
 * {@link WORKER_DEPTH} chunks ahead (its next chunks are already in its message queue when it posts a
 * result, even while the main thread is busy), and the main thread takes the next chunk whenever no
 * worker has room. When the queue is empty (the end of a file), the main thread takes back a chunk a
 * worker holds and has not started (job-claims.ts), the last one first: without it, the main thread
 * stood idle at the end of a run while a worker still held up to three chunks. While a worker is
 * still starting, the main thread reads the first chunks alone.
 * The workers start only when a second chunk is waiting, so a small file (one chunk) costs no worker.
 */
import { Worker } from 'node:worker_threads';
import { POVERTY_WORKER_LIMITS } from './early-workers.js';
import { claimJob, newClaims } from './job-claims.js';

/**
 * Chunks a worker holds at most (the one it runs and three more). A worker's next chunk is posted when
 * the main thread handles its result, and the main thread runs chunks of its own: with 2 (the one it
 * runs and the next), a worker that finished both while the main thread was still in its own chunk
 * waited. Over 10 M rows with 2 threads the worker stood idle between chunks for 110 to 430 ms with
 * 2, and 20 to 40 ms with 4 (timed in the worker, 2 to 4 runs each; docs/cli.md, session 12).
 */
const WORKER_DEPTH = 4;

interface Job<I, O> {
  readonly input: I;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
  /** Its number on the worker it was posted to. */
  seq?: number;
  /** Taken back by this thread (the worker skips it). */
  taken?: boolean;
}

interface Slot<I, O> {
  readonly worker: Worker;
  /** Its jobs in the order posted (a worker answers in that order, a job taken back included). */
  readonly jobs: Job<I, O>[];
  /** Claims of its jobs, shared with it (job-claims.ts). */
  readonly claims: Int32Array;
  /** The number of its next job. */
  seq: number;
}

/**
 * What a pool worker is given (as `workerData`, or as its first message when it was started early):
 * the pool's `workerData` as `settings`, and its claims array. Each job comes as `{ seq, input }`;
 * the worker calls `claimJob(claims, seq)` and answers `{ result }` or `{ error }`, or `{ skipped:
 * true }` when the claim fails (this thread took the job back).
 */
export interface PoolWorkerStart<S = unknown> {
  readonly settings: S;
  readonly claims: Int32Array;
}

/** Runs jobs on `workers - 1` worker threads (running `script` with `workerData`) and this thread. */
export class SharedChunkPool<I, O> {
  private readonly queue: Job<I, O>[] = [];
  private readonly slots: Slot<I, O>[] = [];
  private localBusy = false;
  private failure: unknown;

  private jobs = 0;

  /** The workers start with the second job: a file of one chunk runs on this thread alone. */
  constructor(
    private readonly workers: number,
    private readonly script: URL,
    private readonly workerData: unknown,
    private readonly runHere: (input: I) => O,
    /** A worker of `script` already started without `workerData` (it is posted its settings). */
    private readonly adopt: () => Worker | undefined = () => undefined,
  ) {}

  private start(): void {
    const { script, workerData } = this;
    for (let i = 1; i < this.workers; i++) {
      const start: PoolWorkerStart = { settings: workerData, claims: newClaims() };
      const adopted = this.adopt();
      adopted?.postMessage(start);
      // Capped heaps keep V8 from growing a worker's heap lazily to hundreds of MB (peak RSS).
      const worker =
        adopted ?? new Worker(script, { workerData: start, resourceLimits: POVERTY_WORKER_LIMITS });
      const slot: Slot<I, O> = { worker, jobs: [], claims: start.claims, seq: 0 };
      worker.on('message', (message: { result?: O; error?: string; skipped?: boolean }) => {
        const job = slot.jobs.shift();
        // A job taken back was run and settled by this thread: the worker's answer is `skipped`.
        if (job !== undefined && job.taken !== true) {
          if (message.error !== undefined) job.reject(new Error(message.error));
          else job.resolve(message.result as O);
        }
        this.pump();
      });
      // A worker that fails (out of memory, a load error) fails the run: its jobs and every later one.
      worker.on('error', (error) => {
        this.failure = error;
        for (const job of [...slot.jobs.splice(0), ...this.queue.splice(0)]) job.reject(error);
      });
      this.slots.push(slot);
    }
  }

  /** Runs one job on the next free thread; `transfer` moves its buffers to a worker, not copied. */
  run(input: I, transfer: ArrayBuffer[] = []): Promise<O> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    // The second job: a file of more than one chunk, now the workers are worth their start-up.
    if (++this.jobs === 2) this.start();
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, transfer, resolve, reject });
      this.pump();
    });
  }

  /** Hands queued jobs to workers with room, then (on a later turn) to this thread. */
  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot<I, O> | undefined;
      for (const slot of this.slots) {
        if (
          slot.jobs.length < WORKER_DEPTH &&
          (best === undefined || slot.jobs.length < best.jobs.length)
        )
          best = slot;
      }
      if (best === undefined) break;
      const job = this.queue.shift() as Job<I, O>;
      job.seq = best.seq++;
      best.jobs.push(job);
      best.worker.postMessage({ seq: job.seq, input: job.input }, job.transfer);
    }
    if (this.localBusy || this.failure !== undefined) return;
    if (this.queue.length > 0) {
      this.localBusy = true;
      // A turn of the event loop first: Ctrl-C, the progress line and the workers' results get through.
      setImmediate(() => this.runLocal());
      return;
    }
    const back = this.takeBack();
    if (back !== undefined) {
      this.localBusy = true;
      setImmediate(() => this.runLocal(back));
    }
  }

  /**
   * A job a worker holds and has not started, claimed for this thread (the last one posted first, of
   * the worker holding the most); undefined when there is none. A job whose buffer was moved to the
   * worker stays there.
   */
  private takeBack(): Job<I, O> | undefined {
    const slots = [...this.slots].sort((a, b) => b.jobs.length - a.jobs.length);
    for (const slot of slots) {
      for (let i = slot.jobs.length - 1; i >= 0; i--) {
        const job = slot.jobs[i] as Job<I, O>;
        if (job.taken === true) continue;
        // The worker runs its jobs in order: once it claimed one, it claimed all before it.
        if (job.transfer.length > 0 || !claimJob(slot.claims, job.seq as number)) break;
        job.taken = true;
        return job;
      }
    }
    return undefined;
  }

  private runLocal(taken?: Job<I, O>): void {
    const job = taken ?? (this.failure === undefined ? this.queue.shift() : undefined);
    if (job !== undefined) {
      try {
        job.resolve(this.runHere(job.input));
      } catch (error) {
        job.reject(error);
      }
    }
    this.localBusy = false;
    this.pump();
  }

  /** Ends the workers; jobs not started are dropped (rejected). */
  async close(): Promise<void> {
    this.failure ??= new Error('the chunk pool is closed');
    for (const job of this.queue.splice(0)) job.reject(this.failure);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
