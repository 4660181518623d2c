// Keeps the README's command-line block true: every `$ cat file` writes that file (or, for a file a
// command wrote, checks it), every `$ npx sejahtera ...` runs the built command in a temporary folder
// and must print exactly the lines shown. The measures themselves are checked by hand in
// poverty.test.ts; the BPS-line one is checked here against the FGT formulas.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const readme = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);

function commandBlock(): string[] {
  const start = readme.indexOf('## Command line');
  const open = readme.indexOf('```console\n', start);
  const close = readme.indexOf('\n```', open + 11);
  return readme.slice(open + 11, close).split('\n');
}

/** Splits a shell line into words, honouring double quotes (enough for the README). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('README command line', { timeout: 300_000 }, () => {
  it('prints what the README shows', () => {
    const f = folder();
    const lines = commandBlock();
    expect(lines.filter((l) => l.startsWith('$ npx sejahtera'))).toHaveLength(3);
    const written = new Set<string>();
    let i = 0;
    while (i < lines.length) {
      const command = lines[i] as string;
      expect(command.startsWith('$ ')).toBe(true);
      const shown: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).startsWith('$ '); i++) {
        shown.push(lines[i] as string);
      }
      const [program, ...args] = words(command.slice(2));
      if (program === 'cat') {
        const name = args[0] as string;
        if (written.has(name)) expect(f.read(name).trimEnd()).toBe(shown.join('\n'));
        else f.write(name, `${shown.join('\n')}\n`);
        written.add(name);
        continue;
      }
      expect(program).toBe('npx');
      const r = f.run(args.slice(1));
      // The README's file has one bad row: exit 1, unless --max-rejects tolerates it.
      expect(r.code, `${command}\n${r.stderr}`).toBe(args.includes('--max-rejects') ? 0 : 1);
      expect(r.stdout.trimEnd()).toBe(shown.join('\n'));
      for (const arg of args) if (/\.(csv|jsonl?)$/.test(arg)) written.add(arg);
    }
  });

  it('the BPS-line example agrees with the FGT formulas for the rural line of March 2025', () => {
    const last = commandBlock().slice(-2);
    const [ls, pe] = last.map((l) => JSON.parse(l));
    // BPS rural line from March 2025: Rp 580,349 (the line the library's table holds).
    const z = 580_349;
    const g1 = 1 - 300_000 / z;
    expect(ls.p1).toBeCloseTo((4 * g1) / 6, 14);
    expect(ls.p2).toBeCloseTo((4 * g1 * g1) / 6, 14);
    const g2 = 1 - 450_000 / z;
    expect(pe.p1).toBeCloseTo(g2, 14);
    expect(pe.p2).toBeCloseTo(g2 * g2, 14);
  });
});
