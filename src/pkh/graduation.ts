import * as zm from 'zod/mini';
import { text, whole } from '../_internal/mini-fields.js';
import {
  type CalendarDate,
  coreMessages,
  type MessageOptions,
  parseWith,
  safeParseWith,
} from '../core/index.js';
import {
  graduationMessages,
  pkhKit,
  type PkhReason,
  readMessageOptions,
  requireObject,
} from './issues.js';
import { CalendarDatePublicMini } from '../_internal/calendar-date-public-mini.js';
import { unreadableInput } from '../_internal/guard.js';
import {
  RULE_SET_HEADER_KEYS,
  type RuleSetEngine,
  type RuleSetHeaderKey,
  type RuleSetHeaderOf,
  ruleSetEngine,
  ruleSetHeaderShape,
} from '../_internal/rule-set-engine.js';
import { deepFreeze } from '../_internal/freeze.js';
import { checkNestedOptionKeys, checkOptionKeys, optionKeys } from '../_internal/options.js';

const kit = pkhKit(graduationMessages);

/**
 * The graduation (graduasi) criteria. A criterion is off when its threshold is `null` or its flag
 * `false`.
 *
 * @category PKH
 */
export interface PkhGraduationRules {
  /** Graduasi alamiah: the family graduates when no PKH component is left. */
  readonly natural: boolean;
  /** Graduasi sejahtera mandiri: the family graduates when it signs a statement leaving the program. */
  readonly voluntary: boolean;
  /** Graduasi sejahtera mandiri: the family graduates when its DTSEN desil is above this. */
  readonly maxDesil: number | null;
  /**
   * Graduasi paksa: the family graduates after this many consecutive non-compliant periods, when the
   * desa/kelurahan has also declared it capable (mampu).
   */
  readonly forcedAfter: number | null;
}

/**
 * A graduation rule set: data, not code, in the style of the KPB rule sets: its source, the
 * criteria no primary source confirms, the dates it applies, and the criteria.
 *
 * @category PKH
 */
export interface PkhGraduationRuleSet extends RuleSetHeaderOf<typeof PkhGraduationRuleSetSchema> {
  /** The criteria. */
  readonly rules: PkhGraduationRules;
}

/**
 * The shape of a graduation rule set, for validation and JSON Schema (zod/mini, composable in classic
 * zod objects).
 *
 * @category PKH
 */
export const PkhGraduationRuleSetSchema = zm.strictObject({
  ...ruleSetHeaderShape(),
  rules: zm.strictObject({
    natural: zm.boolean(),
    voluntary: zm.boolean(),
    maxDesil: zm.nullable(whole(1, 10)),
    forcedAfter: zm.nullable(whole(1, 1000)),
  }),
});

/**
 * The preset graduation rule sets.
 *
 * - `'pkh-default'`: the three kinds of graduation a PKH district coordinator describes (penasultra.id,
 *   Koordinator Kabupaten PKH Muna): graduasi mandiri (the family asks to leave), graduasi alami (no
 *   component left: children finished school, no pregnant woman, young child, elderly or disabled
 *   person) and graduasi paksa (repeated non-compliance, warnings ignored, and a village statement that
 *   the family is capable). Dinas Sosial Pandeglang (bantenekspres.co.id, Jan 2024) adds improved
 *   economic status (a better job, a successful business, assets) to graduasi sejahtera mandiri; the
 *   library reads that as a DTSEN desil above PKH's desil 1-4 (*unconfirmed* reading), and the
 *   repeated non-compliance as 3 consecutive periods (*unconfirmed* count).
 *
 * @category PKH
 * @example
 * PKH_GRADUATION_RULE_SETS['pkh-default'].rules.maxDesil //=> 4
 */
export const PKH_GRADUATION_RULE_SETS = {
  'pkh-default': {
    id: 'pkh-default',
    title: 'PKH graduation: alamiah, sejahtera mandiri, paksa',
    source:
      "penasultra.id (Koordinator Kabupaten PKH Muna): graduasi mandiri, graduasi alami (habisnya komponen), graduasi paksa (tidak komitmen, peringatan tidak diindahkan, surat keterangan desa/kelurahan bahwa KPM sudah mampu); bantenekspres.co.id (22 Jan 2024, Dinas Sosial Pandeglang): graduasi sejahtera mandiri on the family's initiative or improved economic status; Agusrini, Adib, Sarbanum (P2K2 di Kelurahan Korpri Jaya): families graduated mandiri in 2021; DTSEN: PKH serves desil 1-4",
    unconfirmed: ['rules.maxDesil', 'rules.forcedAfter'],
    validFrom: '2007-01-01',
    validTo: null,
    rules: { natural: true, voluntary: true, maxDesil: 4, forcedAfter: 3 },
  },
} as const satisfies Record<string, PkhGraduationRuleSet>;

