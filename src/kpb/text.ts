import * as z from 'zod';
import {
  DateTextSchema,
  createDecimalTextSchema,
  optionalText,
  YesNoTextSchema,
} from '../core/index.js';
import { wordSchema } from '../_internal/text-words.js';
import { registerSchemaMessages } from '../_internal/schema-messages.js';
import { type KpbReason, kpbMessages } from './issues.js';
import { parseKk } from './kk.js';
import { parseNik } from './nik.js';

/**
 * Turns the failures of a NIK/KK parser into zod issues that keep the parser's own code (`nik_invalid_day`)
 * and facts, with its masked English message as the issue's message (what plain zod shows). The
 * library's parse and batch functions word these codes from {@link kpbMessages} in the call's locale,
 * registered below, so a caller's schema holding `NikSchema` needs no `catalog`.
 */
function addReasons(ctx: z.core.$RefinementCtx<string>, reasons: readonly KpbReason[]): void {
  for (const reason of reasons) {
    ctx.addIssue({
      code: 'custom',
      input: undefined,
      message: reason.message,
      params: { code: reason.code, ...reason.params },
    });
  }
}

registerSchemaMessages(
  kpbMessages,
  Object.keys(kpbMessages).filter((code) => code.startsWith('nik_') || code.startsWith('kk_')),
);

/**
 * A date far enough ahead that every two-digit year falls in 2000-2099, where a year is leap exactly
 * when it is a multiple of 4: so a NIK passes here exactly when some century makes its date real.
 */
const ANY_CENTURY = { referenceDate: '2099-12-31' } as const;

/**
 * A NIK written as text: surrounding blanks are trimmed, then every rule of {@link parseNik} applies,
 * and a failure keeps parseNik's own reason code (`nik_length`, `nik_non_digit`,
 * `nik_unknown_province`, `nik_zero_regency`, `nik_zero_district`, `nik_invalid_day`,
 * `nik_invalid_month`, `nik_impossible_date`, `nik_zero_serial`) with the NIK masked in the message.
 * A blank cell is `required`. The output is the trimmed NIK.
 *
 * Without a reference date the century of the birth date is unknown, so 29 February passes when the
 * two-digit year is a multiple of 4 (it is leap in some century); {@link parseNik} with a
 * `referenceDate` reads the birth date itself.
 *
 * @category KPB
 * @example
 * NikSchema.parse(' 3304124505850001 ')
 * //=> '3304124505850001'
 * NikSchema.safeParse('3304129905850001').error.issues[0].params.code
 * //=> 'nik_invalid_day'
 */
export const NikSchema = z.string().transform((text, ctx) => {
  const nik = text.trim();
  if (nik === '') {
    ctx.addIssue({ code: 'custom', input: undefined, params: { code: 'required' } });
    return z.NEVER;
  }
  const result = parseNik(nik, ANY_CENTURY);
  if (!result.success) {
    addReasons(ctx, result.issues);
    return z.NEVER;
  }
  return nik;
});

/**
 * A KK (family card) number written as text: trimmed, then every rule of {@link parseKk}, keeping its
 * reason codes (`kk_length`, `kk_non_digit`, `kk_unknown_province`, `kk_zero_regency`,
 * `kk_zero_district`) with the number masked. A blank cell is `required`. The output is the trimmed
 * number.
 *
 * @category KPB
 * @example
 * KkSchema.parse('3304120101150003')
 * //=> '3304120101150003'
 */
export const KkSchema = z.string().transform((text, ctx) => {
  const kk = text.trim();
  if (kk === '') {
    ctx.addIssue({ code: 'custom', input: undefined, params: { code: 'required' } });
    return z.NEVER;
  }
  const result = parseKk(kk);
  if (!result.success) {
    addReasons(ctx, result.issues);
    return z.NEVER;
  }
  return kk;
});

const text = (max: number) =>
  optionalText(
    z
      .string()
      .max(max)
      .transform((s) => s.trim()),
  );

