import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DateTextSchema,
  PercentTextSchema,
  RupiahTextSchema,
  validateBatch,
  YesNoTextSchema,
} from '../../src/core/index.js';
import { PovertyRecordTextSchema } from '../../src/poverty/index.js';
import {
  GroupTextSchema,
  KkSchema,
  kpbMessages,
  NikSchema,
  MemberTextSchema,
  verifyGroup,
  defineRuleSet,
  kpbRuleSets,
} from '../../src/kpb/index.js';
import {
  assessLoan,
  buildSchedule,
  LoanTextSchema,
  PaymentTextSchema,
} from '../../src/revolving-fund/index.js';
import {
  createResponseTextSchema,
  defineInstrument,
  scoreResponses,
} from '../../src/tridaya/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('LoanTextSchema and PaymentTextSchema', () => {
  const loanRow = {
    principal: 'Rp 1.200.000',
    disbursedOn: '15/01/2024',
    firstDueOn: '',
    tenor: '12',
    frequency: 'Bulanan',
    interestMethod: 'flat',
    ratePercent: '1,5%',
    ratePer: 'bulan',
    gracePrincipalPeriods: '',
    graceInterestPeriods: '',
    graceInterest: '',
    principalEvery: '',
    roundingUnit: '',
    roundingMode: '',
  };

  it('reads a flat loan row into the loan buildSchedule takes', () => {
    const loan = LoanTextSchema.parse(loanRow);
    expect(loan).toEqual({
      principal: 1_200_000,
      disbursedOn: '2024-01-15',
      tenor: 12,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: 1.5, per: 'month' } },
    });
    // 1.5% a month on 1,200,000 flat: 18,000 interest and 100,000 principal each month.
    const schedule = buildSchedule(loan);
    expect(schedule.instalments[0]).toMatchObject({
      principal: 100_000,
      interest: 18_000,
      dueOn: '2024-02-15',
    });
    const payments = validateBatch(PaymentTextSchema, [
      { paidOn: '15/02/2024', amount: 'Rp 118.000', receipt: 'K-1' },
      { paidOn: '45352', amount: '118.000' },
      { paidOn: '', amount: '118000' },
      { paidOn: '15/04/2024', amount: '118.000,50' },
    ]);
    expect(payments.valid.map((v) => v.value)).toEqual([
      { paidOn: '2024-02-15', amount: 118_000 },
      { paidOn: '2024-03-01', amount: 118_000 },
    ]);
    expect(payments.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [2, 'required'],
      [3, 'fraction_not_allowed'],
    ]);
    const a = assessLoan(
      schedule,
      payments.valid.map((v) => v.value),
      { asOf: '2024-04-20' },
    );
    expect(a.paidToDate).toBe(236_000);
  });

  it('builds grace and rounding only from the columns given', () => {
    const loan = LoanTextSchema.parse({
      ...loanRow,
      interestMethod: 'anuitas',
      ratePer: 'tahun',
      ratePercent: '18',
      graceInterestPeriods: '2',
      roundingUnit: '100',
    });
    expect(loan.interest).toEqual({ method: 'annuity', rate: { percent: 18, per: 'year' } });
    expect(loan.grace).toEqual({ principalPeriods: 0, interestPeriods: 2, interest: 'deferred' });
    expect(loan.rounding).toEqual({ unit: 100, mode: 'half-up' });
  });

  it('names each bad column', () => {
    const r = validateBatch(LoanTextSchema, [
      {
        ...loanRow,
        principal: '1,200,000',
        tenor: 'dua belas',
        frequency: 'harian',
        ratePercent: '',
      },
    ]);
    expect(r.rejected[0]?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['principal', 'english_number_format'],
      ['tenor', 'invalid_number'],
      ['frequency', 'invalid_value'],
      ['ratePercent', 'required'],
    ]);
  });
});

