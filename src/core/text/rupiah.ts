import type * as z from 'zod';
import {
  type NumberLocale,
  readNumberText,
  skipBlank,
  skipCurrency,
} from '../../_internal/number-text.js';
import { textSchema } from '../../_internal/text-schema.js';
import { unreadableAs } from '../../_internal/guard.js';
import { checkNestedOptionKeys, checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { openCell } from './cell.js';
import type { MessageOptions, SafeParseResult } from '../issues.js';
import { type Rupiah, type RoundRupiahOptions, roundRupiah } from '../rupiah.js';
import { RUPIAH_TEXT, TEXT_SCHEMA_OPTIONS } from '../../_internal/contexts.js';

export type { NumberLocale } from '../../_internal/number-text.js';

/**
 * Options of {@link parseRupiahText} and {@link createRupiahTextSchema}.
 *
 * @category Text
 */
export interface RupiahTextOptions extends MessageOptions {
  /**
   * Which separators the text uses: `'id'` (default) reads `1.250.000,50`; `'en'` reads
   * `1,250,000.50`. With `'id'`, `1,250,000` is rejected as `english_number_format`.
   */
  numberLocale?: NumberLocale | undefined;
  /**
   * Round a fraction (`1.250.000,50`) with {@link roundRupiah} instead of rejecting it. When given, every
   * amount is rounded with it (`{ unit: 1000 }` rounds to the thousand).
   */
  rounding?: RoundRupiahOptions | undefined;
  /** Accept negative amounts (a balance, a correction). Default `false`: `-5.000` is `too_small`. */
  signed?: boolean | undefined;
}

const MAX_DIGITS = 16;

const RUPIAH_TEXT_KEYS = optionKeys<RupiahTextOptions>()({
  locale: true,
  messages: true,
  numberLocale: true,
  rounding: true,
  signed: true,
});
const ROUNDING_KEYS = optionKeys<RoundRupiahOptions>()({ unit: true, mode: true });

/** Rejects a misspelt key of the options or of their `rounding` (`{ rounding: { unti: 1000 } }`). */
function checkRupiahTextKeys(options: unknown, functionName: string): void {
  checkOptionKeys(options, RUPIAH_TEXT_KEYS, functionName);
  checkNestedOptionKeys(options, 'rounding', ROUNDING_KEYS, functionName);
}

/**
 * Reads a rupiah amount as field data write it: `1250000`, `1.250.000`, `Rp 1.250.000`, `Rp1.250.000,00`,
 * `IDR 1.250.000`, `Rp 1.250.000,-` (the `,-` that closes an amount on a receipt), with blanks (also
 * no-break spaces) around it. Indonesian separators by default (`.` thousands, `,` decimals; a lone
 * `.` that cannot group thousands, as in `1250000.00`, is a decimal point); `1,250,000` only with
 * `numberLocale: 'en'`. A non-zero fraction is `fraction_not_allowed` unless `rounding` is given.
 *
 * Never returns 0 for a blank cell: blank is `required`. Never throws for any input; a misspelt option key
 * (`numberLocale`, or `unit` / `mode` of `rounding`) is a `ConfigurationError` (`unknown_option`).
 *
 * @category Text
 * @example
 * parseRupiahText('Rp 1.250.000,00')
 * //=> { success: true, data: 1250000 }
 * parseRupiahText('1,250,000').issues[0].code
 * //=> 'english_number_format'
 * parseRupiahText('1.250.000,50', { rounding: { mode: 'half-up' } })
 * //=> { success: true, data: 1250001 }
 * parseRupiahText('').issues[0].code
 * //=> 'required'
 */
export function parseRupiahText(
  input: unknown,
  options: RupiahTextOptions = {},
): SafeParseResult<Rupiah> {
  checkRupiahTextKeys(options, 'parseRupiahText');
  return readRupiahText(input, options);
}

/** {@link parseRupiahText} without the option-key check (a text schema checks its keys once). */
function readRupiahText(input: unknown, options: RupiahTextOptions): SafeParseResult<Rupiah> {
  try {
    const cell = openCell(input, options);
    if (!('fail' in cell)) return cell;
    const { text, fail } = cell;
    const o = options ?? {};
    let { end } = cell;
    let i = cell.start;
    let negative = false;
    if (text.charCodeAt(i) === 45) {
      negative = true;
      i = skipBlank(text, i + 1, end);
    }
    i = skipCurrency(text, i, end);
    // `,-` closes a whole amount on Indonesian receipts (`Rp 5.000,-`).
    if (end - i > 2 && text.charCodeAt(end - 1) === 45 && text.charCodeAt(end - 2) === 44) end -= 2;
    const read = readNumberText(text, i, end, o.numberLocale === 'en' ? 'en' : 'id');
    if (typeof read === 'string') return fail(read);
    const minus = negative !== read.negative;
    const fractionIsZero = read.fraction === 0 && read.fractionDigits <= 15;
    const tooBig = () =>
      fail('too_big', { maximum: Number.MAX_SAFE_INTEGER, inclusive: true, origin: 'number' });
    if (read.wholeDigits > MAX_DIGITS || read.fractionDigits > 40) return tooBig();
    let value: number;
    if (o.rounding !== undefined) {
      const digits = read.text().replace('-', '');
      try {
        value = roundRupiah(minus ? `-${digits}` : digits, o.rounding);
      } catch {
        return tooBig();
      }
    } else {
      if (!fractionIsZero && !/^-?\d+(\.0*)?$/.test(read.text())) {
        return fail('fraction_not_allowed');
      }
      value = read.wholeDigits <= 15 ? read.whole : Number(read.text().split('.')[0]);
      if (!Number.isSafeInteger(value)) return tooBig();
      if (minus) value = -value;
    }
    value += 0; // -0 is 0
    if (value < 0 && o.signed !== true) {
      return fail('too_small', { minimum: 0, inclusive: true, origin: 'number' });
    }
    return { success: true, data: value };
  } catch (error) {
    throw unreadableAs(error, RUPIAH_TEXT);
  }
}

/**
 * A zod schema of a rupiah amount written as text (see {@link parseRupiahText}), for `z.object` and
 * the batch validators: a string in, whole rupiah out.
 *
 * @category Text
 * @throws {@link ValidationError} (`unreadable_input`) when reading `options` throws;
 * {@link ConfigurationError} (`unknown_option`) for a misspelt option key, nested ones included.
 * @example
 * createRupiahTextSchema({ numberLocale: 'en' }).parse('1,250,000')
 * //=> 1250000
 */
export function createRupiahTextSchema(
  options: RupiahTextOptions = {},
): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>> {
  let o: RupiahTextOptions;
  try {
    o = { ...(options ?? {}) };
  } catch (error) {
    throw unreadableAs(error, TEXT_SCHEMA_OPTIONS);
  }
  checkRupiahTextKeys(o, 'createRupiahTextSchema');
  return textSchema((text) => readRupiahText(text, o));
}

/**
 * A rupiah amount written as text, Indonesian separators, whole rupiah only, not negative (see
 * {@link parseRupiahText}).
 *
 * @category Text
 * @example
 * RupiahTextSchema.parse('Rp 1.250.000')
 * //=> 1250000
 */
export const RupiahTextSchema = createRupiahTextSchema();
