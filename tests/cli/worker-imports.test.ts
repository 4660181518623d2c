// What a `poverty` worker thread loads: the built worker file and every chunk it imports, followed
// through their static imports. Each thread pays the loading of these at its start, so the worker
// reaches only the chunk reader, the gatherer and the library (own-messages.ts says why), and Node's
// built-in modules it names are the four below. Reaching common.ts again, say, brings in Node's
// readline and streams (about 40 ms more of Node compiling its own modules in every worker).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './run.js';

const DIST = dirname(CLI);

/**
 * The bare (package or built-in) imports of a built file and of every local file it imports (`seen`:
 * the local files, itself included).
 */
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

describe('the poverty subcommand', () => {
  // main.ts imports a subcommand's module when it runs; `poverty`'s reads households only. Through
  // records.ts (every `--as` type) it also loaded the other record types' schemas, about 40 ms of
  // module loading on every run (cli/src/record-kind.ts).
  it("loads no other record type's text schema", () => {
    const entry = readdirSync(DIST).find((f) => /^poverty-(?!worker)[\w-]+\.js$/.test(f));
    expect(entry).toBeDefined();
    const files = new Set<string>();
    importsOf(entry as string, files);
    const code = [...files].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    // The household schema is there (the test reads the right files); no other one is defined.
    expect(code).toMatch(/\bPovertyRecordTextSchema\s*=/);
    for (const schema of [
      'LoanTextSchema',
      'PaymentTextSchema',
      'MemberTextSchema',
      'GroupTextSchema',
    ]) {
      expect(code).not.toMatch(new RegExp(`\\b${schema}\\s*=`));
    }
  });
});
