// Field data: text rows through the household text schema and P0/P1/P2; validateStream against a
// plain zod safeParse loop; 1,000,000 bad rows against 1,000,000 good ones. `npm run bench -- field`
// Each figure is the median of 5 runs after a warm-up run, timed with performance.now().
import type * as z from 'zod';
import { validateBatch, validateStream } from '../src/core/index.js';
import {
  PovertyRecordSchema,
  PovertyRecordTextSchema,
  povertyMeasures,
  povertyMeasuresFromText,
} from '../src/poverty/index.js';

const N = 1_000_000;
const LINE = 582_910;
const id = new Intl.NumberFormat('id-ID');

function median(times: number[]): number {
  const s = times.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function time(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A CSV export as a CSV reader returns it: every cell a string, Indonesian separators, blanks. */
function textRows(): Record<string, string>[] {
  let seed = 20_240_301;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: N }, (_, i) => ({
    expenditurePerCapita: `${i % 3 === 0 ? 'Rp ' : ''}${id.format(Math.round(200_000 + next() * 1_400_000))}`,
    size: String(1 + Math.floor(next() * 8)),
    weight: i % 4 === 0 ? '' : id.format(Math.round((50 + next() * 400) * 100) / 100),
  }));
}

/** Median wall time and the CPU time (user + system, all threads) of the same runs, in ms. */
async function timeWithCpu(fn: () => unknown, runs = 5): Promise<{ wall: number; cpu: number }> {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

let sink = 0;

export async function run(): Promise<void> {
  const rows = textRows();
  const slowSchema = PovertyRecordTextSchema.extend({}); // the same schema, without the fast path
  const pipeline = (schema: z.ZodType) => () => {
    const batch = validateBatch(schema, rows);
    const m = povertyMeasures(
      batch.valid.map((v) => v.value as { expenditurePerCapita: number }),
      { line: LINE },
    );
    sink += m.p0;
  };
  const fromText = await timeWithCpu(() => {
    sink += povertyMeasuresFromText(rows, { line: LINE }).p0;
  });
  const fast = await time(pipeline(PovertyRecordTextSchema));
  const slow = await time(pipeline(slowSchema), 3);

  const good = Array.from({ length: N }, (_, i) => ({
    expenditurePerCapita: 200_000 + i,
    size: 1 + (i % 8),
  }));
  const bad = new Array<null>(N).fill(null);
  const goodBatch = await time(() => {
    sink += validateBatch(PovertyRecordSchema, good).counts.valid;
  });
  const badBatch = await time(() => {
    sink += validateBatch(PovertyRecordSchema, bad).counts.rejected;
  });

  const M = 200_000;
  const streamRows = good.slice(0, M);
  async function* source() {
    for (const r of streamRows) yield r;
  }
  const plainSync = await time(() => {
    for (const r of streamRows) if (PovertyRecordSchema.safeParse(r).success) sink++;
  });
  const plainAsync = await time(async () => {
    for await (const r of source()) if (PovertyRecordSchema.safeParse(r).success) sink++;
  });
  const streamAsync = await time(async () => {
    for await (const rec of validateStream(PovertyRecordSchema, source())) if (rec.ok) sink++;
  });
  const streamSync = await time(async () => {
    for await (const rec of validateStream(PovertyRecordSchema, streamRows)) if (rec.ok) sink++;
  });

  const perSecond = (rowsCount: number, ms: number) => Math.round((rowsCount / ms) * 1000);
  console.table([
    {
      task: 'povertyMeasuresFromText: text rows -> P0/P1/P2 (wall clock)',
      ms: Math.round(fromText.wall),
      'rows/s': perSecond(N, fromText.wall),
    },
    {
      task: 'the same, per CPU second (user + system time of the process)',
      ms: Math.round(fromText.cpu),
      'rows/s': perSecond(N, fromText.cpu),
    },
    {
      task: 'text rows -> validateBatch(PovertyRecordTextSchema) -> povertyMeasures (fast reader)',
      ms: Math.round(fast),
      'rows/s': perSecond(N, fast),
    },
    {
      task: 'the same through zod only (schema.extend({}))',
      ms: Math.round(slow),
      'rows/s': perSecond(N, slow),
    },
    {
      task: 'validateBatch, 1,000,000 good rows',
      ms: Math.round(goodBatch),
      'rows/s': perSecond(N, goodBatch),
    },
    {
      task: 'validateBatch, 1,000,000 null rows',
      ms: Math.round(badBatch),
      'rows/s': perSecond(N, badBatch),
    },
    {
      task: 'plain safeParse loop (sync), 200,000 rows',
      ms: Math.round(plainSync),
      'rows/s': perSecond(M, plainSync),
    },
    {
      task: 'plain safeParse loop (for await over an async source)',
      ms: Math.round(plainAsync),
      'rows/s': perSecond(M, plainAsync),
    },
    {
      task: 'validateStream over the same async source',
      ms: Math.round(streamAsync),
      'rows/s': perSecond(M, streamAsync),
    },
    {
      task: 'validateStream over the array',
      ms: Math.round(streamSync),
      'rows/s': perSecond(M, streamSync),
    },
  ]);
  console.log(
    `bad/good batch: ${(badBatch / goodBatch).toFixed(2)}x; validateStream / for-await safeParse loop: ${(streamAsync / plainAsync).toFixed(2)}x; validateStream (array) / sync safeParse loop: ${(streamSync / plainSync).toFixed(2)}x (sink ${sink > 0})`,
  );
}
