import type { Label } from '../core/labels.js';
import type { KpbIssueCode } from './issues.js';
import { deepFreeze } from '../_internal/freeze.js';

/**
 * The codes {@link verifyMember} and {@link verifyGroup} list in `reasons` (the `member_*` and
 * `group_*` codes of {@link KpbIssueCode}).
 *
 * @category KPB
 */
export type KpbReasonCode = Extract<KpbIssueCode, `member_${string}` | `group_${string}`>;

/**
 * A short Indonesian and English name of every {@link KpbReasonCode}, for a chart or a table column
 * (the full sentence with the facts is each reason's `message`): `labelOf(KPB_REASON_LABELS, code)`.
 *
 * @category KPB
 * @example
 * KPB_REASON_LABELS.group_size_below_min.id
 * //=> 'Anggota kelompok terlalu sedikit'
 */
export const KPB_REASON_LABELS = {
  member_nik_invalid: { id: 'NIK tidak valid', en: 'Invalid NIK' },
  member_kk_missing: { id: 'Nomor KK tidak ada', en: 'KK number missing' },
  member_kk_invalid: { id: 'Nomor KK tidak valid', en: 'Invalid KK number' },
  member_age_unknown: { id: 'Umur tidak diketahui', en: 'Age unknown' },
  member_age_below_min: { id: 'Umur di bawah batas', en: 'Below the minimum age' },
  member_age_above_max: { id: 'Umur di atas batas', en: 'Above the maximum age' },
  member_not_in_registry: { id: 'Tidak ada di data terpadu', en: 'Not in the registry' },
  member_desil_unknown: { id: 'Desil tidak diketahui', en: 'Decile unknown' },
  member_desil_above_max: { id: 'Desil di atas batas', en: 'Decile above the limit' },
  member_birth_date_mismatch: {
    id: 'Tanggal lahir tidak cocok dengan NIK',
    en: 'Birth date does not match the NIK',
  },
  member_sex_mismatch: {
    id: 'Jenis kelamin tidak cocok dengan NIK',
    en: 'Sex does not match the NIK',
  },
  member_in_other_group: { id: 'Anggota kelompok aktif lain', en: 'In another active group' },
  member_funded_before: { id: 'Pernah menerima bantuan', en: 'Funded before' },
  member_in_two_groups: { id: 'Terdaftar di dua kelompok', en: 'Listed in two groups' },
  group_size_below_min: { id: 'Anggota kelompok terlalu sedikit', en: 'Too few members' },
  group_size_above_max: { id: 'Anggota kelompok terlalu banyak', en: 'Too many members' },
  group_duplicate_member: { id: 'Anggota ganda', en: 'Duplicate member' },
  group_duplicate_household: {
    id: 'Lebih dari satu anggota per KK',
    en: 'More than one member per household',
  },
  group_village_unknown: { id: 'Desa/kelurahan tidak diketahui', en: 'Village unknown' },
  group_member_other_village: {
    id: 'Anggota dari desa/kelurahan lain',
    en: 'Member from another village',
  },
  group_women_share_below_min: {
    id: 'Porsi perempuan di bawah batas',
    en: "Women's share below the minimum",
  },
  group_savings_missing: { id: 'Tabungan kelompok tidak ada', en: 'Group savings missing' },
  group_savings_too_short: { id: 'Menabung belum cukup lama', en: 'Saving for too short a time' },
  group_too_many_leaders: { id: 'Ketua terlalu banyak', en: 'Too many leaders' },
  group_joint_liability_missing: {
    id: 'Tanggung renteng tidak ada',
    en: 'No joint liability',
  },
} as const satisfies Record<KpbReasonCode, Label>;

deepFreeze(KPB_REASON_LABELS);
