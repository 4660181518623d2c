import { SejahteraError } from '../errors.js';
import { createIssue } from '../issue-build.js';
import { describeType } from '../describe-type.js';
import type { ContextName } from '../issue-types.js';
import { invalidIn } from '../parse.js';
import type { Locale } from '../labels.js';
import { unreadableAs } from '../../_internal/guard.js';
import { memoize } from '../../_internal/memo.js';
import { checkOptionKeys } from '../../_internal/options.js';

/**
 * What every formatting function accepts. Formatting is for people reading a dashboard, so it is
 * Indonesian unless asked otherwise: `'id'` formats as `id-ID`, `'en'` as British English (`en-GB`,
 * day before month like the Indonesian forms, so "31 January 2024").
 *
 * @category Formatting
 */
export interface FormatOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
}

const LOCALE_ONLY: readonly string[] = Object.freeze(['locale']);

/** The BCP 47 tag behind each locale of the library. */
const INTL_LOCALE = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Locale, string>;

/**
 * Reads an options object of a formatting function: the Intl tag of its locale plus the own keys
 * asked for. Throws a ValidationError naming the field for anything else (unreadable input included),
 * and a ConfigurationError `unknown_option` for a key not in `known` (issue 9: misspelt options).
 */
export function readFormatOptions(
  options: unknown,
  context: ContextName,
  known: readonly string[] = LOCALE_ONLY,
): { readonly tag: string; readonly locale: Locale; readonly get: (key: string) => unknown } {
  try {
    checkOptionKeys(options, known, context.en);
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw invalidIn(
        [
          createIssue('invalid_type', ['options'], {
            expected: 'object',
            received: describeType(options),
          }),
        ],
        context,
      );
    }
    const record = (options ?? {}) as Record<string, unknown>;
    const locale = record.locale ?? 'id';
    if (locale !== 'id' && locale !== 'en') {
      throw invalidIn(
        [createIssue('invalid_value', ['locale'], { allowed: ['id', 'en'] })],
        context,
      );
    }
    return { tag: INTL_LOCALE[locale], locale, get: (key) => record[key] };
  } catch (error) {
    throw error instanceof SejahteraError ? error : unreadableAs(error, context);
  }
}

/** Reads a whole number of fraction digits in 0..20 (what Intl accepts), or the default. */
export function readDigits(
  value: unknown,
  name: string,
  fallback: number,
  context: ContextName,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 20) {
    throw invalidIn(
      [
        typeof value === 'number' && Number.isInteger(value)
          ? createIssue(value < 0 ? 'too_small' : 'too_big', [name], {
              ...(value < 0 ? { minimum: 0 } : { maximum: 20 }),
              origin: 'number',
              inclusive: true,
            })
          : createIssue('not_integer', [name], { received: describeType(value) }),
      ],
      context,
    );
  }
  return value;
}

/**
 * One Intl.NumberFormat per locale and options (building one costs far more than using it): a pure
 * memo table (_internal/memo.ts) over a pure constructor, so it never changes a result.
 */
export const numberFormat: (tag: string, options: Intl.NumberFormatOptions) => Intl.NumberFormat =
  memoize(
    (tag: string, options: Intl.NumberFormatOptions, _unused: undefined) =>
      new Intl.NumberFormat(tag, options),
    (tag, options) => `${tag}|${JSON.stringify(options)}`,
    256,
  ) as (tag: string, options: Intl.NumberFormatOptions) => Intl.NumberFormat;
