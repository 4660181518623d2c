import { deepFreeze } from '../../_internal/freeze.js';
import type { BilingualCatalog } from '../../core/index.js';

/**
 * Issue codes of joint-liability (tanggung renteng) groups.
 *
 * @category Groups
 */
export type GroupLoanIssueCode =
  | 'invalid_group_members'
  | 'invalid_member_id'
  | 'duplicate_member_id'
  | 'invalid_share'
  | 'unknown_member'
  | 'invalid_group_payment';

/**
 * English and Indonesian messages of every {@link GroupLoanIssueCode}. Member ids are never echoed (they
 * may be NIKs).
 *
 * @category Groups
 * @example
 * groupLoanMessages.unknown_member.id({}, [])
 * //=> 'pembayaran menyebut `memberId` yang bukan anggota kelompok'
 */
export const groupLoanMessages: BilingualCatalog<GroupLoanIssueCode> = {
  invalid_group_members: {
    en: (p) =>
      `members must be a list of 1 to 1,000 { memberId, share }, received ${String(p.received)}`,
    id: (p) =>
      `\`members\` harus daftar 1 sampai 1.000 \`{ memberId, share }\`, diterima ${String(p.received)}`,
  },
  invalid_member_id: {
    en: () => 'memberId must be a non-empty string of at most 200 characters',
    id: () => '`memberId` harus teks tidak kosong paling panjang 200 karakter',
  },
  duplicate_member_id: {
    en: () => 'this memberId appears more than once in the group',
    id: () => '`memberId` ini muncul lebih dari sekali dalam kelompok',
  },
  invalid_share: {
    en: () => 'share must be a decimal number greater than 0 (a weight: 1, 0.25, 250000)',
    id: () => '`share` harus bilangan desimal lebih dari 0 (bobot: 1, 0.25, 250000)',
  },
  unknown_member: {
    en: () => 'the payment names a memberId that is not a member of the group',
    id: () => 'pembayaran menyebut `memberId` yang bukan anggota kelompok',
  },
  invalid_group_payment: {
    en: (p) =>
      `a group payment must be { memberId, paidOn, amount }, received ${String(p.received)}`,
    id: (p) =>
      `pembayaran kelompok harus \`{ memberId, paidOn, amount }\`, diterima ${String(p.received)}`,
  },
};
deepFreeze(groupLoanMessages);
