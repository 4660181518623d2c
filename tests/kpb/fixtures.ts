// Test data built by hand, independently of the library: a NIK is the concatenation of its parts.
import type { GroupInput, MemberInput } from '../../src/kpb/index.js';

/** province(2) + regency(2) + district(2) + DD(2, +40 for women) + MM(2) + YY(2) + serial(4). */
export function nik(parts: {
  province?: string;
  regency?: string;
  district?: string;
  day: number;
  month: number;
  yy: number;
  female?: boolean;
  serial?: string;
}): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const dd = parts.female === true ? parts.day + 40 : parts.day;
  return (
    (parts.province ?? '33') +
    (parts.regency ?? '04') +
    (parts.district ?? '12') +
    two(dd) +
    two(parts.month) +
    two(parts.yy) +
    (parts.serial ?? '0001')
  );
}

/** A KK number of Kab. Banjarnegara, kec. Punggelan (33.04.12) with a distinct tail per household. */
export const kk = (household: number): string =>
  `330412010115${String(household).padStart(4, '0')}`;

/**
 * Member i of a test group: born 5 May 1985 (39 on 2024-06-01), serial i+1, own household,
 * a woman when `female`, desa '3304122001'.
 */
export function member(i: number, female = false, extra: Partial<MemberInput> = {}): MemberInput {
  return {
    nik: nik({ day: 5, month: 5, yy: 85, female, serial: String(i + 1).padStart(4, '0') }),
    kk: kk(i + 1),
    desa: '3304122001',
    ...extra,
  };
}

/** A group of `size` members, the first `women` of them women, member 0 the leader. */
export function group(size: number, women = 0, extra: Partial<GroupInput> = {}): GroupInput {
  const members = Array.from({ length: size }, (_, i) =>
    member(i, i < women, i === 0 ? { role: 'leader' } : {}),
  );
  return {
    id: 'KPB-01',
    desa: '3304122001',
    members,
    savingsStartDate: '2024-01-15',
    firstLoanDate: '2024-04-15',
    jointLiabilityStatement: true,
    ...extra,
  };
}

/** Registry listing every member of a group with desil 2. */
export const registryFor = (g: GroupInput) => g.members.map((m) => ({ nik: m.nik, desil: 2 }));
