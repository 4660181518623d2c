// The chunk pool's workers start with the second job: a one-chunk file never pays a worker's start-up,
// and a file of several chunks still reaches the workers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SharedChunkPool } from '../../cli/src/chunk-pool.js';
import { CLAIM_RING } from '../../cli/src/job-claims.js';

/**
 * A worker file of the pool's protocol (chunk-pool.ts, `PoolWorkerStart`), written here on its own:
 * it takes its start (`workerData`, or the first message), claims each job in the shared array (the
 * rule of job-claims.ts: job `seq` at `seq % CLAIM_RING`, 0 or `seq - CLAIM_RING + 1` before it,
 * `seq + 1` after), answers `skipped` when the claim fails, else runs `body` (JavaScript with `start`
 * and `seq` in scope) and answers with its value.
 */
function poolWorker(name: string, body: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'sejahtera-pool-')), `${name}.mjs`);
  writeFileSync(
    file,
    "import { parentPort, workerData } from 'node:worker_threads';\n" +
      `const RING = ${CLAIM_RING};\n` +
      'const claim = (c, seq) => {\n' +
      '  const before = seq >= RING ? seq - RING + 1 : 0;\n' +
      '  return Atomics.compareExchange(c, seq % RING, before, seq + 1) === before;\n' +
      '};\n' +
      'let start = workerData ?? undefined;\n' +
      "parentPort.on('message', ({ seq, ...m }) => {\n" +
      '  if (start === undefined) { start = m; return; }\n' +
      '  if (!claim(start.claims, seq)) return parentPort.postMessage({ skipped: true });\n' +
      `  parentPort.postMessage({ result: (() => { ${body} })() });\n` +
      '});\n',
  );
  return pathToFileURL(file);
}

/** A flag a worker raises (it ran a job) and this thread waits for, so that the worker gets one. */
const flag = () => new Int32Array(new SharedArrayBuffer(4));
const raise = 'Atomics.store(start.settings.ran, 0, 1); Atomics.notify(start.settings.ran, 0);';
/** This thread's job: waits (up to 10 s) until the worker ran one of its own. */
const waitFor = (ran: Int32Array) => () => {
  Atomics.wait(ran, 0, 0, 10_000);
  return 'here';
};

/** A worker that answers every job with 'worker' (the main thread answers 'here'). */
function echoWorker(): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'sejahtera-pool-')), 'echo.mjs');
  writeFileSync(
    file,
    "import { parentPort } from 'node:worker_threads';\n" +
      "parentPort.on('message', () => parentPort.postMessage({ result: 'worker' }));\n",
  );
  return pathToFileURL(file);
}

describe('SharedChunkPool', () => {
  it('runs a single job on this thread, with no worker started', async () => {
    const pool = new SharedChunkPool<number, string>(2, echoWorker(), null, () => 'here');
    expect(await pool.run(1)).toBe('here');
    await pool.close();
  });

  it('starts its workers with the second job, which then run jobs', async () => {
    // This thread's jobs wait until the worker ran one (else this thread could take them all back).
    const ran = flag();
    const pool = new SharedChunkPool<number, string>(
      2,
      poolWorker('echo', `${raise} return 'worker';`),
      { ran },
      waitFor(ran),
    );
    const results = await Promise.all([pool.run(1), pool.run(2), pool.run(3)]);
    expect(results).toContain('worker');
    expect(results).toContain('here');
    await pool.close();
  });

  it('adopts a worker started early, which gets its settings before any job', async () => {
    // The worker answers each job with the label of the settings it was posted first.
    const ran = flag();
    const early = new Worker(poolWorker('late', `${raise} return start.settings.label;`));
    let adopted = 0;
    const pool = new SharedChunkPool<number, string>(
      2,
      poolWorker('unused', "return 'not adopted';"),
      { ran, label: 'the settings' },
      waitFor(ran),
      () => (adopted++ === 0 ? early : undefined),
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)));
    expect(adopted).toBe(1);
    expect(results).toContain('the settings');
    expect(results.every((r) => r === 'here' || r === 'the settings')).toBe(true);
    await pool.close();
  });

  it('gives a worker up to four jobs ahead, the rest to this thread', async () => {
    // A worker that never answers (nor claims) keeps every job it is given: of 10 jobs it gets 4
    // (the one it runs and three more) and this thread runs the other 6, one per turn of the event
    // loop; then, the queue empty, this thread takes back the 4 the worker never claimed.
    const file = join(mkdtempSync(join(tmpdir(), 'sejahtera-pool-')), 'silent.mjs');
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n",
    );
    const order: number[] = [];
    const pool = new SharedChunkPool<number, string>(2, pathToFileURL(file), null, (n) => {
      order.push(n);
      return 'here';
    });
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => pool.run(i + 1)));
    expect(await all).toEqual(Array(10).fill('here'));
    // Jobs 1 to 4 went to the worker (queued before this thread's first turn), taken back last
    // posted first.
    expect(order).toEqual([5, 6, 7, 8, 9, 10, 4, 3, 2, 1]);
    await pool.close();
  });

  it('takes back the jobs a busy worker has not started, and the worker skips them', async () => {
    // The worker counts the jobs it runs in a shared array, spending 300 ms on each, and answers a
    // job it cannot claim with `skipped`. Of 10 jobs it gets 4 (queued before this thread's first
    // turn); this thread runs the 6 left in the queue, each waiting until the worker started one,
    // then takes back the 3 the worker holds and has not started. Every job runs once.
    const ran = flag();
    const runs = new Int32Array(new SharedArrayBuffer(4));
    const pool = new SharedChunkPool<number, string>(
      2,
      poolWorker(
        'busy',
        `${raise} Atomics.add(start.settings.runs, 0, 1);` +
          ' Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);' +
          " return 'worker';",
      ),
      { ran, runs },
      waitFor(ran),
    );
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.run(i + 1)));
    expect(results.filter((r) => r === 'worker')).toHaveLength(1);
    expect(results.filter((r) => r === 'here')).toHaveLength(9);
    // The worker answers the three it holds (skipped) once its first job is done.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(Atomics.load(runs, 0)).toBe(1);
    await pool.close();
  });

  it('with one thread asked for, never starts a worker', async () => {
    const pool = new SharedChunkPool<number, string>(1, echoWorker(), null, () => 'here');
    expect(await Promise.all([pool.run(1), pool.run(2), pool.run(3)])).toEqual([
      'here',
      'here',
      'here',
    ]);
    await pool.close();
  });
});
