// The command's cell reader in a run: cells the fast path does not read are read by the library once
// per distinct text (up to 4,096 per column, then every time), so a file with repeated bad cells and
// with more distinct slow cells than that must still give, for 1, 2 and 3 threads, the same output and
// rejects file, the rejected rows where the test put them with the rule each one breaks, and measures
// equal to plain FGT sums computed here from the values written.
import { describe, expect, it } from 'vitest';
import {
  addToSums,
  expectGroupMeasures,
  folder,
  type GroupSums,
  runPovertyWorkers,
} from './run.js';

const LINE = 500_000;

/** Rows whose expenditure is written as `Rp 123.456,50` (distinct texts), with bad rows mixed in. */
function build(rows: number) {
  const lines = ['kab;expenditurePerCapita;size;weight'];
  const bad: { row: number; code: string; column: string }[] = [];
  const sums = new Map<string, GroupSums>();
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
    addToSums(sums, kab, { y, w: size * weight, line: LINE });
  }
  return { text: `${lines.join('\n')}\n`, bad, sums };
}

describe('sejahtera poverty: cells read by the library once per text', { timeout: 600_000 }, () => {
  it('gives the same output for 1, 2 and 3 threads past the 4,096 remembered texts', () => {
    const f = folder();
    const { text, bad, sums } = build(9_000);
    f.write('h.csv', text);
    const outs = [1, 2, 3].map((n) => {
      const { stdout, rejects } = runPovertyWorkers(
        f,
        { file: 'h.csv', by: 'kab', line: LINE, workers: n },
        { SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 14) },
      );
      return { stdout, rejects };
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
    expectGroupMeasures(outs[0]?.stdout ?? '', sums);
  });
});
