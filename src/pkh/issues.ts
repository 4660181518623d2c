import {
  type BilingualCatalog,
  ConfigurationError,
  type Issue,
  type Label,
  type MessageOptions,
} from '../core/index.js';
import { baseMessages } from '../core/base-messages.js';
import { buildIssue, renderBothWith } from '../core/issue-kit.js';
import { deepFreeze } from '../_internal/freeze.js';
import { ruleSetMessages } from '../_internal/rule-set-engine.js';

/**
 * Every reason and error code the PKH domain reports (its own; core codes such as `required` or
 * `invalid_type` also appear in validation issues).
 *
 * @category PKH
 */
export type PkhIssueCode =
  | 'component_limit_reached'
  | 'family_cap_reached'
  | 'commitment_met'
  | 'commitment_not_met'
  | 'commitment_nothing_due'
  | 'attended_exceeds_expected'
  | 'consequence_suspension'
  | 'consequence_cancellation'
  | 'p2k2_unknown_family'
  | 'p2k2_duplicate_family'
  | 'graduation_natural'
  | 'graduation_voluntary'
  | 'graduation_desil_above'
  | 'graduation_forced'
  | 'graduation_components_remain'
  | 'graduation_desil_within'
  | 'graduation_desil_unknown'
  | 'desil_within_program'
  | 'desil_above_program'
  | 'unknown_program'
  | 'invalid_rule_set'
  | 'unknown_rule_set'
  | 'rule_set_not_in_force'
  | 'column_not_array'
  | 'column_length_mismatch'
  | 'invalid_option';

/**
 * A reason, as data, with its message in the call's locale (`message`) and in both languages
 * (`messages`), so a dashboard can show either without a second call.
 *
 * @category PKH
 */
export interface PkhReason extends Issue<PkhIssueCode> {
  /** The message in Indonesian and English. */
  readonly messages: Label;
}

const s = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));

/** The option message every PKH function may throw. */
export const optionMessages = {
  invalid_option: {
    en: (p) => `option ${s(p.option)} must be ${s(p.expected)}`,
    id: (p) => `opsi ${s(p.option)} harus ${s(p.expectedId ?? p.expected)}`,
  },
} satisfies BilingualCatalog;
deepFreeze(optionMessages);

/** Benefit reasons (pkhBenefit, pkhBenefitColumns), with the option message. */
export const benefitMessages = {
  ...optionMessages,
  component_limit_reached: {
    en: (p) =>
      `not counted: at most ${s(p.limit)} person(s) per family count as ${s(p.componentEn)}`,
    id: (p) =>
      `tidak dihitung: komponen ${s(p.componentId)} paling banyak ${s(p.limit)} jiwa per keluarga`,
  },
  family_cap_reached: {
    en: (p) =>
      `not counted: component benefits are paid for at most ${s(p.maxPersons)} persons per family`,
    id: (p) =>
      `tidak dihitung: bantuan komponen paling banyak untuk ${s(p.maxPersons)} jiwa per keluarga`,
  },
  column_not_array: {
    en: (_p, path) => `${path.join('.')} must be an array or a typed array`,
    id: (_p, path) => `${path.join('.')} harus berupa array atau typed array`,
  },
  column_length_mismatch: {
    en: (p, path) =>
      `${path.join('.')} has ${s(p.received)} families, the columns before it ${s(p.expected)}`,
    id: (p, path) =>
      `${path.join('.')} berisi ${s(p.received)} keluarga, kolom sebelumnya ${s(p.expected)}`,
  },
} satisfies BilingualCatalog;
deepFreeze(benefitMessages);

