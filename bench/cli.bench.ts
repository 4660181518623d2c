// The command at national scale (issue 14): a generated households CSV (bench/cli/
// generate-households.ts, written to a temporary folder, never committed) through
// `sejahtera poverty households.csv --by kabupaten` with 1 and 2 workers, against papaparse alone
// on the same file, and a Parquet file of the same rows. Rows: 10,000,000 by default;
//   npm run bench -- cli --rows 2000000
//   npm run bench -- cli --csv households.csv   (a file written before by generate-households.ts)
//   npm run bench -- cli --rejects              (the command also writes its rejects file)
// Peak RSS is the child's VmHWM and CPU time its utime + stime (all threads) from /proc (Linux),
// sampled every 50 ms until it exits. Two parser baselines: papaparse alone as a user would call it
// (a stream, `chunk` callback), and papaparse as the command calls it (each chunk read by number and
// parsed in pieces, fast mode for quote-free lines: cli/src/csv-rows.ts) on 1 and 2 threads
// (bench/cli/parser-threads.ts, a child process timed as the command is), which is the parser's time
// the library's share is measured against and the machine's ceiling for the speed-up. The command and
// the parser runs are interleaved for `--rounds` rounds (3 by default) and each figure is the median.
// The load averages are printed with the figures: on a shared machine they say how far the figures
// are from a quiet one's. Builds first:
// `npm run build && npx tsup --config cli/tsup.config.ts` (the command runs from cli/dist).
import { spawn } from 'node:child_process';
import {
  createReadStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import Papa from 'papaparse';
import { generateHouseholds } from './cli/generate-households.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'cli', 'dist', 'cli.js');

function textOption(name: string): string | undefined {
  const args = process.argv;
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

function option(name: string, fallback: number): number {
  const text = textOption(name);
  return text === undefined ? fallback : Number(text);
}

/** The records of a CSV file: its lines after the header (a last line without a line break counts). */
async function csvRecords(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return lines - 1 + (last === 10 ? 0 : 1);
}

/** Runs a Node script as a child; returns its seconds, CPU and peak RSS (MB). */
async function runCommand(
  args: string[],
  script = CLI,
): Promise<{
  seconds: number;
  cpu: number;
  busiest: number;
  rssMb: number;
  code: number | null;
  stderr: string;
}> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let peakKb = 0;
  let ticks = 0;
  // CPU ticks per thread (/proc/<pid>/task/<tid>/stat): the busiest thread bounds the wall time on
  // an idle machine. Under load the wall time says little: with the kernel's autogroup scheduling
  // (kernel.sched_autogroup_enabled = 1) the threads of one session share that session's fair share
  // of the cores, so two threads get no more CPU than one while other sessions are busy.
  const perThread = new Map<string, number>();
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const m = status.match(/VmHWM:\s+(\d+) kB/);
      if (m !== null) peakKb = Math.max(peakKb, Number(m[1]));
      // utime and stime: fields 14 and 15, after the command name in parentheses.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks = Math.max(ticks, Number(fields[11]) + Number(fields[12]));
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const t = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const f = t.slice(t.lastIndexOf(')') + 2).split(' ');
        perThread.set(tid, Math.max(perThread.get(tid) ?? 0, Number(f[11]) + Number(f[12])));
      }
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
  // Clock ticks are 1/100 s on Linux.
  const busiest = Math.max(0, ...perThread.values()) / 100;
  return { seconds, cpu: ticks / 100, busiest, rssMb: Math.round(peakKb / 1024), code, stderr };
}

/** papaparse alone over the file, as the command reads it (stream, chunk callback). */
async function papaAlone(path: string): Promise<{ seconds: number; cpu: number; rows: number }> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
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
  const used = process.cpuUsage(cpu);
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpu: (used.user + used.system) / 1e6,
    rows,
  };
}

/** The load averages (1, 5, 15 minutes), to print beside each figure. */
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

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

