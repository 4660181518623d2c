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

function commandBlock(which = 0): string[] {
  const start = readme.indexOf('## Command line');
  let open = readme.indexOf('```console\n', start);
  for (let k = 0; k < which; k++) open = readme.indexOf('```console\n', open + 11);
  const close = readme.indexOf('\n```', open + 11);
  expect(open > start && close > open && close < readme.indexOf('## Documentation')).toBe(true);
  return readme.slice(open + 11, close).split('\n');
}

/**
 * Runs a block: `$ cat file` writes the file (or checks one a command wrote), `$ npx sejahtera ...`
 * must exit with `code(args)` and print exactly the lines shown.
 */
function runBlock(lines: readonly string[], code: (args: readonly string[]) => number): void {
  const f = folder();
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
    expect(r.code, `${command}\n${r.stderr}`).toBe(code(args));
    expect(r.stdout.trimEnd()).toBe(shown.join('\n'));
    for (const arg of args) if (/\.(csv|jsonl?)$/.test(arg)) written.add(arg);
  }
}

/** Splits a shell line into words, honouring double quotes (enough for the README). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('README command line', { timeout: 300_000 }, () => {
  it('prints what the README shows', () => {
    const lines = commandBlock();
    expect(lines.filter((l) => l.startsWith('$ npx sejahtera'))).toHaveLength(3);
    // The README's file has one bad row: exit 1, unless --max-rejects tolerates it.
    runBlock(lines, (args) => (args.includes('--max-rejects') ? 0 : 1));
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
  it('prints what the README shows for loans (schedule, assess and its portfolio file)', () => {
    const lines = commandBlock(1);
    expect(lines.filter((l) => l.startsWith('$ npx sejahtera'))).toHaveLength(2);
    // Every loan and payment of the block is valid: exit 0.
    runBlock(lines, () => 0);
  });

  it('the loans example agrees with the rules worked by hand', () => {
    const lines = commandBlock(1);
    const at = lines.findIndex((l) => l.startsWith('$ npx sejahtera assess'));
    const [header, l1, l2] = lines.slice(at + 1, at + 4).map((l) => l.split(','));
    const row = (cells: string[] | undefined) =>
      Object.fromEntries((header as string[]).map((h, k) => [h, cells?.[k]]));
    // L-1: 1,200,000 flat 1.5%/month over 3 months: 400,000 + 18,000 due the 15th; only February
    // paid: March is the oldest unpaid, 15 March -> 20 April = 36 days (POJK 40/2019: 1-90 days is
    // dalam perhatian khusus, 5%): 5% of 800,000 = 40,000.
    expect(row(l1)).toMatchObject({
      outstandingPrincipal: '800000',
      daysPastDue: '36',
      missedInstalments: '2',
      kolektibilitasCode: 'dalam_perhatian_khusus',
      provision: '40000',
    });
    // L-2: 600,000 declining 1%: 200,000 + 1% of the balance (6,000, 4,000, 2,000); April unpaid:
    // 5 days past due, 5% of 200,000 = 10,000.
    expect(row(l2)).toMatchObject({ daysPastDue: '5', dueToDate: '612000', provision: '10000' });
    // Portfolio: PAR30 = L-1's 800,000 / 1,000,000; collection (418,000 + 410,000) / (1,254,000 +
    // 612,000).
    const total = (lines[lines.length - 1] as string).split(',');
    expect(Number(total[4])).toBe(0.8);
    expect(Number(total[12])).toBeCloseTo(828_000 / 1_866_000, 15);
  });
});
