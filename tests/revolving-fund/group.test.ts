import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRupiah, ValidationError } from '../../src/core/index.js';
import { assessGroup, splitGroupLoan } from '../../src/revolving-fund/group/index.js';

// A KSM loan of Rp 1,000,000 over 3 months, jasa 1.5% flat per month of the original principal:
// interest 15,000 each month; principal 333,334 + 333,333 + 333,333 (written by hand).
const schedule = {
  instalments: [
    {
      number: 1,
      dueOn: '2024-02-15',
      principal: 333_334,
      interest: 15_000,
      total: 348_334,
      balanceAfter: 666_666,
    },
    {
      number: 2,
      dueOn: '2024-03-15',
      principal: 333_333,
      interest: 15_000,
      total: 348_333,
      balanceAfter: 333_333,
    },
    {
      number: 3,
      dueOn: '2024-04-15',
      principal: 333_333,
      interest: 15_000,
      total: 348_333,
      balanceAfter: 0,
    },
  ],
  totals: { principal: 1_000_000, interest: 45_000, total: 1_045_000 },
};
const members = [
  { memberId: 'A', share: 1 },
  { memberId: 'B', share: 1 },
  { memberId: 'C', share: 1 },
];

describe('splitGroupLoan', () => {
  const split = splitGroupLoan(schedule, members);

  it('gives each member the allocateRupiah share of the cumulative principal', () => {
    // cumulative 333,334 / 3 = 111,111.33: floors 111,111 x 3, the 1 left goes to the first (A)
    // cumulative 666,667 / 3 = 222,222.33: A 222,223, B and C 222,222 -> instalment 2: 111,111 each
    // cumulative 1,000,000 / 3: A 333,334, B and C 333,333 -> instalment 3: 111,111 each
    expect(split.members.map((m) => m.schedule.instalments.map((i) => i.principal))).toEqual([
      [111_112, 111_111, 111_111],
      [111_111, 111_111, 111_111],
      [111_111, 111_111, 111_111],
    ]);
    // interest 15,000 per month / 3 = 5,000 each
    expect(split.members.map((m) => m.schedule.instalments.map((i) => i.interest))).toEqual([
      [5_000, 5_000, 5_000],
      [5_000, 5_000, 5_000],
      [5_000, 5_000, 5_000],
    ]);
  });
  it('keeps the group numbers and due dates, with the member balances and totals', () => {
    const a = split.members[0]?.schedule;
    expect(a?.instalments.map((i) => [i.number, i.dueOn, i.total, i.balanceAfter])).toEqual([
      [1, '2024-02-15', 116_112, 222_222],
      [2, '2024-03-15', 116_111, 111_111],
      [3, '2024-04-15', 116_111, 0],
    ]);
    expect(a?.totals).toEqual({ principal: 333_334, interest: 15_000, total: 348_334 });
  });
  it('splits 40 / 35 / 25 by decimal-string shares', () => {
    const s = splitGroupLoan(schedule, [
      { memberId: 'A', share: '0.4' },
      { memberId: 'B', share: '0.35' },
      { memberId: 'C', share: '0.25' },
    ]);
    // 1,000,000 x 0.4 / 0.35 / 0.25 = 400,000 / 350,000 / 250,000
    expect(s.members.map((m) => m.schedule.totals.principal)).toEqual([400_000, 350_000, 250_000]);
    // 45,000 interest x 0.4 / 0.35 / 0.25 = 18,000 / 15,750 / 11,250
    expect(s.members.map((m) => m.schedule.totals.interest)).toEqual([18_000, 15_750, 11_250]);
  });
  it('never makes a part negative when largest remainder is not monotone (the Alabama paradox)', () => {
    // shares 1 : 15 : 17 : 9 (sum 42), principal parts 21 then 1:
    //   allocateRupiah(21) = [1, 8, 8, 4]  (21 x 1/42 = 0.5, x 15/42 = 7.5, x 17/42 = 8.5, x 9/42 = 4.5)
    //   allocateRupiah(22) = [0, 8, 9, 5]  (A's share drops from 1 to 0: a -1 part for instalment 2)
    // The -1 of A at instalment 2 is swapped with C (first other member with a part there):
    //   A [1, -1] -> [0, 0]; C [8, 1] -> [9, 0]; columns still 21 and 1, rows still 0 / 8 / 9 / 5.
    const tiny = {
      instalments: [
        { number: 1, dueOn: '2024-02-15', principal: 21, interest: 0, total: 21 },
        { number: 2, dueOn: '2024-03-15', principal: 1, interest: 0, total: 1 },
      ],
    };
    const s = splitGroupLoan(
      tiny,
      [1, 15, 17, 9].map((share, i) => ({ memberId: 'ABCD'[i] as string, share })),
    );
    expect(s.members.map((m) => m.schedule.instalments.map((i) => i.principal))).toEqual([
      [0, 0],
      [8, 0],
      [9, 0],
      [4, 1],
    ]);
  });
  it('rejects duplicate members, empty ids and non-positive shares', () => {
    expect(() =>
      splitGroupLoan(schedule, [
        { memberId: 'A', share: 1 },
        { memberId: 'A', share: 1 },
      ]),
    ).toThrow(ValidationError);
    expect(() => splitGroupLoan(schedule, [{ memberId: '', share: 1 }])).toThrow(ValidationError);
    expect(() => splitGroupLoan(schedule, [{ memberId: 'A', share: 0 }])).toThrow(ValidationError);
    expect(() => splitGroupLoan(schedule, [])).toThrow(ValidationError);
    expect(() => splitGroupLoan({ instalments: [] }, members)).toThrow(ValidationError);
  });
  it('never echoes a member id (it may be a NIK) in its messages', () => {
    try {
      splitGroupLoan(schedule, [
        { memberId: '3201234567890001', share: 1 },
        { memberId: '3201234567890001', share: 1 },
      ]);
    } catch (error) {
      expect((error as ValidationError).message).not.toContain('3201234567890001');
    }
  });
});

