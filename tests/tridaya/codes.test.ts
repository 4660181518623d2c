import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import {
  allocateDayaBudget,
  categorize,
  cronbachAlpha,
  dayaBudgetShares,
  defineInstrument,
  effectivenessRatio,
  pearson,
  scoreResponseColumns,
  scoreResponses,
  scoreTridaya,
  spearman,
} from '../../src/tridaya/index.js';
import { thrown } from '../helpers/thrown.js';

// One code per fault (issue 10): Tridaya raises the core's code and error class for the faults the
// core names. Each expectation is the code the core gives for the same fault (core/messages.ts,
// _internal/number-type.ts, core/rupiah.ts), not read from Tridaya's own output.

const boom = (): never => {
  throw new Error('getter');
};
/** An object whose every property read throws (a hostile input, not one row of a batch). */
const hostile = () => new Proxy({}, { get: boom, ownKeys: boom, has: boom });
/** An array (Array.isArray says so) whose every read throws. */
const hostileArray = () => new Proxy([1, 2, 3], { get: boom });

const instrument = defineInstrument({
  id: 't',
  scale: { min: 1, max: 5 },
  items: [
    { id: 'a', daya: 'sosial' },
    { id: 'b', daya: 'ekonomi' },
  ],
});

function issue(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues[0] as {
    code: string;
    path: readonly (string | number)[];
  };
}

describe('an input that cannot be read is unreadable_input, as in the core (was unreadable_row)', () => {
  it.each([
    [
      'scoreTridaya',
      () =>
        scoreTridaya({
          get sosial(): number {
            throw new Error('x');
          },
        }),
    ],
    ['dayaBudgetShares', () => dayaBudgetShares(hostile() as never)],
    ['allocateDayaBudget', () => allocateDayaBudget(100, hostile() as never)],
    ['effectivenessRatio', () => effectivenessRatio(1, 2, hostile() as never)],
    ['spearman', () => spearman([1, 2, 3], hostileArray())],
    ['pearson', () => pearson(hostileArray(), [1, 2, 3])],
    ['cronbachAlpha', () => cronbachAlpha([[1, 2], hostileArray(), [3, 4]])],
    ['categorize', () => categorize([1, 2, 3], hostile() as never)],
    ['scoreTridaya (options)', () => scoreTridaya({ sosial: 50 }, hostile() as never)],
    // Was a ConfigurationError invalid_option ("a readable options object").
    ['scoreResponses (options)', () => scoreResponses(instrument, [], hostile() as never)],
    [
      'scoreResponseColumns (options)',
      () => scoreResponseColumns(instrument, [], hostile() as never),
    ],
  ])('%s', (_name, fn) => {
    expect(issue(fn).code).toBe('unreadable_input');
  });

  it('responses whose iteration throws are unreadable_input at `responses`', () => {
    const responses = {
      [Symbol.iterator]: () => ({ next: boom }),
    } as unknown as Iterable<number[]>;
    for (const score of [scoreResponses, scoreResponseColumns]) {
      const error = thrown(() => score(instrument, responses)) as ValidationError;
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ['unreadable_input', ['responses']],
      ]);
      expect(error.messages.id).toMatch(/^jawaban responden tidak valid/);
      expect(error.messages.en).toMatch(/^Invalid responses/);
    }
  });

  it('one unreadable row of the responses is still a rejection unreadable_row (a row of a batch)', () => {
    const result = scoreResponses(instrument, [[1, 2], hostile() as never]);
    expect(result.valid.length).toBe(1);
    expect(result.rejected.map((r) => [r.index, r.issues.map((i) => i.code)])).toEqual([
      [1, ['unreadable_row']],
    ]);
  });

  it('names each context in Indonesian', () => {
    const id = (fn: () => unknown) => thrown(fn).messages.id;
    expect(id(() => effectivenessRatio(-1, 2))).toMatch(/^rasio efektivitas tidak valid/);
    expect(id(() => scoreTridaya({}))).toMatch(/^indeks Tridaya tidak valid/);
    expect(id(() => dayaBudgetShares({ sosial: -1 }))).toMatch(/^bagian anggaran tidak valid/);
    expect(id(() => allocateDayaBudget(-1, { sosial: 1 }))).toMatch(
      /^alokasi anggaran tidak valid/,
    );
    expect(id(() => defineInstrument({} as never))).toMatch(/^instrumen tidak valid/);
  });
});

describe('a number is read by the core rule: required, invalid_type, not_finite, then the range', () => {
  it('dayaBudgetShares amounts (was not_integer for every fault)', () => {
    const code = (v: unknown) => issue(() => dayaBudgetShares({ sosial: v as number })).code;
    expect(code('100')).toBe('invalid_type');
    expect(code(null)).toBe('invalid_type');
    expect(code(Number.NaN)).toBe('not_finite');
    expect(code(Number.POSITIVE_INFINITY)).toBe('not_finite');
    expect(code(1.5)).toBe('not_integer');
    expect(code(2 ** 53)).toBe('not_integer');
    expect(code(-1)).toBe('too_small');
    expect(issue(() => dayaBudgetShares({ sosial: -1 })).path).toEqual(['amounts', 'sosial']);
  });

  it('allocateDayaBudget total (a NaN was not_a_number)', () => {
    const code = (v: unknown) => issue(() => allocateDayaBudget(v as number, { sosial: 1 })).code;
    expect(code(undefined)).toBe('required');
    expect(code('100')).toBe('invalid_type');
    expect(code(Number.NaN)).toBe('not_finite');
    expect(code(0.5)).toBe('not_integer');
    expect(code(-3)).toBe('too_small');
  });

  it('the statistics: a series that is not an array is invalid_type (expected array)', () => {
    const error = thrown(() => cronbachAlpha({} as never)) as ValidationError;
    expect(error.issues[0]).toMatchObject({
      code: 'invalid_type',
      path: ['itemMatrix'],
      params: { expected: 'array', received: 'object' },
    });
    expect(issue(() => cronbachAlpha([[1, 2], 'x' as never])).code).toBe('invalid_type');
    expect(
      issue(() =>
        cronbachAlpha([
          [1, 2],
          [3, Number.NaN],
        ]),
      ).code,
    ).toBe('not_finite');
    expect(issue(() => categorize([1, Number.NaN, 3])).code).toBe('not_finite');
  });
});

describe('an invalid option is a ConfigurationError invalid_option, as in scoreResponses', () => {
  it('categorize (was a ValidationError)', () => {
    for (const options of [{ method: 'quartile' }, { k: 0 }, { k: Number.NaN }, 5]) {
      const error = thrown(() => categorize([1, 2, 3], options as never));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.code).toBe('invalid_option');
    }
  });
});
