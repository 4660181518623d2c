import type { Locale } from './labels.js';
import type {
  BilingualCatalog,
  ContextName,
  Issue,
  MessageMap,
  MessageTemplate,
} from './issue-types.js';
import { ConfigurationError, SejahteraError, ValidationError } from './errors.js';
import { redactIdentifiers, redactPath, redactValue } from './mask.js';
import { unreadableAs } from '../_internal/guard.js';
import { INPUT, ISSUE, ISSUES } from '../_internal/contexts.js';
import { printedNumbers } from '../_internal/printed-numbers.js';
import { schemaMessageOf } from '../_internal/schema-messages.js';

// The core's issue kit with its fallback catalogue as a parameter. `createIssue`, `renderBoth` and
// `validationError` (issues.ts) are this kit over the full core catalogue; an error path that reports
// only its own codes plus the base ones (base-messages.ts) uses it over those, so a user's bundle of
// that function does not carry every core message. Same rendering, redaction and error either way.

type Entry = { en: MessageTemplate; id: MessageTemplate };

/** Renders one message: the call's override first, then `catalog`, then `fallback`, then `custom`. */
export function render(
  catalog: BilingualCatalog,
  fallback: BilingualCatalog,
  code: string,
  params: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
  locale: Locale,
  overrides: MessageMap | undefined,
): string {
  const safeParams = typeof params === 'object' && params !== null ? params : {};
  const safePath = Array.isArray(path) ? path : [];
  const own = (map: unknown, key: string): unknown =>
    typeof map === 'object' && map !== null && Object.hasOwn(map, key)
      ? (map as Record<string, unknown>)[key]
      : undefined;
  const keep = printedNumbers(safeParams);
  try {
    const override = own(overrides, code);
    if (typeof override === 'function') {
      const text = (override as MessageTemplate)(safeParams, safePath);
      if (typeof text === 'string') return redactIdentifiers(text, keep);
    }
  } catch {
    // A caller's template that throws falls back to the built-in message.
  }
  const custom = fallback.custom as Entry;
  // A code the call's catalogue and the fallback do not know may be one a library schema raises inside
  // a caller's schema (NikSchema's `nik_invalid_day`): worded from the registered domain messages.
  const entry = (own(catalog, code) ??
    own(fallback, code) ??
    schemaMessageOf(code) ??
    custom) as Entry;
  try {
    return redactIdentifiers(entry[locale === 'id' ? 'id' : 'en'](safeParams, safePath), keep);
  } catch {
    return redactIdentifiers(custom[locale === 'id' ? 'id' : 'en']({}, safePath));
  }
}

/** {@link createIssue} with an explicit fallback catalogue (which must hold `custom`). */
export function buildIssue<Code extends string>(
  code: Code,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  options: { locale?: Locale | undefined; messages?: MessageMap | undefined } | undefined,
  catalog: BilingualCatalog,
  fallback: BilingualCatalog,
): Issue<Code> {
  try {
    const safePath = redactPath(path);
    const safeParams = redactValue(params);
    return {
      code: (typeof code === 'string' ? redactIdentifiers(code) : code) as Code,
      path: safePath,
      params: safeParams,
      message: render(
        catalog,
        fallback,
        typeof code === 'string' ? code : 'custom',
        safeParams,
        safePath,
        options?.locale ?? 'en',
        options?.messages,
      ),
    };
  } catch (error) {
    throw unreadableAs(error, ISSUE);
  }
}

/** {@link renderBoth} with an explicit fallback catalogue. */
export function renderBothWith(
  issue: Pick<Issue, 'code' | 'path' | 'params'>,
  catalog: BilingualCatalog,
  fallback: BilingualCatalog,
): { en: string; id: string } {
  try {
    const { code, params, path } =
      typeof issue === 'object' && issue !== null
        ? issue
        : { code: 'custom', params: {}, path: [] as (string | number)[] };
    const safeCode = typeof code === 'string' ? code : 'custom';
    return {
      en: render(catalog, fallback, safeCode, params, path, 'en', undefined),
      id: render(catalog, fallback, safeCode, params, path, 'id', undefined),
    };
  } catch (error) {
    throw unreadableAs(error, ISSUE);
  }
}

