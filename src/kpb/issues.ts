import { deepFreeze } from '../_internal/freeze.js';
import { readMessageOptions } from '../_internal/message-options.js';
import { ruleSetMessages } from '../_internal/rule-set-engine.js';
import { baseMessages } from '../core/base-messages.js';
import { buildIssue } from '../core/issue-kit.js';
import {
  type BilingualCatalog,
  type Issue,
  type MessageOptions,
  maskIdentifier,
} from '../core/index.js';

/**
 * Every issue and reason code of `sejahtera/kpb`, in one union:
 * - `nik_*`: why a string is not a valid NIK ({@link parseNik});
 * - `kk_*`: why a string is not a valid KK number ({@link parseKk});
 * - `member_*`: why a person fails a member rule ({@link verifyMember});
 * - `group_*`: why a group fails a group rule ({@link verifyGroup});
 * - `rule_set_*`, `unknown_rule_set`, `invalid_rule_set`, `registry_*`: configuration mistakes,
 *   thrown as a `ConfigurationError` / `ValidationError` with that code.
 *
 * @category KPB
 */
export type KpbIssueCode =
  | 'nik_invalid_type'
  | 'nik_length'
  | 'nik_non_digit'
  | 'nik_unknown_province'
  | 'nik_zero_regency'
  | 'nik_zero_district'
  | 'nik_invalid_day'
  | 'nik_invalid_month'
  | 'nik_impossible_date'
  | 'nik_zero_serial'
  | 'nik_reference_date_invalid'
  | 'kk_invalid_type'
  | 'kk_length'
  | 'kk_non_digit'
  | 'kk_unknown_province'
  | 'kk_zero_regency'
  | 'kk_zero_district'
  | 'member_nik_invalid'
  | 'member_kk_missing'
  | 'member_kk_invalid'
  | 'member_age_unknown'
  | 'member_age_below_min'
  | 'member_age_above_max'
  | 'member_not_in_registry'
  | 'member_desil_unknown'
  | 'member_desil_above_max'
  | 'member_birth_date_mismatch'
  | 'member_sex_mismatch'
  | 'member_in_other_group'
  | 'member_funded_before'
  | 'member_in_two_groups'
  | 'group_size_below_min'
  | 'group_size_above_max'
  | 'group_duplicate_member'
  | 'group_duplicate_household'
  | 'group_village_unknown'
  | 'group_member_other_village'
  | 'group_women_share_below_min'
  | 'group_savings_missing'
  | 'group_savings_too_short'
  | 'group_too_many_leaders'
  | 'group_joint_liability_missing'
  | 'invalid_rule_set'
  | 'unknown_rule_set'
  | 'rule_set_not_in_force'
  | 'registry_invalid_entry'
  | 'registry_duplicate_nik';

/**
 * A failed rule, as data: what {@link verifyMember} and {@link verifyGroup} list in `reasons`.
 *
 * @category KPB
 */
export type KpbReason = Issue<KpbIssueCode>;

const s = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));
/** ` and 19,995 more` when a reason lists only the first few of `otherCount` other groups. */
const more = (p: Readonly<Record<string, unknown>>, and: string, others: string): string => {
  const listed = Array.isArray(p.otherGroupIds) ? p.otherGroupIds.length : 0;
  const total = typeof p.otherCount === 'number' ? p.otherCount : listed;
  return total > listed ? ` ${and} ${total - listed} ${others}` : '';
};
const who = (p: Readonly<Record<string, unknown>>): string =>
  typeof p.masked === 'string' ? ` ${p.masked}` : '';
const sexEn = (v: unknown) => (v === 'female' ? 'female' : 'male');
const sexId = (v: unknown) => (v === 'female' ? 'perempuan' : 'laki-laki');

/** The codes of the NIK and KK parsers. */
type IdentifierCode = Extract<KpbIssueCode, `nik_${string}` | `kk_${string}`>;
/** The codes of the rules and of configuration mistakes (every other code). */
type ReasonCode = Exclude<KpbIssueCode, IdentifierCode>;

