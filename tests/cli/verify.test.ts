// `sejahtera verify`, run as a built command. Expected verdicts worked out by hand from the rule-set
// presets in docs/kpb.md: ksm-p2kp needs 5 members or more, 3 months of savings before the first loan
// and a signed joint-liability statement, one group per person; kube-2020 needs 5-20 members aged
// 18-60 on the date, one per KK, a valid KK. Ages come from the NIK (day + 40 for women).
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

// NIKs (born 5 May 1985, a woman: day 45; born 1 January 1990, a man; born 2 February 2010, a man).
const SITI = '3304124505850001';
const BUDI = '3304120101900002';
const ANAK = '3304120202100003';

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('sejahtera verify', { timeout: 180_000 }, () => {
  it('ksm-p2kp with a groups file: group rules, a NIK in two groups, masked NIKs', () => {
    const f = folder();
    f.write(
      'groups.csv',
      'id,savingsStartDate,jointLiabilityStatement\nKSM-1,2024-01-15,ya\nKSM-2,2024-05-01,tidak\n',
    );
    const members = [
      ['KSM-1', 'a', SITI],
      ['KSM-1', 'b', BUDI],
      ['KSM-1', 'c', '3304124505850011'],
      ['KSM-1', 'd', '3304124505850012'],
      ['KSM-1', 'e', '3304124505850013'],
      ['KSM-2', 'f', SITI],
    ];
    f.write('m.csv', `groupId,id,nik\n${members.map((m) => m.join(',')).join('\n')}\n`);
    const r = f.run([
      'verify',
      'm.csv',
      '--groups',
      'groups.csv',
      '--rules',
      'ksm-p2kp',
      '--as-of',
      '2024-06-01',
      '--format',
      'jsonl',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(SITI);
    expect(r.stdout).not.toContain(BUDI);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => [x.groupId, x.level, x.row, x.memberId, x.eligible])).toEqual([
      ['KSM-1', 'group', 2, null, false],
      ['KSM-1', 'member', 2, 'a', false],
      ['KSM-1', 'member', 3, 'b', true],
      ['KSM-1', 'member', 4, 'c', true],
      ['KSM-1', 'member', 5, 'd', true],
      ['KSM-1', 'member', 6, 'e', true],
      ['KSM-2', 'group', 3, null, false],
      ['KSM-2', 'member', 7, 'f', false],
    ]);
    // KSM-1 has 5 members and 4.5 months of savings (15 January to 1 June): only Siti, proposed in
    // two groups, fails; KSM-2 has one member, one month of savings and no statement.
    expect(rows[0].reasons).toBe('');
    expect(rows[1]).toMatchObject({
      nik: '330412********01',
      age: 39,
      reasons: 'member_in_two_groups',
    });
    expect(rows[6].reasons.split(';').sort()).toEqual([
      'group_joint_liability_missing',
      'group_savings_too_short',
      'group_size_below_min',
    ]);
    expect(r.stderr).toMatch(/8 rows, 8 passed, 0 rejected, .*2 groups, 0 eligible/);
  });

  it('kube-2020 without a groups file: ages on the date, one member per KK; CSV out', () => {
    const f = folder();
    const kk = '3304120101150003';
    const rows = [
      ['G', SITI, kk, 'P'],
      ['G', BUDI, kk, 'L'], // the same KK as Siti
      ['G', ANAK, '3304120101150004', 'L'], // 14 on 2024-06-01
      ['G', '3304124505850011', '3304120101150005', 'P'],
      ['G', '3304124505850012', '3304120101150006', 'P'],
    ];
    f.write('m.csv', `groupId,nik,kk,sex\n${rows.map((x) => x.join(',')).join('\n')}\n`);
    const r = f.run([
      'verify',
      'm.csv',
      '--rules',
      'kube-2020',
      '--as-of',
      '2024-06-01',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(SITI);
    expect(r.stdout).not.toContain(kk);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('groupId,level,row,memberId,nik,eligible,age,reasons,messages,unchecked');
    const group = lines[1] as string;
    expect(group).toMatch(/^G,group,,,,false,,/);
    expect(group).toContain('group_duplicate_household');
    const child = lines[4] as string;
    expect(child).toMatch(/^G,member,4,,330412\*+03,false,14,member_age_below_min,/);
    // Without a registry the registry rules are not evaluated, and every row says so.
    expect(child).toContain('member.requireRegistry');
  });

  it('--registry: listed, desil, another active group and funding are checked (pkkpm-default, kube-2020)', () => {
    const f = folder();
    const other = '3304124505850011';
    f.write(
      'm.csv',
      `groupId,nik,kk\nG,${SITI},3304120101150003\nG,${BUDI},3304120101150004\nG,${other},3304120101150005\n`,
    );
    // Siti: desil 2, never funded. Budi: not listed. The third: desil 5, in KUBE-9, funded before.
    f.write(
      'reg.csv',
      `nik,desil,activeGroupId,previouslyFunded\n${SITI},2,,tidak\n${other},5,KUBE-9,ya\n`,
    );
    const run = (rules: string) =>
      jsonl(
        f.run([
          'verify',
          'm.csv',
          '--rules',
          rules,
          '--as-of',
          '2024-06-01',
          '--registry',
          'reg.csv',
          '--format',
          'jsonl',
          '-q',
        ]).stdout,
      ).filter((x) => x.level === 'member');
    // pkkpm-default: listed, desil at most 4, one group per person; funding is not a rule.
    const pkkpm = run('pkkpm-default');
    expect(pkkpm.map((x) => [x.eligible, x.reasons, x.unchecked])).toEqual([
      [true, '', ''],
      [false, 'member_not_in_registry', ''],
      [false, 'member_desil_above_max;member_in_other_group', ''],
    ]);
    // kube-2020: no desil rule, but never funded before.
    const kube = run('kube-2020');
    expect(kube[2].reasons.split(';').sort()).toEqual([
      'member_funded_before',
      'member_in_other_group',
    ]);
  });

  it('a registry that cannot be read stops the command (exit 2), NIKs never echoed', () => {
    const f = folder();
    f.write('m.csv', `groupId,nik\nG,${SITI}\n`);
    const args = ['verify', 'm.csv', '--rules', 'kube-2020', '--as-of', '2024-06-01', '--registry'];
    f.write('bad.csv', `nik,desil\n${SITI},11\n`);
    const bad = f.run([...args, 'bad.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--registry: bad\.csv row 2: desil must be a whole number from 1 to 10/,
    );
    f.write('twice.csv', `nik,desil\n${SITI},1\n${SITI},2\n`);
    const twice = f.run([...args, 'twice.csv', '--lang', 'en']);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim().split('\n')).toHaveLength(1);
    expect(twice.stderr).toContain('330412');
    expect(twice.stderr).not.toContain(SITI);
    f.write('nonik.csv', 'desil\n1\n');
    expect(f.run([...args, 'nonik.csv']).stderr).toMatch(/has no column 'nik'/);
  });

  it('unreadable rows are rejected with their file and row; verdicts are not', () => {
    const f = folder();
    f.write('m.csv', `groupId,nik\nG,${SITI}\n,${BUDI}\nG,3304129905850001\nG,\n`);
    const r = f.run([
      'verify',
      'm.csv',
      '--rules',
      'ksm-p2kp',
      '--as-of',
      '2024-06-01',
      '--rejects',
      'bad.csv',
      '--out',
      'v.json',
    ]);
    expect(r.code).toBe(1);
    const bad = f.read('bad.csv');
    expect(bad).not.toContain('3304129905850001');
    expect(
      bad
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 4)),
    ).toEqual([
      ['m.csv', '3', 'groupId', 'missing_group'],
      ['m.csv', '4', 'nik', 'nik_invalid_day'],
      ['m.csv', '5', 'nik', 'required'],
    ]);
    expect(JSON.parse(f.read('v.json'))).toHaveLength(2);
    expect(r.stderr).toMatch(/4 baris, 1 lolos, 3 ditolak/);
  });

  it('usage and configuration errors (exit 2)', () => {
    const f = folder();
    f.write('m.csv', `groupId,nik\nG,${SITI}\n`);
    const rules = f.run(['verify', 'm.csv', '--as-of', '2024-06-01', '--rules', 'pkh']);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/--rules must be one of pkkpm-default, kube-2020, ksm-p2kp/);
    const date = f.run(['verify', 'm.csv', '--rules', 'ksm-p2kp']);
    expect(date.stderr).toMatch(/needs --as-of/);
    // kube-2020 is in force from 2020-01-01.
    const early = f.run(['verify', 'm.csv', '--rules', 'kube-2020', '--as-of', '2019-06-01']);
    expect(early.code).toBe(2);
    expect(early.stderr.trim().split('\n')).toHaveLength(1);
    f.write('n.csv', `nik\n${SITI}\n`);
    const noGroup = f.run(['verify', 'n.csv', '--rules', 'ksm-p2kp', '--as-of', '2024-06-01']);
    expect(noGroup.code).toBe(2);
    expect(noGroup.stderr).toMatch(/no column 'groupId'/);
  });
});
