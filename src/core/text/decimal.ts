import type * as z from 'zod';
import { type NumberLocale, readDecimalCell } from '../../_internal/number-text.js';
import { textSchema } from '../../_internal/text-schema.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { createIssue, describeType, type MessageOptions, type SafeParseResult } from '../issues.js';
import { unreadableAs } from '../../_internal/guard.js';
import { DECIMAL_TEXT, PERCENT_TEXT, TEXT_SCHEMA_OPTIONS } from '../../_internal/contexts.js';

/**
 * Options of {@link parseDecimalText}, {@link parsePercentText} and {@link createDecimalTextSchema}.
 *
 * @category Text
 */
export interface DecimalTextOptions extends MessageOptions {
  /**
   * Which separators the text uses: `'id'` (default) reads `1.250,5` and `1,5`; `'en'` reads
   * `1,250.5` and `1.5`. With `'id'` a lone `.` that cannot group thousands (`1.5`) is a decimal
   * point, and `1.500` is one thousand five hundred.
   */
  numberLocale?: NumberLocale | undefined;
  /** Accept negative numbers. Default `false`: `-1,5` is `too_small`. */
  signed?: boolean | undefined;
  /** Accept a currency prefix `Rp`, `Rp.` or `IDR` and a closing `,-` (an amount that may have a fraction). */
  currency?: boolean | undefined;
}

const DECIMAL_TEXT_KEYS = optionKeys<DecimalTextOptions>()({
  locale: true,
  messages: true,
  numberLocale: true,
  signed: true,
  currency: true,
});
const DECIMAL_SCHEMA_KEYS = optionKeys<DecimalTextOptions & { percent?: boolean | undefined }>()({
  locale: true,
  messages: true,
  numberLocale: true,
  signed: true,
  currency: true,
  percent: true,
});

const TOO_SMALL = { minimum: 0, inclusive: true, origin: 'number' } as const;

function read(
  text: unknown,
  options: DecimalTextOptions,
  percent: boolean,
): SafeParseResult<number> {
  const o = options ?? {};
  const r = readDecimalCell(
    text,
    o.numberLocale === 'en' ? 'en' : 'id',
    o.signed === true,
    percent,
    o.currency === true,
  );
  if (typeof r === 'number') return { success: true, data: r };
  const params =
    r === 'too_small'
      ? TOO_SMALL
      : r === 'invalid_type'
        ? { expected: 'string', received: describeType(text) }
        : {};
  return { success: false, issues: [createIssue(r, [], params, o)] };
}

/**
 * Reads a decimal number as field data write it: `1,5` and `1.5` (both 1.5), `1.250,75`, `0,25`, with
 * blanks around it. Indonesian separators by default; the ambiguous `1.500` is read the Indonesian
 * way, as 1500 (a `.` followed by exactly three digits groups thousands); write `1,5` or `1.50` for
 * one and a half, or read with `numberLocale: 'en'`. Blank is `required`, never 0. Never throws for any input; a misspelt
 * option key is a `ConfigurationError` (`unknown_option`).
 *
 * @category Text
 * @example
 * parseDecimalText('1,5')
 * //=> { success: true, data: 1.5 }
 * parseDecimalText('1.500')
 * //=> { success: true, data: 1500 }
 * parseDecimalText('1.500', { numberLocale: 'en' })
 * //=> { success: true, data: 1.5 }
 */
export function parseDecimalText(
  text: unknown,
  options: DecimalTextOptions = {},
): SafeParseResult<number> {
  checkOptionKeys(options, DECIMAL_TEXT_KEYS, 'parseDecimalText');
  try {
    return read(text, options, false);
  } catch (error) {
    throw unreadableAs(error, DECIMAL_TEXT);
  }
}

/**
 * Reads a percentage as field data write it: `1,5%`, `1,5 %`, `1.5`, `18` (the `%` sign is optional),
 * giving the number of percent (`'1,5%'` gives 1.5, not 0.015). Separators as {@link parseDecimalText}.
 *
 * @category Text
 * @example
 * parsePercentText('1,5%')
 * //=> { success: true, data: 1.5 }
 */
export function parsePercentText(
  text: unknown,
  options: DecimalTextOptions = {},
): SafeParseResult<number> {
  checkOptionKeys(options, DECIMAL_TEXT_KEYS, 'parsePercentText');
  try {
    return read(text, options, true);
  } catch (error) {
    throw unreadableAs(error, PERCENT_TEXT);
  }
}

/**
 * A zod schema of a decimal number written as text (see {@link parseDecimalText}); with
 * `percent: true`, of a percentage (see {@link parsePercentText}).
 *
 * @category Text
 * @throws {@link ValidationError} (`unreadable_input`) when reading `options` throws;
 * {@link ConfigurationError} (`unknown_option`) for a misspelt option key.
 * @example
 * createDecimalTextSchema({ numberLocale: 'en' }).parse('1,250.5')
 * //=> 1250.5
 */
export function createDecimalTextSchema(
  options: DecimalTextOptions & { percent?: boolean | undefined } = {},
): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>> {
  let o: DecimalTextOptions & { percent?: boolean | undefined };
  try {
    o = { ...(options ?? {}) };
  } catch (error) {
    throw unreadableAs(error, TEXT_SCHEMA_OPTIONS);
  }
  checkOptionKeys(o, DECIMAL_SCHEMA_KEYS, 'createDecimalTextSchema');
  const percent = o.percent === true;
  return textSchema((text) => {
    try {
      return read(text, o, percent);
    } catch (error) {
      throw unreadableAs(error, percent ? PERCENT_TEXT : DECIMAL_TEXT);
    }
  });
}

/**
 * A non-negative decimal number written as text, Indonesian separators (see {@link parseDecimalText}).
 *
 * @category Text
 * @example
 * DecimalTextSchema.parse('450.000,5')
 * //=> 450000.5
 */
export const DecimalTextSchema = createDecimalTextSchema();

/**
 * A non-negative percentage written as text, `%` optional (see {@link parsePercentText}).
 *
 * @category Text
 * @example
 * PercentTextSchema.parse('1,5%')
 * //=> 1.5
 */
export const PercentTextSchema = createDecimalTextSchema({ percent: true });
