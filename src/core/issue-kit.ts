import type { Locale } from './labels.js';
import type { BilingualCatalog, Issue, MessageMap, MessageTemplate } from './issues.js';
import { ValidationError } from './errors.js';
import { redactIdentifiers, redactPath, redactValue } from './mask.js';
import { unreadableInput } from '../_internal/guard.js';
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
    throw unreadableInput(error, 'issue');
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
    throw unreadableInput(error, 'issue');
  }
}

/** {@link validationError} with an explicit fallback catalogue (no option keys to check). */
export function buildValidationError(
  issues: readonly Issue[],
  context: string,
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
      typeof context === 'string' ? context : 'input',
      both,
      locale ?? 'en',
    );
  } catch (error) {
    throw unreadableInput(error, 'issues');
  }
}
