// The demo (`npm run demo`, examples/tour.ts) speaks one language per run, prints money one way (as
// Intl formats rupiah for that language), shows labels instead of result codes and carries no
// internal references. Runs the tour twice as a child process, as a user would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function tour(...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'examples/tour.ts', ...args],
    { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 8 * 1024 * 1024 },
  );
  return stdout;
}

let id = '';
let en = '';
beforeAll(async () => {
  [id, en] = await Promise.all([tour(), tour('--lang', 'en')]);
}, 300_000);

/** The rupiah amounts printed, as written. */
const moneyIn = (out: string) =>
  [...out.matchAll(/Rp[ \u00a0]\d[\d.,]*\d|Rp[ \u00a0]\d/g)].map((m) => m[0]);

/** Rupiah as Intl writes them, worked out here from the digits, independently of the library. */
function intlRupiah(written: string, tag: string): string {
  const digits = written.replace(/\D/g, '');
  return new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(Number(digits));
}

const words = (out: string, list: readonly string[]) =>
  list.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(out));

// Sentence words of the demo's own text in each language (names of places, programs and data such as
// "Kelompok Melati" or "KSM Mawar" are the same in both runs, so they are not in these lists).
const ENGLISH = [
  'the',
  'and',
  'of',
  'households',
  'women', // not 'members': field paths such as members[1].nik are the same in both runs
  'eligible',
  'rejected',
  'interest',
  'principal',
  'schedule',
  'loans',
  'overall',
  'scored',
  'below',
  'families',
  'source',
  'not',
];
const INDONESIAN = [
  'dan',
  'dari',
  'yang',
  'tidak',
  'pada',
  'untuk',
  'anggota',
  'jiwa',
  'dihitung',
  'ditolak',
  'layak',
  'jasa',
  'pokok',
  'sumber',
  'berlaku',
  'keluarga',
  'bulan',
];

describe('npm run demo', () => {
  it('runs in Indonesian by default and in English with --lang en', () => {
    expect(id).toContain('== pkh ==');
    expect(en).toContain('== pkh ==');
    expect(id).toContain('Garis kemiskinan perkotaan');
    expect(en).toContain('Urban poverty line');
  });

  it('the Indonesian run has no English sentence words, the English run no Indonesian ones', () => {
    expect(words(id, ENGLISH)).toEqual([]);
    expect(words(en, INDONESIAN)).toEqual([]);
    // The lists do catch the other language.
    expect(words(en, ENGLISH).length).toBeGreaterThan(10);
    expect(words(id, INDONESIAN).length).toBeGreaterThan(10);
  });

  it('prints every amount of money as Intl formats rupiah for the language', () => {
    const idMoney = moneyIn(id);
    const enMoney = moneyIn(en);
    expect(idMoney.length).toBeGreaterThan(50);
    expect(enMoney.length).toBe(idMoney.length);
    expect(idMoney.filter((m) => m !== intlRupiah(m, 'id-ID'))).toEqual([]);
    expect(enMoney.filter((m) => m !== intlRupiah(m, 'en-GB'))).toEqual([]);
    // One way: Rp 1.250.000.001 in Indonesian, Rp 1,250,000,001 in English.
    expect(id).toContain('Rp\u00a01.250.000.001');
    expect(en).toContain('Rp\u00a01,250,000,001');
    // No bare amounts in another notation ("Rp 550000", "375283" after a label).
    expect(id).not.toMatch(/Rp ?\d{4,}(?![\d.,])/);
  });

  it('shows labels, not snake_case result codes', () => {
    const snake = /\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g;
    expect(id.match(snake)).toBeNull();
    expect(en.match(snake)).toBeNull();
    expect(id).toContain('Paling miskin'); // RICE_EQUIVALENT_LABELS.paling_miskin
    expect(en).toContain('Poorest');
  });

  it('a household of size 0 is left out with its own reason, not as a negative expenditure', () => {
    const rt901 = (out: string) => out.split('\n').filter((l) => l.includes('RT-901'));
    for (const line of [...rt901(id), ...rt901(en)]) {
      expect(line).toMatch(/size/);
      expect(line).not.toMatch(/negative|negatif|Infinity|NaN/i);
    }
    expect(rt901(id).some((l) => l.includes('paling sedikit 1 orang'))).toBe(true);
    expect(rt901(en).some((l) => l.includes('at least 1 person'))).toBe(true);
  });

  it('carries no internal references', () => {
    for (const out of [id, en]) expect(out).not.toMatch(/seed\s*\d|DOMAIN\.md|issue \d/i);
  });
});
