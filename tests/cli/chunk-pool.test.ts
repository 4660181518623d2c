// The chunk pool's workers start with the second job: a one-chunk file never pays a worker's start-up,
// and a file of several chunks still reaches the workers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SharedChunkPool } from '../../cli/src/chunk-pool.js';

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
    const pool = new SharedChunkPool<number, string>(2, echoWorker(), null, () => 'here');
    const results = await Promise.all([pool.run(1), pool.run(2), pool.run(3)]);
    expect(results).toContain('worker');
    await pool.close();
  });

  it('adopts a worker started early, which gets its settings before any job', async () => {
    // The worker answers each job with the settings it was posted first (none: 'no settings').
    const file = join(mkdtempSync(join(tmpdir(), 'sejahtera-pool-')), 'late.mjs');
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\n" +
        'let settings;\n' +
        "parentPort.on('message', (m) => {\n" +
        '  if (settings === undefined) { settings = m.settings; return; }\n' +
        '  parentPort.postMessage({ result: settings });\n' +
        '});\n',
    );
    const early = new Worker(pathToFileURL(file));
    let adopted = 0;
    const pool = new SharedChunkPool<number, string>(
      2,
      echoWorker(),
      'the settings',
      () => 'here',
      () => (adopted++ === 0 ? early : undefined),
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)));
    expect(adopted).toBe(1);
    expect(results).toContain('the settings');
    expect(results.every((r) => r === 'here' || r === 'the settings')).toBe(true);
    await pool.close();
  });

  it('gives a worker up to four jobs ahead, the rest to this thread', async () => {
    // A worker that never answers keeps every job it is given: of 10 jobs it gets 4 (the one it
    // runs and three more) and this thread runs the other 6, one per turn of the event loop.
    const file = join(mkdtempSync(join(tmpdir(), 'sejahtera-pool-')), 'silent.mjs');
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n",
    );
    let here = 0;
    const pool = new SharedChunkPool<number, string>(2, pathToFileURL(file), null, () => {
      here++;
      return 'here';
    });
    for (let n = 1; n <= 10; n++) void pool.run(n).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(here).toBe(6);
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