describe('MemberTextSchema and GroupTextSchema', () => {
  it('read a group and its members into what verifyGroup takes', () => {
    const group = GroupTextSchema.parse({
      id: ' KSM-01 ',
      desa: '',
      savingsStartDate: '15/01/2024',
      savingsMonths: '',
      firstLoanDate: '',
      jointLiabilityStatement: 'ya',
    });
    expect(group).toMatchObject({
      id: 'KSM-01',
      savingsStartDate: '2024-01-15',
      jointLiabilityStatement: true,
      members: [],
    });
    const members = validateBatch(
      MemberTextSchema,
      [
        {
          groupId: 'KSM-01',
          nik: '3304124505850001',
          kk: '3304120101150001',
          sex: 'P',
          role: 'ketua',
          previouslyFunded: 'tidak',
          birthDate: '05/05/1985',
        },
        {
          groupId: 'KSM-01',
          nik: '3304120505850002',
          kk: '',
          sex: 'L',
          role: 'anggota',
          previouslyFunded: '',
        },
        { groupId: 'KSM-01', nik: '3304129905850003', sex: 'X', role: 'boss' },
      ],
      { catalog: kpbMessages },
    );
    expect(members.valid[0]?.value).toMatchObject({
      sex: 'female',
      role: 'leader',
      previouslyFunded: false,
      birthDate: '1985-05-05',
    });
    expect(members.valid[1]?.value).toMatchObject({ sex: 'male', role: 'member', kk: undefined });
    expect(members.rejected[0]?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['nik', 'nik_invalid_day'],
      ['sex', 'invalid_value'],
      ['role', 'invalid_value'],
    ]);
    const ruleSet = defineRuleSet(kpbRuleSets['ksm-p2kp'], { id: 'test', group: { minSize: 1 } });
    const v = verifyGroup(
      { ...group, members: members.valid.map((m) => m.value) },
      { ruleSet, asOf: '2024-06-01' },
    );
    expect(v.members).toHaveLength(2);
  });
});

describe('createResponseTextSchema', () => {
  const instrument = defineInstrument({
    id: 'demo',
    scale: { min: 1, max: 5 },
    items: [
      { id: 's1', daya: 'sosial' },
      { id: 's2', daya: 'sosial', reverse: true },
      { id: 'e1', daya: 'ekonomi' },
    ],
  });
  const Rows = createResponseTextSchema(instrument);

  it('reads answers by item id, blank as unanswered', () => {
    expect(Rows.parse({ id: 'R-1', s1: '4', s2: ' 2 ', e1: '3', note: 'x' })).toEqual({
      id: 'R-1',
      answers: { s1: 4, s2: 2, e1: 3 },
    });
    expect(Rows.parse({ s1: '5', s2: '', e1: '2' })).toEqual({
      answers: { s1: 5, s2: null, e1: 2 },
    });
    const r = validateBatch(Rows, [{ s1: 'empat', s2: '2,5', e1: '3' }]);
    expect(r.rejected[0]?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['s1', 'invalid_number'],
      ['s2', 'not_integer'],
    ]);
  });

  it('feeds scoreResponses (the TSDoc example, from text)', () => {
    const parsed = validateBatch(Rows, [{ s1: '4', s2: '2', e1: '3' }]).valid.map((v) => v.value);
    const result = scoreResponses(instrument, parsed);
    // sosial: (4 + (6 - 2)) x 100 / 10 = 80
    expect(result.valid[0]?.value.dayas.sosial?.percentage).toBe(80);
  });

  it('throws a SejahteraError for anything but an instrument', () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectReturnsOrSejahteraError(() => createResponseTextSchema(x as never));
      }),
      { numRuns: 200 },
    );
  });
});

describe('every domain text schema returns a result for any input', () => {
  const instrument = defineInstrument({
    id: 'x',
    scale: { min: 1, max: 5 },
    items: [{ id: 'a', daya: 'sosial' }],
  });
  const schemas = [
    NikSchema,
    KkSchema,
    PovertyRecordTextSchema,
    RupiahTextSchema,
    DateTextSchema,
    YesNoTextSchema,
    PercentTextSchema,
    LoanTextSchema,
    PaymentTextSchema,
    MemberTextSchema,
    GroupTextSchema,
    createResponseTextSchema(instrument),
  ];
  it('in validateBatch, with hostile rows and rows of random text', () => {
    const textRow = fc.dictionary(
      fc.constantFrom('principal', 'paidOn', 'amount', 'nik', 'id', 'a', 'tenor', 'sex', 'kk'),
      fc.oneof(fc.string(), fc.constantFrom('', '1', 'Rp 1.000', '31/01/2024', '3304124505850001')),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, textRow), { maxLength: 10 }), (rows) => {
        for (const s of schemas) {
          const r = validateBatch(s, rows);
          expect(r.counts.valid + r.counts.rejected).toBe(rows.length);
          // The library's own limit (Number.MAX_SAFE_INTEGER, 16 digits) stays readable by the
          // rule that a number the library prints is not masked; no input digits may show.
          for (const x of r.rejected)
            for (const i of x.issues)
              expect(i.message.replaceAll(String(Number.MAX_SAFE_INTEGER), '')).not.toMatch(
                /\d{16}/,
              );
        }
      }),
      { numRuns: 200 },
    );
  });
});