/** Commitment verification reasons, with the option message. */
export const commitmentMessages = {
  ...optionMessages,
  commitment_met: {
    en: (p) =>
      `${s(p.commitmentEn)}: ${s(p.attended)} of ${s(p.expected)} (at least ${s(p.minPercent)}% required): met`,
    id: (p) =>
      `${s(p.commitmentId)}: ${s(p.attended)} dari ${s(p.expected)} (minimal ${s(p.minPercent)}%): terpenuhi`,
  },
  commitment_not_met: {
    en: (p) =>
      `${s(p.commitmentEn)}: ${s(p.attended)} of ${s(p.expected)}, below the required ${s(p.minPercent)}%`,
    id: (p) =>
      `${s(p.commitmentId)}: ${s(p.attended)} dari ${s(p.expected)}, di bawah batas minimal ${s(p.minPercent)}%`,
  },
  commitment_nothing_due: {
    en: (p) => `${s(p.commitmentEn)}: nothing was due in the period`,
    id: (p) => `${s(p.commitmentId)}: tidak ada kewajiban pada periode ini`,
  },
  attended_exceeds_expected: {
    en: (p) => `attended (${s(p.attended)}) must not exceed expected (${s(p.expected)})`,
    id: (p) =>
      `jumlah hadir (${s(p.attended)}) tidak boleh melebihi jumlah wajib (${s(p.expected)})`,
  },
  consequence_suspension: {
    en: (p) =>
      `non-compliant for ${s(p.consecutive)} consecutive period(s): the next payment is suspended (penangguhan)`,
    id: (p) =>
      `tidak memenuhi komitmen ${s(p.consecutive)} periode berturut-turut: bantuan tahap berikutnya ditangguhkan`,
  },
  consequence_cancellation: {
    en: (p) =>
      `non-compliant for ${s(p.consecutive)} consecutive periods (limit ${s(p.cancelAfter)}): membership is cancelled (pembatalan)`,
    id: (p) =>
      `tidak memenuhi komitmen ${s(p.consecutive)} periode berturut-turut (batas ${s(p.cancelAfter)}): kepesertaan dibatalkan`,
  },
} satisfies BilingualCatalog;
deepFreeze(commitmentMessages);

/** P2K2 attendance reasons, with the option message. */
export const p2k2Messages = {
  ...optionMessages,
  p2k2_unknown_family: {
    en: (p) => `session ${s(p.session)} lists family "${s(p.familyId)}", which is not in the group`,
    id: (p) =>
      `sesi ${s(p.session)} mencantumkan keluarga "${s(p.familyId)}" yang bukan anggota kelompok`,
  },
  p2k2_duplicate_family: {
    en: (p) => `family "${s(p.familyId)}" is listed twice in the group`,
    id: (p) => `keluarga "${s(p.familyId)}" tercantum dua kali dalam kelompok`,
  },
} satisfies BilingualCatalog;
deepFreeze(p2k2Messages);

/** Graduation reasons and rule-set errors, with the option message. */
export const graduationMessages = {
  ...optionMessages,
  ...ruleSetMessages,
  graduation_natural: {
    en: () => 'natural graduation (graduasi alamiah): no PKH component is left in the family',
    id: () => 'graduasi alamiah: tidak ada lagi komponen PKH dalam keluarga',
  },
  graduation_voluntary: {
    en: () =>
      'self-reliant graduation (graduasi sejahtera mandiri): the family signed a statement leaving the program',
    id: () =>
      'graduasi sejahtera mandiri: keluarga menandatangani surat pernyataan keluar dari program',
  },
  graduation_desil_above: {
    en: (p) =>
      `self-reliant graduation (graduasi sejahtera mandiri): desil ${s(p.desil)} is above the program's desil ${s(p.maxDesil)}`,
    id: (p) =>
      `graduasi sejahtera mandiri: desil ${s(p.desil)} di atas batas desil program ${s(p.maxDesil)}`,
  },
  graduation_forced: {
    en: (p) =>
      `forced graduation (graduasi paksa): non-compliant for ${s(p.consecutive)} consecutive periods and declared capable by the village`,
    id: (p) =>
      `graduasi paksa: tidak memenuhi komitmen ${s(p.consecutive)} periode berturut-turut dan dinyatakan mampu oleh desa/kelurahan`,
  },
  graduation_components_remain: {
    en: (p) => `stays: ${s(p.count)} PKH component(s) remain in the family`,
    id: (p) => `tetap: masih ada ${s(p.count)} komponen PKH dalam keluarga`,
  },
  graduation_desil_within: {
    en: (p) => `stays: desil ${s(p.desil)} is within the program's desil 1-${s(p.maxDesil)}`,
    id: (p) => `tetap: desil ${s(p.desil)} masih dalam desil program 1-${s(p.maxDesil)}`,
  },
  graduation_desil_unknown: {
    en: () => 'the desil is not known, so the economic criterion was not checked',
    id: () => 'desil tidak diketahui, sehingga kriteria ekonomi tidak diperiksa',
  },
} satisfies BilingualCatalog;
deepFreeze(graduationMessages);

