import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Accumulator } from '../../src/core/index.js';
import { createPovertyAccumulator } from '../../src/poverty/index.js';
import { assessLoan } from '../../src/revolving-fund/arrears/index.js';
import {
  createUpkMonthlyReportAccumulator,
  type UpkLoanRecord,
} from '../../src/revolving-fund/books/index.js';
import { createPortfolioAccumulator } from '../../src/revolving-fund/portfolio/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';

// One contract for every mergeable aggregate (issue 10, item 4; docs/core.md "Accumulators"): the
// same property runs over each accumulator of the library. Rows are cut into consecutive parts of
// random sizes, each part is accumulated on its own with the rows' global indexes, and the parts are
// merged in order, live or through a JSON round trip of their snapshots: the result must be exactly
// the result of one pass over all rows, groups in order of first appearance included.

type AnyAccumulator = Accumulator<unknown, unknown, unknown>;

interface Case {
  readonly name: string;
  readonly make: () => AnyAccumulator;
  readonly rows: fc.Arbitrary<unknown[]>;
  /** The group keys of a result, in its order (none for an aggregate without groups). */
  readonly groupKeys?: (result: unknown) => unknown[];
  /** The group key of a row the accumulator accepts, `undefined` for a row it rejects. */
  readonly keyOfRow?: (row: unknown) => unknown;
}

/** Plain JSON: objects of plain prototype, arrays, strings, finite numbers, booleans, null. */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v as object).every(isPlainJson);
}

/** Consecutive parts of `rows`, cut at the given places (any order, repeats allowed). */
function partsOf<T>(rows: readonly T[], cuts: readonly number[]): { start: number; rows: T[] }[] {
  const at = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...at.filter((c) => c > 0 && c < rows.length), rows.length];
  const parts: { start: number; rows: T[] }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    parts.push({ start, rows: rows.slice(start, bounds[i + 1]) });
  }
  return parts;
}

// --- poverty ---------------------------------------------------------------------------------
// The poverty sums are floating point (compensated; tests/poverty/measures.test.ts checks general
// data within 1e-12). Here every value is a small dyadic rational (line 1024, whole rupiah below
// 2048, whole sizes and weights), so each sum is exact and "equal to one pass" can be asserted
// exactly, whatever the blocks and the parts.
const povertyRow: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        expenditurePerCapita: fc.integer({ min: 0, max: 2047 }),
        size: fc.integer({ min: 1, max: 6 }),
        weight: fc.integer({ min: 0, max: 8 }),
      },
      { requiredKeys: ['expenditurePerCapita'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, { expenditurePerCapita: -1 }, { size: 2 }, 'x') },
);

// --- portfolio -------------------------------------------------------------------------------
const DISBURSED = ['2024-01-15', '2024-03-10'] as const;
const schedules = [
  buildSchedule({
    principal: 1_200_000,
    disbursedOn: DISBURSED[0],
    tenor: 12,
    frequency: 'monthly',
    interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  }),
  buildSchedule({
    principal: 600_000,
    disbursedOn: DISBURSED[1],
    tenor: 6,
    frequency: 'monthly',
    interest: { method: 'flat', rate: { percent: '1', per: 'month' } },
  }),
];
const recordOf = ([s, paid, ksm]: [number, number, string | undefined]): UpkLoanRecord => {
  const schedule = schedules[s] as (typeof schedules)[number];
  const payments = schedule.instalments
    .slice(0, paid)
    .map((i) => ({ paidOn: i.dueOn, amount: i.total }));
  return {
    schedule,
    payments,
    disbursedOn: DISBURSED[s],
    ...(ksm === undefined ? {} : { ksm }),
  };
};
const loanParts = fc.tuple(
  fc.integer({ min: 0, max: 1 }),
  fc.integer({ min: 0, max: 4 }),
  fc.constantFrom('KSM Mawar', 'KSM Melati', 'KSM Anggrek', undefined),
);
const KELURAHAN = ['Kedaton', 'Rajabasa', 'Way Halim', 'Labuhan Ratu'];
const portfolioRow: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(loanParts, fc.constantFrom(...KELURAHAN)).map(([parts, kelurahan]) => {
      const r = recordOf(parts);
      const a = assessLoan(r.schedule, r.payments, {
        asOf: '2024-06-30',
        kolektibilitas: 'ojk-bank-2019',
      });
      return { ...a, kelurahan, ksm: r.ksm ?? `own ${kelurahan}` };
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 'x', {}, { outstandingPrincipal: -1 }) },
);

