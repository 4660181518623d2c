import * as zm from 'zod/mini';
import { CalendarDatePublicMini } from './calendar-date-public-mini.js';
import { text } from './mini-fields.js';
import { ConfigurationError } from '../core/errors.js';
import type { BilingualCatalog } from '../core/issue-types.js';
import { renderBothWith } from '../core/issue-kit.js';
import type { ParseOptions } from '../core/parse-options.js';
import type { SafeParseResult } from '../core/issue-types.js';
import { readerMessages } from './reader-messages.js';
import { deepFreeze } from './freeze.js';
import { optionKeys } from './options.js';

// The rule-set engine the domains share (KPB member and group rules, PKH graduation): a rule set is
// data with an id, a source and the dates it applies; presets are named rule sets; a caller's rule set
// (a preset with overrides, or one written from scratch) is merged, validated by the domain's schema
// and its checks across fields, every problem reported at once in English and Indonesian, and frozen.
// Domains may not import each other, so the engine lives here and each domain instantiates it.

/** A problem of a rule set, in English and Indonesian. */
export interface RuleSetProblem {
  readonly en: string;
  readonly id: string;
}

/** What the engine needs of a rule set: its id and the dates it applies (inclusive). */
export interface DatedRuleSet {
  readonly id: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The fields every rule set has, for a domain's strict rule-set schema (zod/mini). */
export function ruleSetHeaderShape() {
  return {
    /** Stable identifier (`'kube-2020'`, `'pkh-default'`). */
    id: text(1, 200),
    /** Human-readable name. */
    title: text(0, 500),
    /** Where the rules come from (guideline, regulation, report). */
    source: text(1, 4000),
    /** Paths of thresholds that are not confirmed by a primary source (`'group.minSize'`). */
    unconfirmed: zm.array(text(0, 200)).check(zm.maxLength(100)),
    /** First date on which the rule set applies. */
    validFrom: CalendarDatePublicMini,
    /** Last date on which it applies (inclusive), or `null` for open-ended. */
    validTo: zm.nullable(CalendarDatePublicMini),
  };
}

type HeaderKey = keyof ReturnType<typeof ruleSetHeaderShape>;
/** The name of a header field every rule set has. */
export type RuleSetHeaderKey = HeaderKey;

/**
 * The keys of the header fields, in {@link ruleSetHeaderShape}'s order: the first keys a domain's
 * overrides may hold (its sections follow), written once here (the compiler insists on every key).
 */
export const RULE_SET_HEADER_KEYS: readonly string[] = optionKeys<Record<HeaderKey, unknown>>()({
  id: true,
  title: true,
  source: true,
  unconfirmed: true,
  validFrom: true,
  validTo: true,
});

/**
 * The fields every rule set has, as a domain's rule-set schema (built with {@link ruleSetHeaderShape})
 * outputs them, read-only (an array as a read-only array): the types come from the schema, written
 * once there (issue 10).
 */
export type RuleSetHeaderOf<S extends zm.ZodMiniType> = {
  readonly [K in HeaderKey & keyof zm.output<S>]: zm.output<S>[K] extends (infer E)[]
    ? readonly E[]
    : zm.output<S>[K];
};

/** The codes of the engine's configuration errors. */
export type RuleSetErrorCode = 'invalid_rule_set' | 'unknown_rule_set' | 'rule_set_not_in_force';

const s = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));
const open = (p: Readonly<Record<string, unknown>>) =>
  p.validTo === null || p.validTo === undefined;

/** The messages of the engine's errors; each domain's catalogue includes them. */
export const ruleSetMessages = {
  invalid_rule_set: {
    en: (p) => `invalid rule set: ${s(p.problems)}`,
    id: (p) => `aturan tidak valid: ${s(p.problemsId ?? p.problems)}`,
  },
  unknown_rule_set: {
    en: (p) => `unknown rule set "${s(p.name)}"; presets: ${s(p.presets)}`,
    id: (p) => `aturan "${s(p.name)}" tidak dikenal; preset: ${s(p.presets)}`,
  },
  rule_set_not_in_force: {
    en: (p) =>
      `rule set "${s(p.ruleSetId)}" applies ${open(p) ? `from ${s(p.validFrom)} on` : `from ${s(p.validFrom)} to ${s(p.validTo)}`}, not on ${s(p.asOf)}`,
    id: (p) =>
      `aturan "${s(p.ruleSetId)}" berlaku ${open(p) ? `mulai ${s(p.validFrom)}` : `${s(p.validFrom)} s.d. ${s(p.validTo)}`}, tidak pada ${s(p.asOf)}`,
  },
} satisfies BilingualCatalog<RuleSetErrorCode>;
deepFreeze(ruleSetMessages);

/** How a domain instantiates the engine. */
export interface RuleSetEngineConfig<R extends DatedRuleSet> {
  /** The preset rule sets by name (frozen and trusted by the engine). */
  readonly presets: Readonly<Record<string, R>>;
  /** The shape of a rule set (zod or zod/mini). */
  readonly schema: zm.core.$ZodType;
  /** The domain's messages, for the codes its schema raises. */
  readonly catalog: BilingualCatalog;
  /**
   * The core messages of the core codes its schema raises: `coreMessages`, or the smaller
   * `readerMessages` for a hand reader (_internal/reader-messages.ts), which keeps the rest of the
   * core catalogue out of a bundle that does not need it (issue 11).
   */
  readonly fallback: BilingualCatalog;
  /** How the schema is read: `safeParseWith`, or `readerParse` for a hand reader (same contract). */
  readonly parse: (
    schema: zm.core.$ZodType,
    value: unknown,
    options: ParseOptions,
  ) => SafeParseResult<unknown>;
  /** The nested objects of a rule set that overrides merge field by field (`member`, `rules`). */
  readonly sections: readonly string[];
  /** The checks across fields, on whatever of them can be read (reported with the schema's). */
  readonly crossField: (candidate: Record<string, unknown>) => RuleSetProblem[];
  /** Whether a rule set may carry its own `overrides` field (KPB's `defineRuleSet` input). */
  readonly overridesField: boolean;
  /** Checks the keys of overrides (a misspelt key is the domain's `unknown_option`). */
  readonly checkOverrides: (overrides: unknown, path: string) => void;
}