const SEX: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['l', 'male'],
  ['lk', 'male'],
  ['laki-laki', 'male'],
  ['m', 'male'],
  ['male', 'male'],
  ['p', 'female'],
  ['pr', 'female'],
  ['perempuan', 'female'],
  ['f', 'female'],
  ['female', 'female'],
]);

const ROLE: ReadonlyMap<string, 'leader' | 'secretary' | 'treasurer' | 'member'> = new Map([
  ['leader', 'leader'],
  ['ketua', 'leader'],
  ['secretary', 'secretary'],
  ['sekretaris', 'secretary'],
  ['treasurer', 'treasurer'],
  ['bendahara', 'treasurer'],
  ['member', 'member'],
  ['anggota', 'member'],
]);

const word = wordSchema;

/**
 * A proposed member as a CSV row of strings (blank cells `''`), out as the member {@link verifyMember}
 * and {@link verifyGroup} take: `nik` ({@link NikSchema}, required), and optional `id`, `groupId` (to
 * join members to their group row), `kk` ({@link KkSchema}), `name`, `birthDate` (any form of
 * `DateTextSchema`), `sex` (`L`/`P`, `laki-laki`/`perempuan`, `male`/`female`), `desa`, `role`
 * (`ketua`/`sekretaris`/`bendahara`/`anggota` or the English words) and `previouslyFunded`
 * (`ya`/`tidak`...). A blank optional cell is absent. Other columns are dropped.
 *
 * @category KPB
 * @example
 * MemberTextSchema.parse({ nik: '3304124505850001', sex: 'P', previouslyFunded: 'tidak', kk: '' })
 * //=> { nik: '3304124505850001', sex: 'female', previouslyFunded: false }
 */
export const MemberTextSchema = z.object({
  id: text(200),
  groupId: text(200),
  nik: NikSchema,
  kk: optionalText(KkSchema),
  name: text(500),
  birthDate: optionalText(DateTextSchema),
  sex: optionalText(word(SEX, ['L', 'P'])),
  desa: text(200),
  role: optionalText(word(ROLE, ['ketua', 'sekretaris', 'bendahara', 'anggota'])),
  previouslyFunded: optionalText(YesNoTextSchema),
});

/**
 * A member read from text by {@link MemberTextSchema}.
 *
 * @category KPB
 */
export type MemberText = z.output<typeof MemberTextSchema>;

/**
 * A group as a CSV row of strings, out as the group fields {@link verifyGroup} takes, with an empty
 * `members` list to fill from the member rows that carry its `id` as `groupId`: `id` (required), and
 * optional `desa`, `savingsStartDate`, `firstLoanDate` (dates in any form of `DateTextSchema`),
 * `savingsMonths` (a whole number) and `jointLiabilityStatement` (`ya`/`tidak`...).
 *
 * @category KPB
 * @example
 * const group = GroupTextSchema.parse({ id: 'KSM-01', savingsStartDate: '15/01/2024',
 *   jointLiabilityStatement: 'ya', desa: '' });
 * //=> { id: 'KSM-01', savingsStartDate: '2024-01-15', jointLiabilityStatement: true, members: [] }
 */
export const GroupTextSchema = z
  .object({
    id: z
      .string()
      .max(200)
      .transform((s) => s.trim())
      .pipe(z.string().min(1)),
    desa: text(200),
    savingsStartDate: optionalText(DateTextSchema),
    savingsMonths: optionalText(createDecimalTextSchema().pipe(z.int().max(1200))),
    firstLoanDate: optionalText(DateTextSchema),
    jointLiabilityStatement: optionalText(YesNoTextSchema),
  })
  .transform((group) => ({ ...group, members: [] as MemberText[] }));

/**
 * A group read from text by {@link GroupTextSchema}.
 *
 * @category KPB
 */
export type GroupText = z.output<typeof GroupTextSchema>;