/**
 * The name of a preset graduation rule set.
 *
 * @category PKH
 */
export type PkhGraduationPresetName = keyof typeof PKH_GRADUATION_RULE_SETS;

const GRADUATION_OVERRIDE_KEYS = [
  ...RULE_SET_HEADER_KEYS,
  ...optionKeys<Omit<PkhGraduationRuleSet, RuleSetHeaderKey>>()({ rules: true }),
];
const GRADUATION_RULE_KEYS = optionKeys<PkhGraduationRules>()({
  natural: true,
  voluntary: true,
  maxDesil: true,
  forcedAfter: true,
});

/** The rule-set engine shared with the KPB rule sets (`_internal/rule-set-engine.ts`). */
const graduationEngine: RuleSetEngine<PkhGraduationRuleSet> = ruleSetEngine<PkhGraduationRuleSet>({
  presets: PKH_GRADUATION_RULE_SETS,
  schema: PkhGraduationRuleSetSchema,
  catalog: kit.catalog,
  fallback: coreMessages,
  parse: safeParseWith,
  sections: ['rules'],
  crossField: ({ validFrom, validTo }) =>
    typeof validFrom === 'string' && typeof validTo === 'string' && validTo < validFrom
      ? [{ en: 'validFrom is after validTo', id: 'validFrom sesudah validTo' }]
      : [],
  overridesField: false,
  checkOverrides: (overrides, path) => {
    checkOptionKeys(overrides, GRADUATION_OVERRIDE_KEYS, 'defineGraduationRuleSet', path);
    checkNestedOptionKeys(
      overrides,
      'rules',
      GRADUATION_RULE_KEYS,
      'defineGraduationRuleSet',
      `${path}.rules`,
    );
  },
});

/**
 * Validates a graduation rule set (a preset with changes, or one written from scratch) and returns it
 * frozen. `overrides.rules` is merged field by field.
 *
 * @category PKH
 * @throws {@link ConfigurationError} `invalid_rule_set` when a field is missing or out of range, or
 * `validFrom` is after `validTo`; `params.problems` lists every problem.
 * @example
 * defineGraduationRuleSet(PKH_GRADUATION_RULE_SETS['pkh-default'], {
 *   id: 'pkh-no-desil', rules: { maxDesil: null },
 * }).rules.maxDesil
 * //=> null
 */
export function defineGraduationRuleSet(
  input: PkhGraduationRuleSet,
  overrides?: Partial<Omit<PkhGraduationRuleSet, 'rules'>> & {
    rules?: Partial<PkhGraduationRules>;
  },
): PkhGraduationRuleSet {
  return graduationEngine.define(input, overrides);
}

/**
 * What is known about a family when its graduation is assessed (zod/mini, composable in classic zod
 * objects).
 *
 * @category PKH
 */
export const PkhGraduationInputSchema = zm.object({
  id: zm.optional(text(0, 200)),
  /** PKH components (persons) still in the family. */
  components: whole(0, 100),
  /** DTSEN desil, when known. */
  desil: zm.optional(zm.nullable(whole(1, 10))),
  /** The family signed a statement leaving the program (surat pernyataan graduasi). */
  voluntaryStatement: zm.optional(zm.boolean()),
  /** Consecutive non-compliant periods up to now. */
  consecutiveNonCompliant: zm.optional(whole(0, 1000)),
  /** The desa/kelurahan declared the family capable (mampu). */
  declaredCapable: zm.optional(zm.boolean()),
});

/**
 * A family's graduation input, as parsed.
 *
 * @category PKH
 */
export type PkhGraduationInput = zm.output<typeof PkhGraduationInputSchema>;

/**
 * The kinds of graduation.
 *
 * @category PKH
 */
export type PkhGraduationKind = 'alamiah' | 'sejahtera_mandiri' | 'paksa';

/**
 * Options of {@link assessGraduation}.
 *
 * @category PKH
 */
export interface AssessGraduationOptions extends MessageOptions {
  /** A preset name or a rule set (default `'pkh-default'`). */
  ruleSet?: PkhGraduationRuleSet | PkhGraduationPresetName | undefined;
  /** The date of the assessment (must be within the rule set's dates). */
  asOf: CalendarDate;
}

/**
 * What {@link assessGraduation} returns.
 *
 * @category PKH
 */