/** One measured run: wall and CPU seconds, the busiest thread's CPU seconds, peak RSS. */
interface Measure {
  readonly seconds: number;
  readonly cpu: number;
  readonly busiest: number;
  readonly rssMb: number;
}

/** The median of numbers. */
function middle(values: readonly number[]): number {
  const xs = values.slice().sort((a, b) => a - b);
  const n = xs.length;
  return n % 2 === 1
    ? (xs[(n - 1) / 2] as number)
    : ((xs[n / 2 - 1] as number) + (xs[n / 2] as number)) / 2;
}

/** The median of each figure over rounds (each figure on its own). */
function median(runs: readonly Measure[]): Measure {
  const mid = (f: (m: Measure) => number) => middle(runs.map(f));
  return {
    seconds: mid((m) => m.seconds),
    cpu: mid((m) => m.cpu),
    busiest: mid((m) => m.busiest),
    rssMb: Math.max(...runs.map((m) => m.rssMb)),
  };
}

/**
 * bench/cli/parser-threads.ts bundled (a script Node runs without tsx) into node_modules/.cache, where
 * `require` finds papaparse as the command finds it (cli/src/papa.ts loads it with `require`, which
 * esbuild leaves to run time).
 */
async function buildParserThreads(): Promise<string> {
  const { build } = await import('esbuild');
  const out = join(root, 'node_modules', '.cache', 'sejahtera-bench', 'parser-threads.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'cli', 'parser-threads.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
  return out;
}

export async function run(): Promise<void> {
  const given = textOption('csv');
  let rows = option('rows', 10_000_000);
  const rounds = Math.max(1, option('rounds', 3));
  const dir = mkdtempSync(join(tmpdir(), 'sejahtera-bench-'));
  try {
    let csv = join(dir, 'households.csv');
    let t = process.hrtime.bigint();
    if (given === undefined) {
      const malformed = generateHouseholds(csv, rows);
      const size = statSync(csv).size;
      console.log(
        `generated ${rows.toLocaleString('en')} households (${malformed.toLocaleString('en')} malformed), ${(size / 2 ** 20).toFixed(0)} MB in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s`,
      );
    } else {
      // A file generated before (generate-households.ts), so that a national-scale file of 93 M rows
      // is written once for several runs.
      csv = resolve(given);
      rows = await csvRecords(csv);
      console.log(
        `${csv}: ${rows.toLocaleString('en')} records, ${(statSync(csv).size / 2 ** 20).toFixed(0)} MB`,
      );
    }
    const table: Record<string, unknown>[] = [];
    const papa = await papaAlone(csv);
    table.push({
      task: 'papaparse alone, stream (1 core)',
      s: papa.seconds.toFixed(2),
      'CPU s': papa.cpu.toFixed(2),
      'rows/s': Math.round(rows / papa.seconds),
      'peak RSS MB': '',
      load: load(),
    });
    const argsFor = (file: string) => [
      'poverty',
      file,
      '--by',
      'kabupaten',
      '--line',
      '600000',
      '--quiet',
      '--max-rejects',
      String(rows),
    ];
    // --rejects: the command's runs also write the rejected rows (about 1% of them) to a file.
    const args = process.argv.includes('--rejects')
      ? [...argsFor(csv), '--rejects', join(dir, 'rejects.csv')]
      : argsFor(csv);
    const parserScript = await buildParserThreads();
    // The four runs in turn, round after round, and the median of each: on a shared machine the load
    // changes from minute to minute, and interleaving spreads it over all four alike.
    const tasks: [string, () => Promise<Measure>][] = [1, 2].flatMap((n) => [
      [
        `papaparse as the command reads (${n} thread${n > 1 ? 's' : ''})`,
        async () => {
          const r = await runCommand([csv, String(n)], parserScript);
          if (r.code !== 0) throw new Error(`the parser baseline failed (${r.code}): ${r.stderr}`);
          return r;
        },
      ],
      [
        `sejahtera poverty --workers ${n}${args.includes('--rejects') ? ' --rejects' : ''}`,
        async () => {
          const r = await runCommand([...args, '--workers', String(n)]);
          if (r.code !== 0) throw new Error(`the command failed (${r.code}): ${r.stderr}`);
          return r;
        },
      ],
    ]);
    const runs = new Map<string, Measure[]>(tasks.map(([task]) => [task, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [task, measure] of tasks) runs.get(task)?.push(await measure());
    }
    const m = new Map([...runs].map(([task, xs]) => [task, median(xs)]));
    for (const [task] of tasks) {
      const r = m.get(task) as Measure;
      table.push({
        task: `${task}, median of ${rounds}`,
        s: r.seconds.toFixed(2),
        'CPU s': r.cpu.toFixed(2),
        'busiest thread CPU s': r.busiest.toFixed(2),
        'rows/s': Math.round(rows / r.seconds),
        'peak RSS MB': task.startsWith('sejahtera') ? r.rssMb : '',
        load: load(),
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
      const r = await runCommand([...argsFor(file), '--workers', '1']);
      if (r.code !== 0) throw new Error(`the command failed (${r.code}): ${r.stderr}`);
      table.push({
        task: `${label}, ${parquetRows.toLocaleString('en')} rows, 1 worker (${(statSync(file).size / 2 ** 20).toFixed(0)} MB)`,
        s: r.seconds.toFixed(2),
        'CPU s': r.cpu.toFixed(2),
        'rows/s': Math.round(parquetRows / r.seconds),
        'peak RSS MB': r.rssMb,
        load: load(),
      });
    }
    console.table(table);
    const [p1, c1, p2, c2] = tasks.map(([task]) => m.get(task) as Measure) as [
      Measure,
      Measure,
      Measure,
      Measure,
    ];
    // On an idle 2-core machine the wall time is at least the busiest thread's CPU time and at least
    // half the CPU time of all threads (V8's helper threads too): that bound stands in for the wall
    // time when the load makes wall-clock figures meaningless (see runCommand).
    const idleWall = (r: Measure) => Math.max(r.busiest, r.cpu / 2);
    const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    const share = (a: number, b: number) => `${a >= b ? '+' : ''}${Math.round((a / b - 1) * 100)}%`;
    // Ratios of the runs of one round (tasks a and b by their place in `tasks`), then their median.
    const byRound = (a: number, b: number) => {
      const xs = runs.get(tasks[a]?.[0] as string) as Measure[];
      const ys = runs.get(tasks[b]?.[0] as string) as Measure[];
      return middle(xs.map((r, i) => r.seconds / (ys[i] as Measure).seconds));
    };
    const paired = (a: number, b: number) => share(byRound(a, b), 1);
    const pairedX = (a: number, b: number) => `${byRound(a, b).toFixed(2)}x`;
    console.log(
      [
        `speed-up with 2 workers (medians of ${rounds}): the command ${x(c1.seconds, c2.seconds)} wall, about ${x(idleWall(c1), idleWall(c2))} on an idle machine (wall estimated as max(busiest thread, CPU / 2)) (target 1.7x);`,
        `the parser alone on 2 threads, the same chunks: ${x(p1.seconds, p2.seconds)} wall, about ${x(idleWall(p1), idleWall(p2))} idle (the machine's ceiling for this work).`,
        `Library share over papaparse as the command reads: 1 worker ${share(c1.seconds, p1.seconds)} wall, ${share(c1.cpu, p1.cpu)} CPU; 2 workers ${share(c2.seconds, p2.seconds)} wall, ${share(c2.cpu, p2.cpu)} CPU (target <= +50%);`,
        `over papaparse alone (stream): ${share(c1.seconds, papa.seconds)} wall, ${share(c1.cpu, papa.cpu)} CPU.`,
        `Paired by round (each ratio from runs seconds apart, so a slow spell of the machine touches both; the median of ${rounds}): library share 1 worker ${paired(1, 0)}, 2 workers ${paired(3, 2)}; speed-up ${pairedX(1, 3)}, the parser's ${pairedX(0, 2)}.`,
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