// The catalogue in two parts, so that a verification, which reports only the codes of a NIK's or
// KK's issues, does not carry the parsers' messages into a browser bundle (issue 11).
const identifierMessages = deepFreeze({
  nik_invalid_type: {
    en: (p) => `NIK must be a string of 16 digits, received ${s(p.received)}`,
    id: (p) => `NIK harus berupa teks 16 angka, diterima ${s(p.received)}`,
  },
  nik_length: {
    en: (p) => `NIK${who(p)} must have 16 characters, it has ${s(p.length)}`,
    id: (p) => `NIK${who(p)} harus 16 karakter, panjangnya ${s(p.length)}`,
  },
  nik_non_digit: {
    en: (p) => `NIK${who(p)} must contain only the digits 0-9 (${s(p.count)} other character(s))`,
    id: (p) => `NIK${who(p)} hanya boleh berisi angka 0-9 (${s(p.count)} karakter lain)`,
  },
  nik_unknown_province: {
    en: (p) => `NIK${who(p)}: ${s(p.provinceCode)} is not a province code`,
    id: (p) => `NIK${who(p)}: ${s(p.provinceCode)} bukan kode provinsi`,
  },
  nik_zero_regency: {
    en: (p) => `NIK${who(p)}: the regency/city code must not be 00`,
    id: (p) => `NIK${who(p)}: kode kabupaten/kota tidak boleh 00`,
  },
  nik_zero_district: {
    en: (p) => `NIK${who(p)}: the district (kecamatan) code must not be 00`,
    id: (p) => `NIK${who(p)}: kode kecamatan tidak boleh 00`,
  },
  nik_invalid_day: {
    en: (p) => `NIK${who(p)}: day ${s(p.day)} must be 01-31 (men) or 41-71 (women)`,
    id: (p) => `NIK${who(p)}: tanggal ${s(p.day)} harus 01-31 (laki-laki) atau 41-71 (perempuan)`,
  },
  nik_invalid_month: {
    en: (p) => `NIK${who(p)}: month ${s(p.month)} must be 01-12`,
    id: (p) => `NIK${who(p)}: bulan ${s(p.month)} harus 01-12`,
  },
  nik_impossible_date: {
    en: (p) =>
      `NIK${who(p)}: the birth date ${s(p.date)} (DD-MM-YY) does not exist${p.year === undefined ? '' : ` in ${s(p.year)}`}`,
    id: (p) =>
      `NIK${who(p)}: tanggal lahir ${s(p.date)} (DD-MM-YY) tidak ada${p.year === undefined ? '' : ` pada tahun ${s(p.year)}`}`,
  },
  nik_zero_serial: {
    en: (p) => `NIK${who(p)}: the serial number must be 0001-9999, not 0000`,
    id: (p) => `NIK${who(p)}: nomor urut harus 0001-9999, bukan 0000`,
  },
  nik_reference_date_invalid: {
    en: () => 'referenceDate is required and must be a real date written YYYY-MM-DD',
    id: () => '`referenceDate` wajib diisi dengan tanggal yang ada, ditulis YYYY-MM-DD',
  },
  kk_invalid_type: {
    en: (p) => `KK number must be a string of 16 digits, received ${s(p.received)}`,
    id: (p) => `nomor KK harus berupa teks 16 angka, diterima ${s(p.received)}`,
  },
  kk_length: {
    en: (p) => `KK number${who(p)} must have 16 characters, it has ${s(p.length)}`,
    id: (p) => `nomor KK${who(p)} harus 16 karakter, panjangnya ${s(p.length)}`,
  },
  kk_non_digit: {
    en: (p) =>
      `KK number${who(p)} must contain only the digits 0-9 (${s(p.count)} other character(s))`,
    id: (p) => `nomor KK${who(p)} hanya boleh berisi angka 0-9 (${s(p.count)} karakter lain)`,
  },
  kk_unknown_province: {
    en: (p) => `KK number${who(p)}: ${s(p.provinceCode)} is not a province code`,
    id: (p) => `nomor KK${who(p)}: ${s(p.provinceCode)} bukan kode provinsi`,
  },
  kk_zero_regency: {
    en: (p) => `KK number${who(p)}: the regency/city code must not be 00`,
    id: (p) => `nomor KK${who(p)}: kode kabupaten/kota tidak boleh 00`,
  },
  kk_zero_district: {
    en: (p) => `KK number${who(p)}: the district (kecamatan) code must not be 00`,
    id: (p) => `nomor KK${who(p)}: kode kecamatan tidak boleh 00`,
  },
} satisfies BilingualCatalog<IdentifierCode>);

