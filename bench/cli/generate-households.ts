// Writes a households CSV for the command-line benchmark (never committed: generated into a temp
// folder). Columns: id, provinsi, kabupaten, expenditurePerCapita, size, weight. 514 kabupaten codes
// (BPS 4-digit style), expenditure per capita log-normal around Rp 1.1 million a month (about 1 in 9
// households under a Rp 600,000 line), household sizes 1 to 9 weighted towards 3 to 5, survey weights
// 20 to 600; about 1% of rows malformed (text in a number, a blank expenditure, size 0, no group).
//   npx tsx bench/cli/generate-households.ts <out.csv> [rows]
import { closeSync, openSync, writeSync } from 'node:fs';

/** A small seeded generator (mulberry32), so that every run writes the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 514 kabupaten/kota codes spread over 38 province codes. */
export function kabupatenCodes(): string[] {
  const codes: string[] = [];
  for (let p = 0; codes.length < 514; p++) {
    const province = 11 + (p % 38) + (p % 38 >= 10 ? 20 : 0);
    const k = Math.floor(p / 38) + 1;
    codes.push(`${province}${String(k).padStart(2, '0')}`);
  }
  return codes;
}

const SIZES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9];

/** Writes `rows` households to `path`; returns the number of malformed rows written. */
export function generateHouseholds(path: string, rows: number, seed = 14): number {
  const next = random(seed);
  const codes = kabupatenCodes();
  const fd = openSync(path, 'w');
  let text = 'id,provinsi,kabupaten,expenditurePerCapita,size,weight\n';
  let malformed = 0;
  for (let i = 1; i <= rows; i++) {
    const kab = codes[Math.floor(next() * codes.length)] as string;
    // Box-Muller: a normal variate for the log-normal expenditure.
    const z = Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
    let y = String(Math.round(Math.exp(Math.log(1_100_000) + 0.5 * z)));
    let size = String(SIZES[Math.floor(next() * SIZES.length)]);
    const weight = String(20 + Math.floor(next() * 580));
    let group = kab;
    const bad = next();
    if (bad < 0.01) {
      malformed++;
      const kind = Math.floor(bad * 400);
      if (kind === 0) y = 'n/a';
      else if (kind === 1) y = '';
      else if (kind === 2) size = '0';
      else group = '';
    } else if (bad < 0.03) {
      // Valid but not plain digits: Indonesian thousands, as field data often has.
      y = `Rp ${Number(y).toLocaleString('id-ID')}`;
    }
    text += `${i},${kab.slice(0, 2)},${group},${y.includes(' ') ? `"${y}"` : y},${size},${weight}\n`;
    if (text.length > 1 << 20) {
      writeSync(fd, text);
      text = '';
    }
  }
  writeSync(fd, text);
  closeSync(fd);
  return malformed;
}

if (process.argv[1]?.endsWith('generate-households.ts')) {
  const [out, rows] = process.argv.slice(2);
  if (out === undefined) throw new Error('usage: generate-households.ts <out.csv> [rows]');
  const n = generateHouseholds(out, rows === undefined ? 1_000_000 : Number(rows));
  console.log(`wrote ${out} (${n} malformed rows)`);
}
