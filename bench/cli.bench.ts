// The command at national scale (issue 14): a generated households CSV (bench/cli/
// generate-households.ts, written to a temporary folder, never committed) through
// `sejahtera poverty households.csv --by kabupaten` with 1 and 2 workers, against papaparse alone
// on the same file, and a Parquet file of the same rows. Rows: 10,000,000 by default;
//   npm run bench -- cli --rows 2000000
// Peak RSS is the child's VmHWM from /proc (Linux), sampled until it exits. Builds first:
// `npm run build && npx tsup --config cli/tsup.config.ts` (the command runs from cli/dist).
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import Papa from 'papaparse';
import { generateHouseholds } from './cli/generate-households.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'cli', 'dist', 'cli.js');

function option(name: string, fallback: number): number {
  const args = process.argv;
  const i = args.indexOf(`--${name}`);
  const text = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return text === undefined ? fallback : Number(text);
}

/** Runs the command; returns seconds and peak RSS (MB) of the child. */
async function runCommand(
  args: string[],
): Promise<{ seconds: number; rssMb: number; code: number | null; stderr: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let peakKb = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const m = status.match(/VmHWM:\s+(\d+) kB/);
      if (m !== null) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // gone
    }
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((done) =>
    child.on('exit', (c) => {
      done(c);
    }),
  );
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, rssMb: Math.round(peakKb / 1024), code, stderr };
}

/** papaparse alone over the file, as the command reads it (stream, chunk callback). */
async function papaAlone(path: string): Promise<{ seconds: number; rows: number }> {
  const started = process.hrtime.bigint();
  let rows = 0;
  await new Promise<void>((done, fail) => {
    Papa.parse<string[]>(createReadStream(path, { highWaterMark: 1 << 20, encoding: 'utf8' }), {
      delimiter: ',',
      chunk(results) {
        rows += results.data.length;
      },
      complete: () => done(),
      error: fail,
    });
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows };
}

/** The same rows as Parquet (strings, as the CSV has them), for a format comparison. */
async function writeParquet(csv: string, out: string): Promise<void> {
  const columns: string[][] = [[], [], [], [], [], []];
  await new Promise<void>((done, fail) => {
    let header = true;
    Papa.parse<string[]>(createReadStream(csv, { encoding: 'utf8' }), {
      delimiter: ',',
      chunk(results) {
        for (const r of results.data) {
          if (header) {
            header = false;
            continue;
          }
          if (r.length < 6) continue;
          for (let c = 0; c < 6; c++) (columns[c] as string[]).push(r[c] as string);
        }
      },
      complete: () => done(),
      error: fail,
    });
  });
  const names = ['id', 'provinsi', 'kabupaten', 'expenditurePerCapita', 'size', 'weight'];
  parquetWriteFile({
    filename: out,
    columnData: names.map((name, c) => ({
      name,
      data: columns[c] as string[],
      type: 'STRING' as const,
    })),
    rowGroupSize: 100_000,
  });
}

export async function run(): Promise<void> {
  const rows = option('rows', 10_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'sejahtera-bench-'));
  try {
    const csv = join(dir, 'households.csv');
    let t = process.hrtime.bigint();
    const malformed = generateHouseholds(csv, rows);
    const size = statSync(csv).size;
    console.log(
      `generated ${rows.toLocaleString('en')} households (${malformed.toLocaleString('en')} malformed), ${(size / 2 ** 20).toFixed(0)} MB in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s`,
    );
    const table: Record<string, unknown>[] = [];
    const papa = await papaAlone(csv);
    table.push({
      task: 'papaparse alone (1 core)',
      s: papa.seconds.toFixed(2),
      'rows/s': Math.round(rows / papa.seconds),
      'peak RSS MB': '',
    });
    const args = [
      'poverty',
      csv,
      '--by',
      'kabupaten',
      '--line',
      '600000',
      '--quiet',
      '--max-rejects',
      String(rows),
    ];
    const times: Record<number, number> = {};
    for (const workers of [1, 2]) {
      const r = await runCommand([...args, '--workers', String(workers)]);
      if (r.code !== 0) throw new Error(`the command failed (${r.code}): ${r.stderr}`);
      times[workers] = r.seconds;
      table.push({
        task: `sejahtera poverty --workers ${workers}`,
        s: r.seconds.toFixed(2),
        'rows/s': Math.round(rows / r.seconds),
        'peak RSS MB': r.rssMb,
      });
    }
    const parquetRows = Math.min(rows, option('parquet-rows', 1_000_000));
    const small = join(dir, 'small.csv');
    generateHouseholds(small, parquetRows);
    const parquet = join(dir, 'households.parquet');
    t = process.hrtime.bigint();
    await writeParquet(small, parquet);
    for (const [label, file] of [
      ['CSV', small],
      ['Parquet', parquet],
    ] as const) {
      const r = await runCommand([
        'poverty',
        file,
        '--by',
        'kabupaten',
        '--line',
        '600000',
        '--quiet',
        '--max-rejects',
        String(rows),
        '--workers',
        '1',
      ]);
      if (r.code !== 0) throw new Error(`the command failed (${r.code}): ${r.stderr}`);
      table.push({
        task: `${label}, ${parquetRows.toLocaleString('en')} rows, 1 worker (${(statSync(file).size / 2 ** 20).toFixed(0)} MB)`,
        s: r.seconds.toFixed(2),
        'rows/s': Math.round(parquetRows / r.seconds),
        'peak RSS MB': r.rssMb,
      });
    }
    console.table(table);
    const speedUp = (times[1] ?? 0) / (times[2] ?? 1);
    console.log(
      `speed-up with 2 workers: ${speedUp.toFixed(2)}x (target 1.7x); library share at 1 worker: +${Math.round(((times[1] ?? 0) / papa.seconds - 1) * 100)}% over papaparse alone (target <= +50%)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