/** The messages of the rules and configuration mistakes: the part of {@link kpbMessages} they use. */
export const kpbReasonMessages = deepFreeze({
  member_nik_invalid: {
    en: (p) => `NIK${who(p)} is not valid (${s(p.issues)})`,
    id: (p) => `NIK${who(p)} tidak valid (${s(p.issues)})`,
  },
  member_kk_missing: {
    en: () => 'the KK number is missing',
    id: () => 'nomor KK tidak diisi',
  },
  member_kk_invalid: {
    en: (p) => `KK number${who(p)} is not valid (${s(p.issues)})`,
    id: (p) => `nomor KK${who(p)} tidak valid (${s(p.issues)})`,
  },
  member_age_unknown: {
    en: () => 'the age cannot be determined: no valid NIK and no declared birth date',
    id: () => 'umur tidak dapat ditentukan: NIK tidak valid dan tanggal lahir tidak diisi',
  },
  member_age_below_min: {
    en: (p) => `age ${s(p.age)} on ${s(p.asOf)} is below the minimum of ${s(p.minimum)}`,
    id: (p) => `umur ${s(p.age)} pada ${s(p.asOf)} di bawah batas minimal ${s(p.minimum)} tahun`,
  },
  member_age_above_max: {
    en: (p) => `age ${s(p.age)} on ${s(p.asOf)} is above the maximum of ${s(p.maximum)}`,
    id: (p) => `umur ${s(p.age)} pada ${s(p.asOf)} melebihi batas maksimal ${s(p.maximum)} tahun`,
  },
  member_not_in_registry: {
    en: () => 'not listed in the social-welfare registry',
    id: () => 'tidak terdaftar dalam data terpadu kesejahteraan sosial',
  },
  member_desil_unknown: {
    en: () => 'listed in the registry without a desil',
    id: () => 'terdaftar tanpa desil',
  },
  member_desil_above_max: {
    en: (p) => `desil ${s(p.desil)} is above the maximum of ${s(p.maximum)}`,
    id: (p) => `desil ${s(p.desil)} melebihi batas maksimal desil ${s(p.maximum)}`,
  },
  member_birth_date_mismatch: {
    en: (p) => `declared birth date ${s(p.declared)} does not match the NIK (${s(p.fromNik)})`,
    id: (p) => `tanggal lahir ${s(p.declared)} tidak sesuai dengan NIK (${s(p.fromNik)})`,
  },
  member_sex_mismatch: {
    en: (p) => `declared sex ${sexEn(p.declared)} does not match the NIK (${sexEn(p.fromNik)})`,
    id: (p) => `jenis kelamin ${sexId(p.declared)} tidak sesuai dengan NIK (${sexId(p.fromNik)})`,
  },
  member_in_other_group: {
    en: (p) => `already a member of another active group (${s(p.activeGroupId)})`,
    id: (p) => `sudah menjadi anggota kelompok aktif lain (${s(p.activeGroupId)})`,
  },
  member_funded_before: {
    en: () => 'has been funded by the program before',
    id: () => 'sudah pernah menerima bantuan program',
  },
  member_in_two_groups: {
    en: (p) =>
      `the same NIK is also proposed in group ${s(p.otherGroupIds)}${more(p, 'and', 'more')}`,
    id: (p) =>
      `NIK yang sama juga diusulkan di kelompok ${s(p.otherGroupIds)}${more(p, 'dan', 'lainnya')}`,
  },
  group_size_below_min: {
    en: (p) => `the group has ${s(p.size)} members, fewer than the minimum of ${s(p.minimum)}`,
    id: (p) => `kelompok beranggota ${s(p.size)} orang, kurang dari minimal ${s(p.minimum)}`,
  },
  group_size_above_max: {
    en: (p) => `the group has ${s(p.size)} members, more than the maximum of ${s(p.maximum)}`,
    id: (p) => `kelompok beranggota ${s(p.size)} orang, lebih dari maksimal ${s(p.maximum)}`,
  },
  group_duplicate_member: {
    en: (p) => `the same NIK is listed twice in the group (first at member ${s(p.firstIndex)})`,
    id: (p) => `NIK yang sama tercantum dua kali (pertama di anggota ${s(p.firstIndex)})`,
  },
  group_duplicate_household: {
    en: (p) => `a second member from the same household (KK) as member ${s(p.firstIndex)}`,
    id: (p) => `anggota kedua dari rumah tangga (KK) yang sama dengan anggota ${s(p.firstIndex)}`,
  },
  group_village_unknown: {
    en: () => 'the desa/kelurahan of the group is not given',
    id: () => 'desa/kelurahan kelompok tidak diisi',
  },
  group_member_other_village: {
    en: (p) => `lives in ${s(p.received)}, not in the group's desa/kelurahan ${s(p.expected)}`,
    id: (p) => `tinggal di ${s(p.received)}, bukan di desa/kelurahan kelompok ${s(p.expected)}`,
  },
  group_women_share_below_min: {
    en: (p) =>
      `${s(p.women)} of ${s(p.size)} members are women, below the minimum share of ${s(p.minimumPercent)}%`,
    id: (p) =>
      `${s(p.women)} dari ${s(p.size)} anggota perempuan, di bawah batas minimal ${s(p.minimumPercent)}%`,
  },
  group_savings_missing: {
    en: () => 'the group has not started saving (savingsStartDate is missing)',
    id: () => 'kelompok belum mulai menabung (`savingsStartDate` tidak diisi)',
  },
  group_savings_too_short: {
    en: (p) =>
      `the group saved for ${s(p.months)} whole month(s) before ${s(p.loanDate)}, fewer than ${s(p.minimum)}`,
    id: (p) =>
      `kelompok menabung ${s(p.months)} bulan penuh sebelum ${s(p.loanDate)}, kurang dari ${s(p.minimum)} bulan`,
  },
  group_too_many_leaders: {
    en: (p) => `the group has ${s(p.leaders)} leaders, at most ${s(p.maximum)} allowed`,
    id: (p) => `kelompok memiliki ${s(p.leaders)} ketua, paling banyak ${s(p.maximum)}`,
  },
  group_joint_liability_missing: {
    en: () => 'the joint-liability statement (tanggung renteng) is missing',
    id: () => 'surat pernyataan tanggung renteng belum ada',
  },
  ...ruleSetMessages,
  registry_invalid_entry: {
    en: (p) => `registry entry ${s(p.index)} is not valid: ${s(p.problem)}`,
    id: (p) => `baris data terpadu ${s(p.index)} tidak valid: ${s(p.problemId ?? p.problem)}`,
  },
  registry_duplicate_nik: {
    en: (p) =>
      `the registry lists NIK${who(p)} twice (entries ${s(p.firstIndex)} and ${s(p.index)})`,
    id: (p) =>
      `data terpadu mencantumkan NIK${who(p)} dua kali (baris ${s(p.firstIndex)} dan ${s(p.index)})`,
  },
} satisfies BilingualCatalog<ReasonCode>);

