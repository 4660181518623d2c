import type { ContextName } from '../issue-types.js';
import { createIssue, describeType } from '../issues.js';
import { optionKeys } from '../../_internal/options.js';
import { type FormatOptions, numberFormat, readDigits, readFormatOptions } from './options.js';
import { invalidIn } from '../parse.js';
import { FORMAT_NUMBER, FORMAT_PERCENT } from '../../_internal/contexts.js';

/**
 * Options of {@link formatPercent} and {@link formatNumber}.
 *
 * @category Formatting
 */
export interface FormatNumberOptions extends FormatOptions {
  /** Exactly this many fraction digits (0..20; default 1 for percentages, 2 for numbers). */
  readonly digits?: number | undefined;
}

const NUMBER_KEYS = optionKeys<FormatNumberOptions>()({ locale: true, digits: true });

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A finite number, or a decimal string (`'0.7477'`, as the library's exact results carry them), which
 * Intl formats exactly, digit for digit.
 */
function readValue(value: unknown, context: ContextName): number | string {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.length <= 400 && DECIMAL.test(value)) {
    return value;
  }
  throw invalidIn(
    [
      typeof value === 'number'
        ? createIssue('not_finite', ['value'], { received: String(value) })
        : createIssue('invalid_type', ['value'], {
            expected: 'a finite number or a decimal string',
            received: describeType(value),
          }),
    ],
    context,
  );
}

/**
 * Formats a ratio as a percentage with a fixed number of fraction digits, from `Intl.NumberFormat`
 * (rounding half away from zero, Intl's default): 0.7476685203307686 is `74,8%` in Indonesian and
 * `74.8%` in English. A decimal string is formatted exactly (no binary rounding on the way).
 *
 * @category Formatting
 * @throws {@link ValidationError} when `ratio` is not a finite number or a decimal string, or an option
 * is invalid.
 * @example
 * formatPercent(0.7476685203307686)
 * //=> '74,8%'
 * formatPercent('0.125', { digits: 2, locale: 'en' })
 * //=> '12.50%'
 */
export function formatPercent(ratio: number | string, options: FormatNumberOptions = {}): string {
  const { tag, get } = readFormatOptions(options, FORMAT_PERCENT, NUMBER_KEYS);
  const digits = readDigits(get('digits'), 'digits', 1, FORMAT_PERCENT);
  const value = readValue(ratio, FORMAT_PERCENT);
  return numberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value as number); // Intl formats a decimal string exactly (Intl.NumberFormat v3)
}

/**
 * Formats a number (an index such as P1, a correlation, a count) with a fixed number of fraction
 * digits and the locale's separators: 1234.5 is `1.234,50` in Indonesian, `1,234.50` in English.
 *
 * @category Formatting
 * @throws {@link ValidationError} when `value` is not a finite number or a decimal string, or an option
 * is invalid.
 * @example
 * formatNumber(0.7476685203307686)
 * //=> '0,75'
 * formatNumber(1234.5, { locale: 'en' })
 * //=> '1,234.50'
 */
export function formatNumber(value: number | string, options: FormatNumberOptions = {}): string {
  const { tag, get } = readFormatOptions(options, FORMAT_NUMBER, NUMBER_KEYS);
  const digits = readDigits(get('digits'), 'digits', 2, FORMAT_NUMBER);
  const read = readValue(value, FORMAT_NUMBER);
  return numberFormat(tag, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(read as number);
}