/** A domain's rule-set functions. */
export interface RuleSetEngine<R extends DatedRuleSet> {
  /** Merges `overrides` into `input`, validates, and returns the rule set frozen. */
  define(input: unknown, overrides?: unknown): R;
  /** A preset by name, a rule set this engine made or a preset as it is, else `define(ruleSet)`. */
  resolve(ruleSet: unknown): R;
  /** Throws `rule_set_not_in_force` when `asOf` is outside the rule set's dates. */
  assertInForce(ruleSet: R, asOf: string): void;
}

/** A ConfigurationError of the engine, its message in English and Indonesian. */
function ruleSetError(
  code: RuleSetErrorCode,
  params: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>> = params,
): ConfigurationError {
  return new ConfigurationError(
    code,
    renderBothWith({ code, path: [], params }, ruleSetMessages, readerMessages),
    fields,
  );
}

function invalid(problems: readonly RuleSetProblem[], issues: unknown[]): ConfigurationError {
  const en = problems.map((p) => p.en);
  const id = problems.map((p) => p.id);
  const params = { problems: en, problemsId: id };
  return ruleSetError('invalid_rule_set', params, { ...params, issues });
}

/** Is `v` an object that is not an array? */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(base: unknown, overrides: unknown, sections: readonly string[]): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const o = overrides[key];
    out[key] =
      sections.includes(key) && isPlainObject(base[key]) && isPlainObject(o)
        ? { ...(base[key] as object), ...o }
        : o;
  }
  return out;
}

/** An engine's configuration and the rule sets it has validated (the presets and what it defined). */
interface EngineState<R extends DatedRuleSet> extends RuleSetEngineConfig<R> {
  readonly validated: WeakSet<object>;
}

/** Validates a merged candidate: the schema's issues and the checks across fields, every one at once. */
function validate<R extends DatedRuleSet>(state: EngineState<R>, candidate: unknown): R {
  const parsed = state.parse(state.schema, candidate, { catalog: state.catalog });
  let cross: RuleSetProblem[];
  try {
    cross = isPlainObject(candidate) ? state.crossField(candidate) : [];
  } catch {
    cross = [];
  }
  if (!parsed.success) {
    const problems = parsed.issues.map((i) => {
      const both = renderBothWith(i, state.catalog, state.fallback);
      const where = i.path.length === 0 ? undefined : i.path.join('.');
      return { en: `${where ?? 'rule set'}: ${both.en}`, id: `${where ?? 'aturan'}: ${both.id}` };
    });
    throw invalid([...problems, ...cross], [...parsed.issues]);
  }
  if (cross.length > 0) throw invalid(cross, []);
  const out = deepFreeze(parsed.data as R);
  state.validated.add(out);
  return out;
}

/** Merges the overrides (an `overrides` field, then the argument) into the input and validates. */
function define<R extends DatedRuleSet>(
  state: EngineState<R>,
  input: unknown,
  overrides: unknown,
): R {
  let candidate: unknown;
  try {
    candidate = input;
    if (state.overridesField && isPlainObject(input) && 'overrides' in input) {
      const { overrides: inner, ...rest } = input;
      state.checkOverrides(inner, 'overrides');
      candidate = merge(rest, inner, state.sections);
    }
    if (overrides !== undefined) {
      state.checkOverrides(overrides, 'overrides');
      candidate = merge(candidate, overrides, state.sections);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw invalid([{ en: 'the rule set could not be read', id: 'aturan tidak dapat dibaca' }], []);
  }
  return validate(state, candidate);
}

function resolve<R extends DatedRuleSet>(state: EngineState<R>, ruleSet: unknown): R {
  if (typeof ruleSet === 'string') {
    if (Object.hasOwn(state.presets, ruleSet)) return state.presets[ruleSet] as R;
    const params = { name: ruleSet.slice(0, 60), presets: Object.keys(state.presets) };
    throw ruleSetError('unknown_rule_set', params);
  }
  if (ruleSet !== null && typeof ruleSet === 'object' && state.validated.has(ruleSet)) {
    return ruleSet as R;
  }
  return define(state, ruleSet, undefined);
}

function assertInForce(ruleSet: DatedRuleSet, asOf: string): void {
  if (asOf < ruleSet.validFrom || (ruleSet.validTo !== null && asOf > ruleSet.validTo)) {
    const params = {
      ruleSetId: ruleSet.id,
      validFrom: ruleSet.validFrom,
      validTo: ruleSet.validTo,
      asOf,
    };
    throw ruleSetError('rule_set_not_in_force', params);
  }
}

/** The engine of one domain: its presets are frozen and trusted from here on. */
export function ruleSetEngine<R extends DatedRuleSet>(
  config: RuleSetEngineConfig<R>,
): RuleSetEngine<R> {
  const state: EngineState<R> = { ...config, validated: new WeakSet<object>() };
  for (const preset of Object.values(config.presets)) state.validated.add(deepFreeze(preset));
  return {
    define: (input, overrides) => define(state, input, overrides),
    resolve: (ruleSet) => resolve(state, ruleSet),
    assertInForce,
  };
}
