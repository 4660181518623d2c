// Runs the built `sejahtera` command in a child process, as a user would, over files in a temporary
// folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temporary folder with helpers to write and read files in it. */
export function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'sejahtera-cli-'));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | Uint8Array) {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    },
    read: (name: string) => readFileSync(join(dir, name), 'utf8'),
    run(args: readonly string[], input?: string, env: Record<string, string> = {}): Run {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

/**
 * `poverty <file> --by <by> --line <line> --workers <n> --rejects bad<n>.csv --lang en` in `f`; the
 * run must exit 1 (rows rejected). Its output and rejects file.
 */
export function runPovertyWorkers(
  f: ReturnType<typeof folder>,
  args: { file: string; by: string; line: number; workers: number },
  env: Record<string, string>,
): { stdout: string; rejects: string; stderr: string } {
  const { file, by, line, workers } = args;
  const r = f.run(
    ['poverty', file, '--by', by, '--line', String(line), '--workers', String(workers)].concat([
      '--rejects',
      `bad${workers}.csv`,
      '--lang',
      'en',
    ]),
    undefined,
    env,
  );
  if (r.code !== 1) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return { stdout: r.stdout, rejects: f.read(`bad${workers}.csv`), stderr: r.stderr };
}

/** Plain FGT sums of a group, worked out by a test from the rows it wrote. */
export interface GroupSums {
  pop: number;
  poor: number;
  g1: number;
  g2: number;
  n: number;
}

/** The `poverty` output (CSV) has one row per group of `sums`, with the measures of its sums. */
export function expectGroupMeasures(stdout: string, sums: ReadonlyMap<string, GroupSums>): void {
  const [, ...rows] = stdout.trim().split('\n');
  expect(rows).toHaveLength(sums.size);
  for (const line of rows) {
    const [kab, households, , population, poor, p0, p1, p2] = line.split(',');
    const g = sums.get(kab ?? '');
    expect(g, kab).toBeDefined();
    if (g === undefined) continue;
    expect(Number(households)).toBe(g.n);
    expect(Number(population)).toBe(g.pop);
    expect(Number(poor)).toBe(g.poor);
    expect(Number(p0)).toBeCloseTo(g.poor / g.pop, 12);
    expect(Number(p1)).toBeCloseTo(g.g1 / g.pop, 12);
    expect(Number(p2)).toBeCloseTo(g.g2 / g.pop, 12);
  }
}

/** Adds a household (expenditure `y`, persons `w` = size x weight) to its group's plain FGT sums. */
export function addToSums(
  sums: Map<string, GroupSums>,
  key: string,
  h: { y: number; w: number; line: number },
): void {
  const g = sums.get(key) ?? { pop: 0, poor: 0, g1: 0, g2: 0, n: 0 };
  g.n++;
  g.pop += h.w;
  if (h.y < h.line) {
    const gap = (h.line - h.y) / h.line;
    g.poor += h.w;
    g.g1 += h.w * gap;
    g.g2 += h.w * gap * gap;
  }
  sums.set(key, g);
}