export interface PkhGraduationResult {
  /** The family's id, when given. */
  readonly id?: string | undefined;
  /** Whether the family graduates. */
  readonly graduates: boolean;
  /** Every kind of graduation that applies (`[]` when it stays). */
  readonly kinds: readonly PkhGraduationKind[];
  /** The criteria met when it graduates; why it stays otherwise (both languages). */
  readonly reasons: readonly PkhReason[];
  /** The rule set used. */
  readonly ruleSet: string;
}

const ASSESS_GRADUATION_KEYS = optionKeys<AssessGraduationOptions>()({
  locale: true,
  messages: true,
  ruleSet: true,
  asOf: true,
});

/**
 * Assesses a family's graduation (graduasi) against a rule set: graduasi alamiah (no component left),
 * graduasi sejahtera mandiri (a signed statement, or a desil above `maxDesil`), graduasi paksa
 * (`forcedAfter` consecutive non-compliant periods and a village statement that the family is
 * capable). Every criterion met is a reason; when none is met, the reasons say why the family stays.
 *
 * @category PKH
 * @throws {@link ValidationError} when the input does not match {@link PkhGraduationInputSchema}.
 * @throws {@link ConfigurationError} `unknown_rule_set`, `invalid_rule_set`, or
 * `rule_set_not_in_force` when `asOf` is outside the rule set's dates.
 * @example
 * const r = assessGraduation({ components: 0, desil: 3 }, { asOf: '2025-06-01' });
 * [r.graduates, r.kinds] //=> [true, ['alamiah']]
 */
export function assessGraduation(
  family: PkhGraduationInput,
  options: AssessGraduationOptions,
): PkhGraduationResult {
  checkOptionKeys(options, ASSESS_GRADUATION_KEYS, 'assessGraduation');
  try {
    const msg = readMessageOptions(options);
    requireObject(options, 'options', 'an object with asOf', 'objek berisi asOf');
    const rs = graduationEngine.resolve(options.ruleSet ?? 'pkh-default');
    const asOf = parseWith(CalendarDatePublicMini, options.asOf, {
      context: 'asOf',
      catalog: kit.catalog,
      ...msg,
    });
    graduationEngine.assertInForce(rs, asOf);
    const f = parseWith(PkhGraduationInputSchema, family, {
      context: 'graduation input',
      catalog: kit.catalog,
      ...msg,
    });
    return evaluate(f, rs, msg);
  } catch (error) {
    throw unreadableInput(error, 'graduation');
  }
}

function evaluate(
  f: PkhGraduationInput,
  rs: PkhGraduationRuleSet,
  msg: MessageOptions,
): PkhGraduationResult {
  const r = rs.rules;
  const met: PkhReason[] = [];
  const stays: PkhReason[] = [];
  const kinds = new Set<PkhGraduationKind>();
  if (r.natural) {
    if (f.components === 0) {
      kinds.add('alamiah');
      met.push(kit.reason('graduation_natural', ['components'], {}, msg));
    } else {
      stays.push(
        kit.reason('graduation_components_remain', ['components'], { count: f.components }, msg),
      );
    }
  }
  if (r.voluntary && f.voluntaryStatement === true) {
    kinds.add('sejahtera_mandiri');
    met.push(kit.reason('graduation_voluntary', ['voluntaryStatement'], {}, msg));
  }
  if (r.maxDesil !== null) {
    if (f.desil === undefined || f.desil === null) {
      stays.push(kit.reason('graduation_desil_unknown', ['desil'], {}, msg));
    } else if (f.desil > r.maxDesil) {
      kinds.add('sejahtera_mandiri');
      met.push(
        kit.reason(
          'graduation_desil_above',
          ['desil'],
          { desil: f.desil, maxDesil: r.maxDesil },
          msg,
        ),
      );
    } else {
      stays.push(
        kit.reason(
          'graduation_desil_within',
          ['desil'],
          { desil: f.desil, maxDesil: r.maxDesil },
          msg,
        ),
      );
    }
  }
  const run = f.consecutiveNonCompliant ?? 0;
  if (r.forcedAfter !== null && run >= r.forcedAfter && f.declaredCapable === true) {
    kinds.add('paksa');
    met.push(
      kit.reason('graduation_forced', ['consecutiveNonCompliant'], { consecutive: run }, msg),
    );
  }
  const order: PkhGraduationKind[] = ['alamiah', 'sejahtera_mandiri', 'paksa'];
  const graduates = kinds.size > 0;
  return {
    ...(f.id === undefined ? {} : { id: f.id }),
    graduates,
    kinds: order.filter((k) => kinds.has(k)),
    reasons: graduates ? met : stays,
    ruleSet: rs.id,
  };
}

deepFreeze(PKH_GRADUATION_RULE_SETS);