// --- UPK monthly report ----------------------------------------------------------------------
const reportRow: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: loanParts.map(recordOf) },
  { weight: 1, arbitrary: fc.constantFrom(null, { schedule: 1, payments: [] }, 'x') },
);

const CASES: readonly Case[] = [
  {
    name: 'createPovertyAccumulator',
    make: () => createPovertyAccumulator({ line: 1024 }) as AnyAccumulator,
    rows: fc.array(povertyRow, { maxLength: 60 }),
  },
  {
    name: 'createPortfolioAccumulator (grouped, LAR by KSM)',
    make: () =>
      createPortfolioAccumulator({
        groupBy: 'kelurahan',
        larGroupKey: 'ksm',
        kolektibilitas: 'ojk-bank-2019',
      }) as AnyAccumulator,
    rows: fc.array(portfolioRow, { maxLength: 40 }),
    groupKeys: (r) => (r as { groups: { key: unknown }[] }).groups.map((g) => g.key),
    keyOfRow: (row) =>
      typeof row === 'object' && row !== null && 'kelurahan' in row ? row.kelurahan : undefined,
  },
  {
    name: 'createUpkMonthlyReportAccumulator',
    make: () =>
      createUpkMonthlyReportAccumulator({ month: '2024-06', upkId: 'Kedaton' }) as AnyAccumulator,
    rows: fc.array(reportRow, { maxLength: 20 }),
  },
];

describe.each(CASES)('the accumulator contract: $name', (c) => {
  it('add and addAll return the accumulator; adding row by row equals adding all', () => {
    fc.assert(
      fc.property(c.rows, (rows) => {
        const all = c.make();
        expect(all.addAll(rows)).toBe(all);
        const one = c.make();
        rows.forEach((row, i) => {
          expect(one.add(row, i)).toBe(one);
        });
        expect(one.result()).toEqual(all.result());
      }),
      { numRuns: 30 },
    );
  });

  it('consecutive parts merged in order (live or as JSON snapshots) give exactly one pass', () => {
    fc.assert(
      fc.property(
        c.rows,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (rows, cuts, viaJson) => {
          const whole = c.make().addAll(rows).result();
          const parts = partsOf(rows, cuts).map(({ start, rows: part }) => {
            const acc = c.make();
            part.forEach((row, i) => {
              acc.add(row, start + i);
            });
            return acc;
          });
          const into = c.make();
          for (const part of parts) {
            const snapshot = part.snapshot();
            expect(isPlainJson(snapshot)).toBe(true);
            const other = viaJson ? JSON.parse(JSON.stringify(snapshot)) : part;
            expect(into.merge(other)).toBe(into);
          }
          expect(into.result()).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a snapshot merges exactly as its JSON round trip, and merging leaves the other unchanged', () => {
    fc.assert(
      fc.property(c.rows, c.rows, (left, right) => {
        const other = c.make();
        right.forEach((row, i) => {
          other.add(row, left.length + i);
        });
        const snapshot = other.snapshot();
        const before = JSON.stringify(snapshot);
        const a = c.make().addAll(left).merge(snapshot).result();
        const b = c.make().addAll(left).merge(JSON.parse(before)).result();
        expect(b).toEqual(a);
        expect(JSON.stringify(other.snapshot())).toBe(before);
      }),
      { numRuns: 25 },
    );
  });

  it.runIf(c.groupKeys !== undefined)(
    'groups come in order of first appearance; a merge appends the new ones in the other order',
    () => {
      const groupKeys = c.groupKeys as NonNullable<Case['groupKeys']>;
      const keyOfRow = c.keyOfRow as NonNullable<Case['keyOfRow']>;
      fc.assert(
        fc.property(c.rows, c.rows, (left, right) => {
          // worked out from the rows alone: keys of accepted rows, first appearance, no repeats
          const firstSeen = (rows: unknown[]) => [
            ...new Set(rows.map(keyOfRow).filter((k) => k !== undefined)),
          ];
          const a = c.make().addAll(left);
          expect(groupKeys(a.result())).toEqual(firstSeen(left));
          const b = c.make();
          right.forEach((row, i) => {
            b.add(row, left.length + i);
          });
          a.merge(b);
          const mine = firstSeen(left);
          expect(groupKeys(a.result())).toEqual([
            ...mine,
            ...firstSeen(right).filter((k) => !mine.includes(k)),
          ]);
        }),
        { numRuns: 30 },
      );
    },
  );
});