describe('assessGroup: member view and group view (tanggung renteng)', () => {
  // As of 2024-03-20 instalments 1 (15 Feb) and 2 (15 Mar) are due: group 348,334 + 348,333 = 696,667.
  // A pays its own share (116,112 + 116,111), B pays its own (116,111 x 2) and C's (232,222); C pays nothing.
  const payments = [
    { memberId: 'A', paidOn: '2024-02-15', amount: 116_112 },
    { memberId: 'B', paidOn: '2024-02-15', amount: 116_111 },
    { memberId: 'A', paidOn: '2024-03-15', amount: 116_111 },
    { memberId: 'B', paidOn: '2024-03-15', amount: 116_111 },
    { memberId: 'B', paidOn: '2024-03-15', amount: 232_222 },
  ];
  const r = assessGroup({ schedule, members }, payments, {
    asOf: '2024-03-20',
    kolektibilitas: 'ojk-bank-2019',
  });

  it('the group is not in arrears: 232,223 + 464,444 = 696,667 covers both instalments', () => {
    expect(r.group.missedInstalments).toBe(0);
    expect(r.group.daysPastDue).toBe(0);
    expect(r.group.outstandingPrincipal).toBe(333_333);
    expect(r.group.kolektibilitas.level).toBe(1);
  });
  it('C is in arrears on its own share: 2 instalments, 34 days (15 Feb to 20 Mar 2024, a leap year)', () => {
    const c = r.members[2];
    expect(c?.memberId).toBe('C');
    expect(c?.assessment.missedInstalments).toBe(2);
    expect(c?.assessment.daysPastDue).toBe(34);
    expect(c?.assessment.kolektibilitas.code).toBe('dalam_perhatian_khusus');
    // C owes its whole principal 333,333; provision 5% = 16,666.65 -> 16,667
    expect(c?.assessment.outstandingPrincipal).toBe(333_333);
    expect(c?.assessment.provision).toBe(16_667);
  });
  it('A and B are current; C is covered by the group', () => {
    expect(r.members.map((m) => m.inArrears)).toEqual([false, false, true]);
    expect(r.membersInArrears).toEqual(['C']);
    expect(r.coveredByGroup).toEqual(['C']);
  });
  it('surplus: A 0, B +232,222 (paid for C), C -232,222; they add up to group paid - group due = 0', () => {
    expect(r.members.map((m) => m.surplus)).toEqual([0, 232_222, -232_222]);
  });
  it('when nobody covers C, the group falls short and is in arrears too', () => {
    const short = assessGroup({ schedule, members }, payments.slice(0, 4), {
      asOf: '2024-03-20',
      kolektibilitas: 'ojk-bank-2019',
    });
    // group paid 464,445 of 696,667: instalment 1 (348,334) is paid, instalment 2 is short -> 1 missed, 5 days
    expect(short.group.missedInstalments).toBe(1);
    expect(short.group.daysPastDue).toBe(5);
    expect(short.membersInArrears).toEqual(['C']);
    expect(short.coveredByGroup).toEqual([]);
  });
  it('rejects a payment by someone who is not a member', () => {
    expect(() =>
      assessGroup({ schedule, members }, [{ memberId: 'Z', paidOn: '2024-02-15', amount: 1 }], {
        asOf: '2024-03-20',
      }),
    ).toThrow(ValidationError);
  });
});

