// Accumulators refuse what would give a wrong total: a snapshot that breaks the rules every
// accumulator obeys, an accumulator made with other options, and rows counted twice.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/core/index.js';
import { createPovertyAccumulator, type PovertyAccumulatorSnapshot } from '../src/poverty/index.js';
import {
  assessLoan,
  buildSchedule,
  createPortfolioAccumulator,
} from '../src/revolving-fund/index.js';

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('poverty accumulator: snapshots that break its own rules', () => {
  // Two households of 4 people at 300,000 and 900,000 against 600,000: population 8, poor 4,
  // gap sum 4 x 0.5 = 2, squared gap sum 4 x 0.25 = 1 (worked by hand).
  const good = (): PovertyAccumulatorSnapshot =>
    createPovertyAccumulator({ line: 600_000 })
      .addAll([
        { expenditurePerCapita: 300_000, size: 4 },
        { expenditurePerCapita: 900_000, size: 4 },
      ])
      .snapshot();

  it('a genuine snapshot holds the hand-worked sums and merges', () => {
    const snap = good();
    expect([snap.sums[0], snap.sums[2], snap.sums[4], snap.sums[6]]).toEqual([8, 4, 2, 1]);
    expect(snap.line).toBe(600_000);
    const r = createPovertyAccumulator({ line: 600_000 }).merge(snap).result();
    expect(r.p0).toBe(0.5);
  });

  it.each([
    ['poorPopulation > population', [8, 0, 9, 0, 2, 0, 1, 0], 'poorPopulation <= population'],
    ['gap sum > poorPopulation', [8, 0, 4, 0, 5, 0, 1, 0], 'poverty gap sum <= poorPopulation'],
    ['squared gap > gap', [8, 0, 4, 0, 2, 0, 3, 0], 'squared gap sum <= poverty gap sum'],
  ])('rejects %s, naming the rule', (_name, sums, rule) => {
    const forged = { ...good(), sums } as unknown as PovertyAccumulatorSnapshot;
    const error = thrown(() => createPovertyAccumulator({ line: 600_000 }).merge(forged));
    expect(error.code).toBe('invalid_accumulator');
    expect(error.params).toMatchObject({ rule });
    expect(error.messages.en).toContain(rule);
    expect(error.messages.id).toContain('melanggar aturannya sendiri');
    // The Indonesian message names the rule in Indonesian, not in the English words of `rule`.
    expect(error.messages.id).not.toContain(rule);
  });

  it('rejects a population with no record used', () => {
    const forged = { ...good(), valid: 0, total: 0, rejected: [] };
    expect(thrown(() => createPovertyAccumulator({ line: 600_000 }).merge(forged)).code).toBe(
      'invalid_accumulator',
    );
  });

  it('rejects an accumulator or a snapshot made with another line', () => {
    const a = createPovertyAccumulator({ line: 600_000 });
    const b = createPovertyAccumulator({ line: 500_000 });
    const error = thrown(() => a.merge(b));
    expect(error.code).toBe('accumulator_mismatch');
    expect(error.params).toEqual({ option: 'line' });
    expect(error.messages.en).toBe(
      'cannot merge accumulators made with different options: line differs',
    );
    expect(error.messages.id).toBe(
      'akumulator yang dibuat dengan opsi berbeda tidak dapat digabung: line berbeda',
    );
    expect(thrown(() => a.merge(b.snapshot())).code).toBe('accumulator_mismatch');
    const byFunction = createPovertyAccumulator({ line: () => 600_000 });
    expect(thrown(() => a.merge(byFunction)).code).toBe('accumulator_mismatch');
  });

  it('rejects itself and an accumulator already merged, directly or through another', () => {
    const a = createPovertyAccumulator({ line: 600_000 });
    const b = createPovertyAccumulator({ line: 600_000 });
    const c = createPovertyAccumulator({ line: 600_000 });
    expect(thrown(() => a.merge(a)).code).toBe('accumulator_already_merged');
    a.merge(b);
    expect(thrown(() => a.merge(b)).code).toBe('accumulator_already_merged');
    c.merge(b);
    expect(thrown(() => a.merge(c)).code).toBe('accumulator_already_merged');
  });
});

describe('portfolio accumulator: options and double counting', () => {
  const schedule = buildSchedule({
    principal: 1_200_000,
    disbursedOn: '2024-01-15',
    tenor: 4,
    frequency: 'monthly',
    interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  });
  const row = {
    ...assessLoan(schedule, [{ paidOn: '2024-02-15', amount: 318_000 }], { asOf: '2024-05-01' }),
    ksm: 'A',
  };

  it.each([
    ['grouped with ungrouped', { groupBy: 'ksm' }, {}, 'groupBy'],
    ['two groupings', { groupBy: 'ksm' }, { groupBy: 'desa' }, 'groupBy'],
    [
      'two tables',
      { kolektibilitas: 'ojk-bank-2019' },
      { kolektibilitas: 'upk-software-default' },
      'kolektibilitas',
    ],
    ['two precisions', { decimalPlaces: 4 }, { decimalPlaces: 6 }, 'decimalPlaces'],
  ])('rejects %s, naming the option', (_name, a, b, option) => {
    const x = createPortfolioAccumulator(a as never);
    const y = createPortfolioAccumulator(b as never);
    y.add(row);
    const error = thrown(() => x.merge(y));
    expect(error.code).toBe('accumulator_mismatch');
    expect(error.params).toEqual({ option });
    expect(error.messages.en).toContain(`${option} differs`);
    expect(error.messages.id).toContain(`${option} berbeda`);
    expect(x.counts.total).toBe(0); // nothing was merged
  });

  it('accepts the same options (a groupBy function by identity)', () => {
    const key = (r: unknown) => (r as { ksm: string }).ksm;
    const x = createPortfolioAccumulator({ groupBy: key });
    const y = createPortfolioAccumulator({ groupBy: key });
    y.add(row);
    expect(x.merge(y).counts.total).toBe(1);
  });

  it('rejects an accumulator merged twice, directly or through another', () => {
    const a = createPortfolioAccumulator();
    const b = createPortfolioAccumulator();
    const c = createPortfolioAccumulator();
    b.add(row);
    a.merge(b);
    const error = thrown(() => a.merge(b));
    expect(error.code).toBe('accumulator_already_merged');
    expect(error.messages.id).toContain('dua kali');
    c.merge(b);
    expect(thrown(() => a.merge(c)).code).toBe('accumulator_already_merged');
    expect(a.counts.total).toBe(1);
  });
});
