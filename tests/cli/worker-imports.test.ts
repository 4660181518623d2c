// What a `poverty` worker thread loads: the built worker file and every chunk it imports, followed
// through their static imports. Each thread pays the loading of these at its start, so the worker
// reaches only the chunk reader, the gatherer and the library (own-messages.ts says why), and Node's
// built-in modules it names are the four below. Reaching common.ts again, say, brings in Node's
// readline and streams (about 40 ms more of Node compiling its own modules in every worker).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './run.js';

const DIST = dirname(CLI);

/** The bare (package or built-in) imports of a built file and of every local file it imports. */
function importsOf(file: string, seen = new Set<string>(), bare = new Set<string>()): Set<string> {
  if (seen.has(file)) return bare;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    const spec = m[1] as string;
    if (spec.startsWith('./')) importsOf(spec.slice(2), seen, bare);
    else bare.add(spec.replace(/^node:/, ''));
  }
  return bare;
}

describe('the poverty worker', () => {
  it("loads no module beyond the chunk reader's, the gatherer's and the library's", () => {
    expect([...importsOf('poverty-worker.js')].sort()).toEqual([
      'buffer',
      'fs',
      'module',
      'worker_threads',
    ]);
  });
});
