// `--workers N`: the file is cut into chunks by bytes and the chunks' accumulators are merged in
// chunk order, so every N gives the same output, byte for byte, rejections included and in the same
// order. The file here is cut into about 39 chunks (SEJAHTERA_CLI_CHUNK_BYTES = 64 KiB; 2 MiB by
// default, which the last run keeps) and has what can trip a byte cut: quoted
// fields with line breaks and delimiters, blank lines, Indonesian numbers, malformed rows. The
// expected measures are computed in the test from the rows it wrote (plain FGT sums), and the
// rejected row numbers from where it put the bad rows.
import { describe, expect, it } from 'vitest';
import {
  addToSums,
  expectGroupMeasures,
  folder,
  type GroupSums,
  runPovertyWorkers,
} from './run.js';

const LINE = 600_000;

/**
 * Rows, with quoted line breaks in the notes from row `breaksFrom` on (none: Infinity), and group keys
 * of non-ASCII text (a chunk the command decodes whole, as UTF-8) in rows `accented[0]` to
 * `accented[1]`.
 */
function build(rows: number, breaksFrom = 0, accented: readonly [number, number] = [0, 0]) {
  const lines = ['kab,note,expenditurePerCapita,size,weight'];
  const bad: number[] = [];
  const sums = new Map<string, GroupSums>();
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < rows; i++) {
    const row = i + 2; // the header is row 1
    // A group key of non-ASCII text: read as Latin-1 by mistake, it would name another group.
    const kab = `K${Math.floor(next() * 37)}${i >= accented[0] && i < accented[1] ? 'é' : ''}`;
    const y = 100_000 + Math.floor(next() * 1_500_000);
    const size = 1 + Math.floor(next() * 7);
    const weight = 1 + Math.floor(next() * 300);
    const r = next();
    if (r < 0.002) {
      lines.push('');
      continue;
    }
    if (r < 0.01) {
      lines.push(`${kab},,${r < 0.006 ? 'n/a' : ''},${size},${weight}`);
      bad.push(row);
      continue;
    }
    if (r < 0.012) {
      lines.push(`,x,${y},${size},${weight}`);
      bad.push(row);
      continue;
    }
    const quoted = i >= breaksFrom ? '"line one\nline two, ""quoted"""' : '"one line, ""quoted"""';
    const note = r < 0.05 ? quoted : 'ok';
    const text = r < 0.1 ? `"Rp ${y.toLocaleString('id-ID')}"` : String(y);
    lines.push(`${kab},${note},${text},${size},${weight}`);
    addToSums(sums, kab, { y, w: size * weight, line: LINE });
  }
  return { text: `${lines.join('\n')}\n`, bad, sums };
}

/** The rejected rows are where the bad rows were put; the measures are the plain FGT sums. */
function expectRun(
  out: { stdout: string; rejects: string } | undefined,
  bad: readonly number[],
  sums: ReturnType<typeof build>['sums'],
): void {
  const rejectedRows = (out?.rejects ?? '')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => Number(l.split(',')[0]));
  expect(rejectedRows).toEqual(bad);
  expectGroupMeasures(out?.stdout ?? '', sums);
}

/** `poverty h.csv --by kab` with `n` workers; exits 1 (rows rejected); its output and rejects file. */
function runPoverty(f: ReturnType<typeof folder>, n: number, env: Record<string, string>) {
  return runPovertyWorkers(f, { file: 'h.csv', by: 'kab', line: LINE, workers: n }, env);
}

describe('sejahtera poverty --workers', { timeout: 600_000 }, () => {
  it('gives the same measures and the same rejections in the same order for 1, 2 and 3 workers', () => {
    const f = folder();
    const { text, bad, sums } = build(120_000);
    expect(text.length).toBeGreaterThan(36 * 2 ** 16);
    f.write('h.csv', text);
    const outs = [1, 2, 3, 2].map((n, i) =>
      runPoverty(f, n, i < 3 ? { SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 16) } : {}),
    );
    expect(outs[1]?.stdout).toBe(outs[0]?.stdout);
    expect(outs[2]?.stdout).toBe(outs[0]?.stdout);
    expect(outs[1]?.rejects).toBe(outs[0]?.rejects);
    expect(outs[2]?.rejects).toBe(outs[0]?.rejects);
    // One 2 MiB chunk: the same rejections and counts (the last bits of the sums may differ).
    expect(outs[3]?.rejects).toBe(outs[0]?.rejects);
    expectRun(outs[0], bad, sums);
    expect(outs[0]?.stderr).toMatch(new RegExp(`${bad.length.toLocaleString('en')} rejected`));
  });

  it('reads a file whose first quoted line break comes late, or never, the same for 1, 2 and 3 workers', () => {
    const f = folder();
    for (const breaksFrom of [16_000, Number.POSITIVE_INFINITY]) {
      const { text, bad, sums } = build(20_000, breaksFrom);
      f.write('h.csv', text);
      const outs = [1, 2, 3].map((n) => {
        const { stdout, rejects } = runPoverty(f, n, {
          SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 15),
        });
        return { stdout, rejects };
      });
      expect(outs[1]).toEqual(outs[0]);
      expect(outs[2]).toEqual(outs[0]);
      expectRun(outs[0], bad, sums);
    }
  });

  it('reads chunks of plain ASCII (by pieces) and chunks with UTF-8 text (whole) alike, for 1 and 2 workers', () => {
    const f = folder();
    // About 12 chunks of 32 KiB; the accented rows fill about two of them in the middle.
    const { text, bad, sums } = build(8_000, Number.POSITIVE_INFINITY, [3_000, 4_500]);
    expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
    f.write('h.csv', text);
    const outs = [1, 2].map((n) => {
      const { stdout, rejects } = runPoverty(f, n, { SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 15) });
      return { stdout, rejects };
    });
    expect(outs[1]).toEqual(outs[0]);
    expectRun(outs[0], bad, sums);
  });

  it('validate writes the same rows and rejections in the same order for 1 and 3 workers', () => {
    const f = folder();
    const { text, bad } = build(30_000);
    f.write('h.csv', text);
    const env = { SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 15) };
    const outs = [1, 3].map((n) => {
      const r = f.run(
        [
          'validate',
          'h.csv',
          '--as',
          'household',
          '--workers',
          String(n),
          '--rejects',
          `bad${n}.jsonl`,
          '--out',
          `good${n}.jsonl`,
        ],
        undefined,
        env,
      );
      expect(r.code, r.stderr).toBe(1);
      return { stdout: f.read(`good${n}.jsonl`), rejects: f.read(`bad${n}.jsonl`) };
    });
    expect(outs[1]?.stdout).toBe(outs[0]?.stdout);
    expect(outs[1]?.rejects).toBe(outs[0]?.rejects);
    // validate does not read the group column: only the rows with a bad expenditure are rejected.
    const rows = (outs[0]?.rejects ?? '')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { row: number }).row);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => bad.includes(r))).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('rejects a --workers that is not a whole number from 1 to 256 (exit 2)', () => {
    const f = folder();
    f.write('h.csv', 'kab,expenditurePerCapita\nA,1\n');
    for (const n of ['0', 'two', '1.5', '300']) {
      const r = f.run(['poverty', 'h.csv', '--by', 'kab', '--line', '5', '--workers', n]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--workers takes a whole number from 1 to 256/);
    }
  });
});
