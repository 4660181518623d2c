import { describe, expect, it } from 'vitest';
import { SejahteraError } from '../../src/core/index.js';
import { pathsOf, replaceAt } from '../helpers/fuzz.js';
import {
  applyPayments,
  assessGroup,
  assessLoan,
  assessLoans,
  buildSchedule,
  checkKolektibilitasTable,
  classifyKolektibilitas,
  createPortfolioAccumulator,
  OJK_BANK_2019,
  OJK_BPR_2024,
  parseKolektibilitasTable,
  portfolioIndicators,
  portfolioIndicatorsBy,
  resolveKolektibilitasTable,
  safeParseLoan,
  splitGroupLoan,
  UPK_SOFTWARE_DEFAULT,
} from '../../src/revolving-fund/index.js';

// Proxies whose every read throws, placed at every position of every argument: a revoked Proxy (even
// Array.isArray throws on it) and a Proxy whose traps throw (zod asks its prototype while it formats
// an issue).
function revoked(target: object): unknown {
  const p = Proxy.revocable(target, {});
  p.revoke();
  return p.proxy;
}
const fail = () => {
  throw new Error('trap');
};
const trap = new Proxy({}, { get: fail, ownKeys: fail, getPrototypeOf: fail, has: fail });
const poisons: [string, () => unknown][] = [
  ['revoked object', () => revoked({})],
  ['revoked array', () => revoked([])],
  ['throwing traps', () => trap],
];

const loan = {
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 4,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  grace: { principalPeriods: 1, interestPeriods: 1, interest: 'waived' },
  rounding: { unit: 5000, mode: 'up' },
};
const schedule = buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 4,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const payments = [{ paidOn: '2024-02-15', amount: 318_000 }];
const assessment = { ...assessLoan(schedule, payments, { asOf: '2024-05-01' }), ksm: 'A' };
const members = [
  { memberId: 'A', share: 1 },
  { memberId: 'B', share: '2' },
];

type Call = [string, unknown[], (...args: never[]) => unknown];
const calls: Call[] = [
  ['buildSchedule', [loan], buildSchedule],
  ['safeParseLoan', [loan], safeParseLoan],
  ['applyPayments', [schedule, payments, { allocation: 'principal-first' }], applyPayments],
  [
    'assessLoan',
    [schedule, payments, { asOf: '2024-05-01', kolektibilitas: OJK_BANK_2019 }],
    assessLoan,
  ],
  ['assessLoans', [[{ schedule, payments }], { asOf: '2024-05-01' }], assessLoans],
  [
    'classifyKolektibilitas',
    [OJK_BPR_2024, { daysPastDue: 3, missedInstalments: 1, monthsInArrears: 0 }],
    classifyKolektibilitas,
  ],
  [
    'classifyKolektibilitas (months)',
    [UPK_SOFTWARE_DEFAULT, { daysPastDue: 3 }],
    classifyKolektibilitas,
  ],
  ['resolveKolektibilitasTable', [OJK_BPR_2024], resolveKolektibilitasTable],
  ['checkKolektibilitasTable', [OJK_BPR_2024, { locale: 'id' }], checkKolektibilitasTable],
  ['parseKolektibilitasTable', [OJK_BPR_2024, { locale: 'id' }], parseKolektibilitasTable],
  [
    'portfolioIndicators',
    [[assessment], { groupBy: 'ksm', kolektibilitas: 'ojk-bank-2019', decimalPlaces: 4 }],
    portfolioIndicators,
  ],
  ['portfolioIndicatorsBy', [[assessment], 'ksm', {}], portfolioIndicatorsBy],
  ['createPortfolioAccumulator', [{ groupBy: 'ksm' }], createPortfolioAccumulator],
  ['splitGroupLoan', [schedule, members], splitGroupLoan],
  [
    'assessGroup',
    [
      { schedule, members },
      [{ memberId: 'A', paidOn: '2024-02-15', amount: 100_000 }],
      { asOf: '2024-05-01' },
    ],
    assessGroup,
  ],
];

describe('every public function, with a throwing Proxy at any position of any argument', () => {
  it.each(calls)('%s returns or throws a SejahteraError', (_name, args, fn) => {
    const escaped: string[] = [];
    for (let a = 0; a < args.length; a++) {
      for (const path of pathsOf(args[a])) {
        for (const [poison, make] of poisons) {
          const changed = [...args];
          changed[a] = replaceAt(args[a], path, make());
          try {
            (fn as (...x: unknown[]) => unknown)(...changed);
          } catch (error) {
            if (!(error instanceof SejahteraError)) {
              escaped.push(`argument ${a} at ${path.join('.') || '(whole)'} = ${poison}: ${error}`);
            }
          }
        }
      }
    }
    expect(escaped).toEqual([]);
  });

  it('the accumulator methods return or throw a SejahteraError', () => {
    for (const [, make] of poisons) {
      const acc = createPortfolioAccumulator();
      for (const step of [
        () => acc.add(make()),
        () => acc.add(assessment, make() as number),
        () => acc.addAll([make()]),
        () => acc.addAll(make() as Iterable<unknown>),
        () => acc.merge(make() as never),
      ]) {
        try {
          step();
        } catch (error) {
          expect(error).toBeInstanceOf(SejahteraError);
        }
      }
      expect(acc.counts.total).toBe(acc.counts.valid + acc.counts.rejected);
    }
  });
});
