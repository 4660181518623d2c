// The command's cell reader in a run: cells the fast path does not read are read by the library once
// per distinct text (up to 4,096 per column, then every time), so a file with repeated bad cells and
// with more distinct slow cells than that must still give, for 1, 2 and 3 threads, the same output and
// rejects file, the rejected rows where the test put them with the rule each one breaks, and measures
// equal to plain FGT sums computed here from the values written.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const LINE = 500_000;

/** Rows whose expenditure is written as `Rp 123.456,50` (distinct texts), with bad rows mixed in. */
function build(rows: number) {
  const lines = ['kab;expenditurePerCapita;size;weight'];
  const bad: { row: number; code: string; column: string }[] = [];
  const sums = new Map<string, { pop: number; poor: number; g1: number; n: number }>();
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    const kab = `K${i % 7}`;
    const size = 1 + (i % 5);
    const weight = 10 + (i % 13);
    if (i % 97 === 5) {
      lines.push(`${kab};n/a;${size};${weight}`);
      bad.push({ row, code: 'invalid_number', column: 'expenditurePerCapita' });
      continue;
    }
    if (i % 89 === 7) {
      lines.push(`${kab};450000;0;${weight}`);
      bad.push({ row, code: 'too_small', column: 'size' });
      continue;
    }
    // Whole rupiah plus a half: each text distinct, none on the fast path (a decimal comma).
    const whole = 100_000 + i * 37;
    const y = whole + 0.5;
    lines.push(`${kab};Rp ${whole.toLocaleString('id-ID')},50;${size};${weight}`);
    const g = sums.get(kab) ?? { pop: 0, poor: 0, g1: 0, n: 0 };
    const w = size * weight;
    g.n++;
    g.pop += w;
    if (y < LINE) {
      g.poor += w;
      g.g1 += (w * (LINE - y)) / LINE;
    }
    sums.set(kab, g);
  }
  return { text: `${lines.join('\n')}\n`, bad, sums };
}

describe('sejahtera poverty: cells read by the library once per text', { timeout: 600_000 }, () => {
  it('gives the same output for 1, 2 and 3 threads past the 4,096 remembered texts', () => {
    const f = folder();
    const { text, bad, sums } = build(9_000);
    f.write('h.csv', text);
    const outs = [1, 2, 3].map((n) => {
      const r = f.run(
        ['poverty', 'h.csv', '--by', 'kab', '--line', String(LINE), '--workers', String(n)].concat([
          '--rejects',
          `bad${n}.csv`,
          '--lang',
          'en',
        ]),
        undefined,
        { SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 14) },
      );
      expect(r.code, r.stderr).toBe(1);
      return { stdout: r.stdout, rejects: f.read(`bad${n}.csv`) };
    });
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
    const rejected = (outs[0]?.rejects ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [row, column, code] = l.split(',');
        return { row: Number(row), code, column };
      });
    expect(rejected).toEqual(bad);
    const [, ...rows] = (outs[0]?.stdout ?? '').trim().split('\n');
    expect(rows).toHaveLength(7);
    for (const line of rows) {
      const [kab, households, , population, poor, p0, p1] = line.split(',');
      const g = sums.get(kab ?? '');
      expect(g, kab).toBeDefined();
      if (g === undefined) continue;
      expect(Number(households)).toBe(g.n);
      expect(Number(population)).toBe(g.pop);
      expect(Number(poor)).toBe(g.poor);
      expect(Number(p0)).toBeCloseTo(g.poor / g.pop, 12);
      expect(Number(p1)).toBeCloseTo(g.g1 / g.pop, 12);
    }
  });
});
