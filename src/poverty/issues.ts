import { deepFreeze } from '../_internal/freeze.js';
import { accumulatorMergeMessages } from '../core/accumulator-messages.js';
import type { ConfigurationError } from '../core/errors.js';
import { issueKit } from '../core/issue-kit.js';
import { POVERTY_CONTEXTS } from '../_internal/context-names.js';
import type { BilingualCatalog, ContextName, Issue } from '../core/issue-types.js';
import { field, fieldId, show } from '../core/base-messages.js';
import { type CoreIssueCode, coreMessages } from '../core/messages.js';

/**
 * Every issue or error code the poverty module produces on top of the core's codes. Branch on these
 * (they are stable); render them with {@link povertyMessages}.
 *
 * @category Issues
 * @example
 * const code: PovertyIssueCode = 'household_size_not_positive';
 * //=> 'household_size_not_positive'
 */
export type PovertyIssueCode =
  | CoreIssueCode
  | 'negative_expenditure'
  | 'household_size_not_positive'
  | 'household_size_not_integer'
  | 'invalid_weight'
  | 'invalid_line'
  | 'line_function_failed'
  | 'invalid_group_key'
  | 'invalid_bands'
  | 'invalid_thresholds'
  | 'unknown_preset'
  | 'unknown_version'
  | 'unknown_indicator'
  | 'conflicting_answer'
  | 'invalid_answer'
  | 'invalid_rice_price'
  | 'invalid_line_table'
  | 'invalid_accumulator'
  | 'accumulator_mismatch'
  | 'accumulator_already_merged'
  | 'unknown_province'
  | 'provincial_line_not_loaded'
  | 'invalid_option';

/** The `reason` of an `invalid_accumulator` error for a merge whose population total would overflow. */
export const OVERFLOW = 'population total overflows';

// A field as messages print it: the core's rule (`item n` / `elemen ke-n`, `value` / `nilai`).
const name = field;
const nameId = fieldId;

/**
 * English and Indonesian messages for the poverty module's own codes (core codes fall back to the
 * core catalog).
 *
 * @category Issues
 * @example
 * povertyMessages.household_size_not_positive.id({}, ['size'])
 * //=> 'size harus paling sedikit 1 orang'
 */
