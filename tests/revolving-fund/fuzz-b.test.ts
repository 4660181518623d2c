import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SejahteraError, safeParseWith } from '../../src/core/index.js';
import { assessGroup, splitGroupLoan } from '../../src/revolving-fund/group/index.js';
import {
  checkKolektibilitasTable,
  classifyKolektibilitas,
  KolektibilitasTableSchema,
  OJK_BANK_2019,
  parseKolektibilitasTable,
  resolveKolektibilitasTable,
  safeParseKolektibilitasTable,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import {
  createPortfolioAccumulator,
  portfolioIndicators,
  portfolioIndicatorsBy,
} from '../../src/revolving-fund/portfolio/index.js';
import {
  corrupt,
  expectReturnsOrSejahteraError,
  expectUnknownOption,
  hasUnknownKeys,
  nasty,
} from '../helpers/fuzz.js';

const RUNS = { numRuns: 300 };

const table = {
  id: 'fuzz',
  source: 'fuzz table',
  unit: 'days',
  levels: [
    {
      level: 1,
      code: 'lancar',
      label: { id: 'L', en: 'C' },
      from: 0,
      to: 30,
      provisionRate: '0.01',
    },
    { level: 2, code: 'macet', label: { id: 'M', en: 'L' }, from: 31, provisionRate: 1 },
  ],
};
const arrears = { daysPastDue: 45, missedInstalments: 2, monthsInArrears: 1 };
const validAssessment = {
  asOf: '2024-06-30',
  status: 'active',
  principal: 1_000_000,
  outstandingPrincipal: 600_000,
  overduePrincipal: 100_000,
  overdueInterest: 15_000,
  daysPastDue: 45,
  missedInstalments: 2,
  monthsInArrears: 1,
  dueToDate: 500_000,
  paidOnTimeToDate: 300_000,
  paidToDate: 400_000,
  kolektibilitas: {
    tableId: 'ojk-bank-2019',
    level: 2,
    code: 'dalam_perhatian_khusus',
    label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
    provisionRate: '0.05',
  },
  provision: 30_000,
  kelurahan: 'Kedaton',
};
const portfolioOptions = {
  groupBy: 'kelurahan',
  kolektibilitas: 'ojk-bank-2019',
  decimalPlaces: 6,
  locale: 'id',
};
const schedule = {
  instalments: [
    {
      number: 1,
      dueOn: '2024-02-15',
      principal: 500_000,
      interest: 15_000,
      total: 515_000,
      balanceAfter: 500_000,
    },
    {
      number: 2,
      dueOn: '2024-03-15',
      principal: 500_000,
      interest: 15_000,
      total: 515_000,
      balanceAfter: 0,
    },
  ],
  totals: { principal: 1_000_000, interest: 30_000, total: 1_030_000 },
};
const members = [
  { memberId: 'A', share: 1 },
  { memberId: 'B', share: '0.5' },
];
const payments = [{ memberId: 'A', paidOn: '2024-02-15', amount: 343_334 }];
const groupOptions = { asOf: '2024-03-20', kolektibilitas: 'ojk-bank-2019' };

describe('fuzz: kolektibilitas', () => {
  it('resolveKolektibilitasTable returns a table or throws a SejahteraError', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(table)), (t) => {
        expectReturnsOrSejahteraError(() => resolveKolektibilitasTable(t as never));
      }),
      RUNS,
    );
  });
  it('checkKolektibilitasTable never throws', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(table)), nasty, (t, o) => {
        // Options with unknown keys are a programming mistake (unknown_option), not bad data.
        if (hasUnknownKeys(o, ['locale', 'messages'])) {
          expectUnknownOption(() => checkKolektibilitasTable(t, o as never));
          return;
        }
        expect(Array.isArray(checkKolektibilitasTable(t, o as never))).toBe(true);
      }),
      RUNS,
    );
  });
  it('safeParseKolektibilitasTable never throws; parseKolektibilitasTable throws only SejahteraErrors', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(table)), nasty, (t, o) => {
        if (hasUnknownKeys(o, ['locale', 'messages'])) {
          expectUnknownOption(() => safeParseKolektibilitasTable(t, o as never));
          return;
        }
        const r = safeParseKolektibilitasTable(t, o as never);
        expect(typeof r.success).toBe('boolean');
        expectReturnsOrSejahteraError(() => parseKolektibilitasTable(t, o as never));
        expect(typeof safeParseWith(KolektibilitasTableSchema, t).success).toBe('boolean');
      }),
      RUNS,
    );
  });
  it('classifyKolektibilitas returns a result or throws a SejahteraError', () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, corrupt(table), fc.constant(OJK_BANK_2019)),
        fc.oneof(nasty, corrupt(arrears)),
        (t, a) => {
          expectReturnsOrSejahteraError(() => classifyKolektibilitas(t as never, a as never));
        },
      ),
      RUNS,
    );
  });
});

