// One chunk of `poverty` (cli/src/poverty-chunk.ts) against the library used the plain way: for
// arbitrary rows (a few groups, so that groups pass the accumulator's 128-record blocks; valid, blank
// and bad cells), the chunk's result is exactly what one gets by reading each row with
// `validateBatch(PovertyRecordTextSchema)` and adding each group's valid records to a fresh
// accumulator 128 at a time, with absent size and weight left out: same groups in order of first
// appearance, same snapshots bit for bit, same rejections in row order. The command adds each row
// to the library's group tally as it reads it (plain numbers, NaN for an absent size or weight); this
// proves the sums are the same.
import fc from 'fast-check';
import {
  createPovertyAccumulator,
  type Issue,
  type PovertyAccumulatorSnapshot,
  PovertyRecordTextSchema,
  validateBatch,
} from 'sejahtera';
import { describe, expect, it } from 'vitest';
import { type Lang, OWN_MESSAGES } from '../../cli/src/common.js';
import {
  type PackedGroups,
  type PovertyChunkConfig,
  povertyChunk,
} from '../../cli/src/poverty-chunk.js';

const BLOCK = 128;

interface Part {
  key: string;
  records: { expenditurePerCapita: number; size?: number; weight?: number }[];
  bad: number;
}

/** A chunk's packed groups as snapshots (`total` = `valid`: rejections are reported by row). */
function groupParts(groups: PackedGroups, line: number) {
  return groups.keys.map((key, g) => {
    const valid = groups.pack.valid[g] as number;
    const snapshot: PovertyAccumulatorSnapshot = {
      kind: 'sejahtera/poverty-accumulator',
      sums: Array.from(groups.pack.sums.slice(8 * g, 8 * g + 8)) as never,
      total: valid,
      valid,
      rejected: [],
      line,
    };
    return { key, snapshot, bad: groups.bad[g] as number };
  });
}

/** The chunk's result computed the plain way (see the file's comment). */
function reference(config: PovertyChunkConfig, rows: readonly (readonly string[] | null)[]) {
  const parts = new Map<string, Part>();
  const rejects: { at: number; issues: readonly Issue[] }[] = [];
  const own = (code: keyof typeof OWN_MESSAGES, path: string[]) => [
    { code, path, params: {}, message: OWN_MESSAGES[code][config.lang] },
  ];
  for (const [at, cells] of rows.entries()) {
    if (cells === null) {
      rejects.push({ at, issues: own('not_json', []) });
      continue;
    }
    const key = (cells[config.byIndex] ?? '').trim();
    if (key === '') {
      rejects.push({ at, issues: own('missing_group', [config.by]) });
      continue;
    }
    let part = parts.get(key);
    if (part === undefined) {
      part = { key, records: [], bad: 0 };
      parts.set(key, part);
    }
    const row: Record<string, unknown> = {};
    for (const [field, column] of config.columns) {
      if (cells[column] !== undefined) row[field] = cells[column];
    }
    const batch = validateBatch(PovertyRecordTextSchema, [row], { locale: config.lang });
    const rejected = batch.rejected[0];
    if (rejected !== undefined) {
      part.bad++;
      rejects.push({ at, issues: rejected.issues });
    } else {
      const value = batch.valid[0]?.value as Part['records'][number];
      const record: Part['records'][number] = { expenditurePerCapita: value.expenditurePerCapita };
      if (value.size !== undefined) record.size = value.size;
      if (value.weight !== undefined) record.weight = value.weight;
      part.records.push(record);
    }
  }
  const groups = [...parts.values()].map((part) => {
    const acc = createPovertyAccumulator({ line: config.line });
    for (let i = 0; i < part.records.length; i += BLOCK) {
      acc.addAll(part.records.slice(i, i + BLOCK));
    }
    const snap = acc.snapshot();
    return { key: part.key, snapshot: { ...snap, total: snap.valid, rejected: [] }, bad: part.bad };
  });
  return { rows: rows.length, groups, rejects };
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const money = fc.oneof(
  { weight: 6, arbitrary: digits(1, 8) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 9_999_999 }).map((n) => `Rp ${n.toLocaleString('id-ID')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'n/a', '-5', '1234,5', '12.34', '1e3', '0') },
);
const count = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 600 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', '0', '2,5', 'x', '1.000', ' 3') },
);
const group = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('1101', '3171', ' 1101 ') },
  { weight: 1, arbitrary: fc.constantFrom('Kota Bandung', '', '  ', 'Kédaton') },
);
const row = fc.oneof(
  { weight: 30, arbitrary: fc.tuple(group, money, count, count).map((r) => [...r]) },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe('povertyChunk', () => {
  for (const lang of ['id', 'en'] as const satisfies readonly Lang[]) {
    it(`gives the plain library's groups, sums and rejections (${lang})`, () => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 100, maxLength: 1200 }),
          fc.constantFrom(600_000, 550_458.5, 1_000),
          fc.boolean(),
          (rows, line, withWeight) => {
            const columns: [string, number][] = [
              ['expenditurePerCapita', 1],
              ['size', 2],
            ];
            if (withWeight) columns.push(['weight', 3]);
            const config: PovertyChunkConfig = { line, by: 'kabupaten', lang, byIndex: 0, columns };
            const result = povertyChunk(config, rows);
            expect({ ...result, groups: groupParts(result.groups, line) }).toStrictEqual(
              reference(config, rows),
            );
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