/**
 * English and Indonesian messages for every {@link KpbIssueCode}. Identity numbers appear only
 * masked (`330412********01`, see `maskIdentifier`). Override any of them per call with the
 * `messages` option.
 *
 * @category KPB
 * @example
 * kpbMessages.nik_zero_serial.id({ masked: '330412********00' }, [])
 * //=> 'NIK 330412********00: nomor urut harus 0001-9999, bukan 0000'
 */
export const kpbMessages: BilingualCatalog<KpbIssueCode> = {
  ...identifierMessages,
  ...kpbReasonMessages,
};
deepFreeze(kpbMessages);

/**
 * Builds an issue of this domain with the core issue kit (`buildIssue`) over {@link kpbMessages} (a
 * per-call override first, in the call's locale), so path, params and message are redacted as every
 * issue is.
 */
export function kpbIssue(
  code: ReasonCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  options: MessageOptions | undefined,
): KpbReason {
  return buildIssue(code, path, params, options, kpbReasonMessages, baseMessages);
}

/** {@link kpbIssue} for the codes of the NIK and KK parsers. */
export function identifierIssue(
  code: IdentifierCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  options: MessageOptions | undefined,
): KpbReason {
  return buildIssue(code, path, params, options, identifierMessages, baseMessages);
}

/** How a parser builds its issues: {@link identifierIssue}, or {@link codeOnly}. */
export type IdentifierIssueMaker = typeof identifierIssue;

/**
 * An issue with its code and no message, for a caller that keeps only the codes (`checkMember`'s
 * `member_nik_invalid` lists them): the same codes as {@link identifierIssue}, none of the messages.
 */
export const codeOnly: IdentifierIssueMaker = (code, path) => ({
  code,
  path: [...path],
  params: {},
  message: '',
});

/**
 * How many other groups a `member_in_two_groups` reason names (`otherCount` says how many there are).
 */
export const MAX_LISTED_OTHERS = 5;

/**
 * A NIK or KK that is empty or only spaces (any kind, zero-width ones too): it identifies no one, so
 * it never links two members or two groups.
 */
export function isBlankIdentifier(value: unknown): boolean {
  return typeof value === 'string' && /^[\s\u200B-\u200D\u2060\uFEFF]*$/.test(value);
}

/**
 * Masks an identifier for a message: 16-digit numbers keep their region code and last 2 digits
 * (core `maskIdentifier`); anything longer than 40 characters is cut first, so a hostile 5,000
 * character string never makes a 5,000 character message.
 */
export function maskForMessage(value: string): string {
  return value.length > 40 ? `${maskIdentifier(value.slice(0, 40))}…` : maskIdentifier(value);
}

/**
 * The failure result of a parser that never throws: the issues built with the caller's messages; if a
 * caller's template throws, the same issues with the built-in messages; if even that fails, one
 * `unreadable` issue of the given code.
 */
export function failedParse(
  build: (msg: MessageOptions | undefined) => KpbReason[],
  options: unknown,
  unreadable: 'nik_invalid_type' | 'kk_invalid_type',
): { readonly success: false; readonly issues: readonly KpbReason[] } {
  try {
    return { success: false, issues: build(readMessageOptions(options)) };
  } catch {
    // A caller's message template threw: try again with the built-in messages.
  }
  try {
    return { success: false, issues: build(undefined) };
  } catch {
    const params = { expected: 'string', received: 'unreadable' };
    return { success: false, issues: [identifierIssue(unreadable, [], params, undefined)] };
  }
}