describe('fuzz: portfolio', () => {
  it('portfolioIndicators rejects bad rows without throwing; bad options throw SejahteraErrors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nasty, corrupt(validAssessment)), { maxLength: 8 }),
        fc.oneof(fc.constant(portfolioOptions), corrupt(portfolioOptions), nasty),
        (rows, options) => {
          expectReturnsOrSejahteraError(() => {
            const r = portfolioIndicators(rows, options as never);
            expect(r.counts.valid + r.counts.rejected).toBe(rows.length);
          });
        },
      ),
      RUNS,
    );
  });
  it('portfolioIndicators with rows that are not iterable throws a SejahteraError', () => {
    fc.assert(
      fc.property(nasty, (rows) => {
        expectReturnsOrSejahteraError(() => portfolioIndicators(rows as never));
      }),
      RUNS,
    );
  });
  it('portfolioIndicatorsBy returns or throws a SejahteraError for any key and options', () => {
    fc.assert(
      fc.property(nasty, nasty, (groupBy, options) => {
        expectReturnsOrSejahteraError(() =>
          portfolioIndicatorsBy(
            [validAssessment, validAssessment],
            groupBy as never,
            options as never,
          ),
        );
      }),
      RUNS,
    );
  });
  it('a groupBy function that throws or returns garbage only rejects rows', () => {
    fc.assert(
      fc.property(nasty, (key) => {
        const r = portfolioIndicatorsBy([validAssessment], () => {
          if (key === undefined) throw new TypeError('boom');
          return key as string;
        });
        expect(r.counts.total).toBe(1);
      }),
      RUNS,
    );
  });
  it('the accumulator returns or throws SejahteraErrors for any argument', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (options, row, index, other) => {
        expectReturnsOrSejahteraError(() => {
          const acc = createPortfolioAccumulator(options as never);
          expectReturnsOrSejahteraError(() => acc.add(row, index as never));
          expectReturnsOrSejahteraError(() => acc.add(row));
          expectReturnsOrSejahteraError(() => acc.addAll(row as never));
          expectReturnsOrSejahteraError(() => acc.merge(other as never));
          acc.result();
        });
      }),
      RUNS,
    );
  });
});

describe('fuzz: groups', () => {
  it('splitGroupLoan returns a split or throws a SejahteraError', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(schedule)), fc.oneof(nasty, corrupt(members)), (s, m) => {
        expectReturnsOrSejahteraError(() => splitGroupLoan(s, m as never));
      }),
      RUNS,
    );
  });
  it('assessGroup returns an assessment or throws a SejahteraError', () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, corrupt({ schedule, members })),
        fc.oneof(nasty, corrupt(payments)),
        fc.oneof(nasty, corrupt(groupOptions)),
        (g, p, o) => {
          expectReturnsOrSejahteraError(() => assessGroup(g as never, p as never, o as never));
        },
      ),
      RUNS,
    );
  });
});

it('fuzz examples are valid to begin with', () => {
  expect(portfolioIndicators([validAssessment], portfolioOptions as never).counts.valid).toBe(1);
  expect(assessGroup({ schedule, members }, payments, groupOptions as never).members).toHaveLength(
    2,
  );
  expect(resolveKolektibilitasTable(table as never).id).toBe('fuzz');
  expect(classifyKolektibilitas(table as never, arrears).level).toBe(2);
  expect(SejahteraError).toBeDefined();
});