/** DTSEN desil reasons, with the option message. */
export const dtsenMessages = {
  ...optionMessages,
  desil_within_program: {
    en: (p) => `desil ${s(p.desil)} is within desil 1-${s(p.maxDesil)} served by ${s(p.programEn)}`,
    id: (p) => `desil ${s(p.desil)} termasuk desil 1-${s(p.maxDesil)} sasaran ${s(p.programId)}`,
  },
  desil_above_program: {
    en: (p) => `desil ${s(p.desil)} is above desil 1-${s(p.maxDesil)} served by ${s(p.programEn)}`,
    id: (p) => `desil ${s(p.desil)} di atas desil 1-${s(p.maxDesil)} sasaran ${s(p.programId)}`,
  },
  unknown_program: {
    en: (p) => `unknown program "${s(p.program)}"; known: ${s(p.known)}`,
    id: (p) => `program "${s(p.program)}" tidak dikenal; yang ada: ${s(p.known)}`,
  },
} satisfies BilingualCatalog;
deepFreeze(dtsenMessages);

/**
 * English and Indonesian messages for every {@link PkhIssueCode}. Override any of them per call with
 * the `messages` option. (Each function renders from the part it needs, so a bundle of one function
 * carries only its own messages.)
 *
 * @category PKH
 * @example
 * pkhMessages.family_cap_reached.id({ maxPersons: 4 }, [])
 * //=> 'tidak dihitung: bantuan komponen paling banyak untuk 4 jiwa per keluarga'
 */
export const pkhMessages: BilingualCatalog<PkhIssueCode> = {
  ...benefitMessages,
  ...commitmentMessages,
  ...p2k2Messages,
  ...graduationMessages,
  ...dtsenMessages,
};

/** The PKH reasons and errors of one part of the domain, over the core issue kit. */
export interface PkhKit {
  /** The part's messages (its own codes and `invalid_option`). */
  readonly catalog: BilingualCatalog;
  /**
   * A reason: the core issue (path and params redacted, the message in the call's locale, a per-call
   * override first) with its message in both languages.
   */
  reason(
    code: PkhIssueCode,
    path: readonly (string | number)[],
    params: Readonly<Record<string, unknown>>,
    options: MessageOptions | undefined,
  ): PkhReason;
  /** A ConfigurationError with its messages in both languages. */
  configurationError(
    code: PkhIssueCode,
    params: Readonly<Record<string, unknown>>,
  ): ConfigurationError;
}

/** The kit of a part of the domain, instantiated with that part's message catalogue. */
export function pkhKit(catalog: BilingualCatalog): PkhKit {
  return {
    catalog,
    reason(code, path, params, options) {
      const issue = buildIssue(code, path, params, options, catalog, baseMessages);
      return { ...issue, messages: renderBothWith(issue, catalog, baseMessages) };
    },
    configurationError(code, params) {
      const both = renderBothWith({ code, path: [], params }, catalog, baseMessages);
      return new ConfigurationError(code, both, { ...params });
    },
  };
}

/**
 * The `expected` of an `invalid_option`, in both languages: `expected` (English) stays the param a
 * program reads, `expectedId` feeds the Indonesian message.
 */
export function expects(en: string, id: string): { expected: string; expectedId: string } {
  return { expected: en, expectedId: id };
}

const optionKit = /* @__PURE__ */ pkhKit(optionMessages);

/**
 * The one guard of a PKH function's object argument: throws the ConfigurationError `invalid_option`
 * naming `option` when `value` is not an object (`null` included); `en` / `id` say what it must be.
 */
export function requireObject(
  value: unknown,
  option: string,
  en: string,
  id: string,
): asserts value is object {
  if (value === null || typeof value !== 'object') {
    throw optionKit.configurationError('invalid_option', { option, ...expects(en, id) });
  }
}

// Reads `locale` and `messages` from a caller's options without ever throwing: the library's one
// reader, re-exported for the PKH functions.
export { readMessageOptions } from '../_internal/message-options.js';

deepFreeze(pkhMessages);
