/**
 * Who runs a job posted to a worker of the chunk pool (chunk-pool.ts): the worker, or the main thread
 * taking it back. Each posted job has a number `seq` (per worker, 0, 1, 2, ...), and both sides claim
 * it in a shared array before running it; the first to claim runs it, and a worker whose claim fails
 * skips the job. A worker holds fewer than {@link CLAIM_RING} jobs at a time, so job `seq` takes the
 * place of job `seq - CLAIM_RING`, long since claimed. No imports: a worker thread loads this.
 */

/** Places in a claims array (more than the jobs a worker holds at a time). */
export const CLAIM_RING = 16;

/** A worker's claims array (shared with the main thread). */
export function newClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * CLAIM_RING));
}

/** Claims job `seq`: whether this thread is the first (and so runs it). */
export function claimJob(claims: Int32Array, seq: number): boolean {
  const before = seq >= CLAIM_RING ? seq - CLAIM_RING + 1 : 0;
  return Atomics.compareExchange(claims, seq % CLAIM_RING, before, seq + 1) === before;
}