export const povertyMessages: BilingualCatalog<PovertyIssueCode> = {
  ...coreMessages,
  negative_expenditure: {
    en: (_p, path) => `${name(path)} must be a finite amount of zero or more rupiah`,
    id: (_p, path) => `${nameId(path)} harus jumlah rupiah terhingga, nol atau lebih`,
  },
  household_size_not_positive: {
    en: (_p, path) => `${name(path)} must be at least 1 person`,
    id: (_p, path) => `${nameId(path)} harus paling sedikit 1 orang`,
  },
  household_size_not_integer: {
    en: (_p, path) => `${name(path)} must be a whole number of persons`,
    id: (_p, path) => `${nameId(path)} harus bilangan bulat (jumlah orang)`,
  },
  invalid_weight: {
    en: (_p, path) => `${name(path)} must be a finite survey weight of zero or more`,
    id: (_p, path) => `${nameId(path)} harus bobot survei terhingga, nol atau lebih`,
  },
  invalid_line: {
    en: (_p, path) => `${name(path)} must be a positive, finite poverty line in rupiah`,
    id: (_p, path) => `${nameId(path)} harus garis kemiskinan positif dan terhingga dalam rupiah`,
  },
  line_function_failed: {
    en: () => 'the line function failed or returned something other than a positive finite number',
    id: () =>
      'fungsi garis kemiskinan gagal atau mengembalikan nilai selain bilangan positif terhingga',
  },
  invalid_group_key: {
    en: () => 'the group key must be a string or a finite number',
    id: () => 'kunci kelompok harus string atau bilangan terhingga',
  },
  invalid_bands: {
    en: (p) =>
      `bands must be positive and strictly increasing multiples of the line (${String(p.reason ?? '')})`,
    id: (p) =>
      `pita harus kelipatan garis kemiskinan yang positif dan naik tegas (${String(p.reasonId ?? p.reason ?? '')})`,
  },
  invalid_thresholds: {
    en: (p) =>
      `rice thresholds must be positive kg with palingMiskin < miskinSekali < miskin (${String(p.reason ?? '')})`,
    id: (p) =>
      `ambang beras harus kg positif dengan \`palingMiskin\` < \`miskinSekali\` < \`miskin\` (${String(p.reasonId ?? p.reason ?? '')})`,
  },
  unknown_preset: {
    en: (p) => `unknown preset; use one of ${String(p.allowed)}`,
    id: (p) => `preset tidak dikenal; gunakan salah satu dari ${String(p.allowed)}`,
  },
  unknown_version: {
    en: (p) => `unknown indicator version; use one of ${String(p.allowed)}`,
    id: (p) => `versi indikator tidak dikenal; gunakan salah satu dari ${String(p.allowed)}`,
  },
  unknown_indicator: {
    en: (_p, path) => `${name(path)} is not an indicator of this version`,
    id: (_p, path) => `${nameId(path)} bukan indikator dalam versi ini`,
  },
  conflicting_answer: {
    en: (_p, path) => `${name(path)} is answered twice (by id and by number) with different values`,
    id: (_p, path) => `${nameId(path)} dijawab dua kali (dengan id dan nomor) dengan nilai berbeda`,
  },
  invalid_answer: {
    en: (_p, path) => `${name(path)} must be true, false, null or undefined`,
    id: (_p, path) => `${nameId(path)} harus true, false, null atau undefined`,
  },
  invalid_rice_price: {
    en: (_p, path) => `${name(path)} must be a positive, finite price per kg`,
    id: (_p, path) => `${nameId(path)} harus harga per kg yang positif dan terhingga`,
  },
  invalid_line_table: {
    en: () => 'the poverty line table must hold positive, finite rupiah values',
    id: () => 'tabel garis kemiskinan harus berisi nilai rupiah positif dan terhingga',
  },
  invalid_accumulator: {
    en: (p) =>
      (p.reason === OVERFLOW
        ? 'merge refused: the population total would overflow'
        : p.rule === undefined
          ? p.pack === true
            ? "merge needs a pack from a poverty group tally's pack()"
            : 'merge needs an accumulator from createPovertyAccumulator or its snapshot()'
          : `merge rejected a ${p.pack === true ? 'pack' : 'snapshot'} that breaks its own rule: ${String(p.rule)}`) +
      (p.group === undefined ? '' : ` (group ${String(p.group)} of the pack)`),
    id: (p) =>
      (p.reason === OVERFLOW
        ? 'penggabungan (`merge`) ditolak: jumlah `population` akan melampaui batas'
        : p.rule === undefined
          ? p.pack === true
            ? 'penggabungan (`merge`) memerlukan paket dari `pack()` sebuah tally kelompok kemiskinan'
            : 'penggabungan (`merge`) memerlukan akumulator dari `createPovertyAccumulator` atau hasil `snapshot()`-nya'
          : `penggabungan (\`merge\`) menolak ${p.pack === true ? 'paket (`pack`)' : 'potret keadaan (`snapshot`)'} yang melanggar aturannya sendiri: ${String(p.ruleId ?? p.rule)}`) +
      (p.group === undefined ? '' : ` (kelompok ${String(p.group)} dalam paket)`),
  },
  ...accumulatorMergeMessages('records', 'datanya'),
  unknown_province: {
    en: (_p, path) =>
      `${name(path)} must be a two-digit Kemendagri province code (11 to 96, as parseNik returns)`,
    id: (_p, path) =>
      `${nameId(path)} harus kode provinsi Kemendagri dua digit (11 sampai 96, seperti hasil \`parseNik\`)`,
  },
  provincial_line_not_loaded: {
    en: () =>
      'a line lookup with a province needs the provincial tables: pass line: povertyLineAt({ date, area, province })',
    id: () =>
      'pencarian garis kemiskinan dengan provinsi memerlukan tabel provinsi: berikan `line: povertyLineAt({ date, area, province })`',
  },
  invalid_option: {
    en: (p, path) => `option ${name(path)} must be one of ${show(p.allowed)}`,
    id: (p, path) => `opsi \`${nameId(path)}\` harus salah satu dari ${show(p.allowed)}`,
  },
};
deepFreeze(povertyMessages);

/** The core issue kit over the poverty catalogue (issue 10: one kit, instantiated per domain). */
const kit = issueKit(povertyMessages, coreMessages, POVERTY_CONTEXTS);

/** An issue rendered with the poverty catalog. */
export function povertyIssue(
  code: PovertyIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
): Issue<PovertyIssueCode> {
  return kit.issue(code, path, params);
}

/** Throws a ValidationError carrying the given issues, with bilingual messages. */
export const invalid: (issues: readonly Issue[], context: string | ContextName) => never =
  kit.invalid;

/** A ConfigurationError whose message comes from the poverty catalog. */
export const configurationError: (
  code: PovertyIssueCode,
  params?: Record<string, unknown>,
  path?: readonly (string | number)[],
) => ConfigurationError = kit.configurationError;

/**
 * Runs `fn`; anything it throws that is not a SejahteraError (a getter that throws, a Proxy trap, a
 * bug reached by hostile input) becomes a ValidationError with code `unreadable_input`, so callers
 * only ever see the library's own errors.
 */
export const guarded: <T>(context: string | ContextName, fn: () => T) => T = kit.guarded;