/**
 * {@link validationError} with an explicit fallback catalogue (no option keys to check). A context
 * given as a string is printed as given in both languages (no table of names here).
 */
export function buildValidationError(
  issues: readonly Issue[],
  context: string | ContextName,
  catalog: BilingualCatalog,
  fallback: BilingualCatalog,
  locale: Locale | undefined,
): ValidationError {
  try {
    const list = Array.isArray(issues)
      ? issues.filter(
          (i): i is Issue =>
            typeof i === 'object' &&
            i !== null &&
            typeof i.code === 'string' &&
            Array.isArray(i.path),
        )
      : [];
    const first = list[0];
    const both =
      first === undefined
        ? { en: 'invalid input', id: 'masukan tidak valid' }
        : renderBothWith(first, catalog, fallback);
    return new ValidationError(
      list,
      typeof context === 'string' || (typeof context === 'object' && context !== null)
        ? context
        : INPUT,
      both,
      locale ?? 'en',
    );
  } catch (error) {
    throw unreadableAs(error, ISSUES);
  }
}

/**
 * The issue kit a domain instantiates with its message catalogue (issue 10: one kit, not one per
 * domain): the issue builder, the two error throwers and the guard, all rendering from `catalog` and
 * redacting as the core does. `contexts` names the domain's error contexts in Indonesian
 * (English -> Indonesian), a small map of the domain's own: a context given as a string is named from
 * it (or printed as given), so a domain's bundle carries only its own names.
 */
export interface IssueKit<Code extends string> {
  /** An issue rendered from the catalogue (English unless `options.locale` is `'id'`). */
  issue(
    code: Code,
    path: readonly (string | number)[],
    params?: Readonly<Record<string, unknown>>,
    options?: { locale?: Locale | undefined; messages?: MessageMap | undefined },
  ): Issue<Code>;
  /** Throws a ValidationError carrying `issues`, its first message in both languages. */
  invalid(issues: readonly Issue[], context: string | ContextName): never;
  /** A ConfigurationError whose message (both languages) comes from the catalogue. */
  configurationError(
    code: Code,
    params?: Record<string, unknown>,
    path?: readonly (string | number)[],
  ): ConfigurationError;
  /**
   * Runs `fn`; anything it throws that is not a SejahteraError (a getter or Proxy trap that throws, a
   * bug reached by hostile input) becomes the ValidationError `unreadable_input`.
   */
  guarded<T>(context: string | ContextName, fn: () => T): T;
}

/** Builds a domain's {@link IssueKit} over its catalogue (which holds `custom` or falls back to `fallback`). */
export function issueKit<Code extends string>(
  catalog: BilingualCatalog<Code>,
  fallback: BilingualCatalog,
  contexts: Readonly<Record<string, string>> = {},
): IssueKit<Code> {
  const named = (context: string | ContextName): ContextName => {
    if (typeof context === 'object' && context !== null) return context;
    const en = String(context);
    return { en, id: Object.hasOwn(contexts, en) ? (contexts[en] as string) : en };
  };
  const invalid = (issues: readonly Issue[], context: string | ContextName): never => {
    throw buildValidationError(issues, named(context), catalog, fallback, undefined);
  };
  return {
    issue: (code, path, params = {}, options = {}) =>
      buildIssue(code, path, params, options, catalog, fallback),
    invalid,
    configurationError(code, params = {}, path = []) {
      const both = renderBothWith({ code, params, path }, catalog, fallback);
      return new ConfigurationError(code, both, params);
    },
    guarded(context, fn) {
      try {
        return fn();
      } catch (error) {
        if (error instanceof SejahteraError) throw error;
        return invalid(
          [buildIssue('unreadable_input', [], {}, undefined, catalog, fallback)],
          context,
        );
      }
    },
  };
}