describe('properties of the split', () => {
  const arbSchedule = fc
    .array(fc.tuple(fc.oneof(fc.nat(6), fc.nat(5_000_000)), fc.oneof(fc.nat(4), fc.nat(200_000))), {
      minLength: 1,
      maxLength: 24,
    })
    .map((parts) => {
      const principal = parts.reduce((s, [p]) => s + p, 0);
      let balance = principal;
      return {
        instalments: parts.map(([p, i], k) => {
          balance -= p;
          return {
            number: k + 1,
            dueOn: `2025-${String((k % 12) + 1).padStart(2, '0')}-10`.replace(
              /^2025/,
              String(2025 + Math.floor(k / 12)),
            ),
            principal: p,
            interest: i,
            total: p + i,
            balanceAfter: balance,
          };
        }),
      };
    });
  const arbShares = fc.array(
    fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 1_000_000 })),
    {
      minLength: 1,
      maxLength: 15,
    },
  );

  it('parts sum exactly to the group schedule, none is negative, member totals are allocateRupiah shares', () => {
    fc.assert(
      fc.property(arbSchedule, arbShares, (s, shares) => {
        const split = splitGroupLoan(
          s,
          shares.map((share, i) => ({ memberId: `m${i}`, share })),
        );
        s.instalments.forEach((inst, k) => {
          let p = 0;
          let it = 0;
          for (const m of split.members) {
            const mine = m.schedule.instalments[k];
            expect(mine?.principal).toBeGreaterThanOrEqual(0);
            expect(mine?.interest).toBeGreaterThanOrEqual(0);
            expect(mine?.dueOn).toBe(inst.dueOn);
            p += mine?.principal ?? 0;
            it += mine?.interest ?? 0;
          }
          expect(p).toBe(inst.principal);
          expect(it).toBe(inst.interest);
        });
        const totalP = s.instalments.reduce((a, i) => a + i.principal, 0);
        const totalI = s.instalments.reduce((a, i) => a + i.interest, 0);
        expect(split.members.map((m) => m.schedule.totals.principal)).toEqual(
          allocateRupiah(totalP, shares),
        );
        expect(split.members.map((m) => m.schedule.totals.interest)).toEqual(
          allocateRupiah(totalI, shares),
        );
        for (const m of split.members) expect(m.schedule.instalments.at(-1)?.balanceAfter).toBe(0);
      }),
    );
  });
});
