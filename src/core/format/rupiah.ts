import type { ContextName } from '../issue-types.js';
import { createIssue, describeType } from '../issues.js';
import type { Rupiah } from '../rupiah.js';
import { optionKeys } from '../../_internal/options.js';
import { type FormatOptions, numberFormat, readDigits, readFormatOptions } from './options.js';
import { invalidIn } from '../parse.js';
import { FORMAT_RUPIAH, FORMAT_RUPIAH_COMPACT } from '../../_internal/contexts.js';

/**
 * Options of {@link formatRupiah}.
 *
 * @category Formatting
 */
export interface FormatRupiahOptions extends FormatOptions {}

function readAmount(amount: unknown, context: ContextName, integer: boolean): number | bigint {
  if (typeof amount === 'bigint') return amount;
  if (
    typeof amount === 'number' &&
    (integer ? Number.isSafeInteger(amount) : Number.isFinite(amount))
  ) {
    return amount;
  }
  throw invalidIn(
    [
      typeof amount === 'number' && Number.isFinite(amount)
        ? createIssue('not_integer', ['amount'], { received: 'a fraction' })
        : createIssue(typeof amount === 'number' ? 'not_finite' : 'invalid_type', ['amount'], {
            expected: integer ? 'whole rupiah (a safe integer or a bigint)' : 'a finite number',
            received: describeType(amount),
          }),
    ],
    context,
  );
}

/**
 * Formats whole rupiah for people, with `Intl.NumberFormat` (currency IDR, no fraction digits):
 * `Rp 1.250.000` in Indonesian, `Rp 1,250,000` in English. A `bigint` is formatted exactly.
 *
 * @category Formatting
 * @throws {@link ValidationError} when `amount` is not a safe integer or a bigint, or an option is
 * invalid.
 * @example
 * formatRupiah(1250000)
 * //=> 'Rp 1.250.000' (the space is a no-break space, as Intl writes it)
 * formatRupiah(1250000, { locale: 'en' })
 * //=> 'Rp 1,250,000'
 */
export function formatRupiah(amount: Rupiah | bigint, options: FormatRupiahOptions = {}): string {
  const { tag } = readFormatOptions(options, FORMAT_RUPIAH);
  const value = readAmount(amount, FORMAT_RUPIAH, true);
  return numberFormat(tag, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * Options of {@link formatRupiahCompact}.
 *
 * @category Formatting
 */
export interface FormatRupiahCompactOptions extends FormatOptions {
  /** At most this many fraction digits (0..20, default 2): `Rp 1,25 jt`. */
  readonly maximumFractionDigits?: number | undefined;
}

const COMPACT_KEYS = optionKeys<FormatRupiahCompactOptions>()({
  locale: true,
  maximumFractionDigits: true,
});

/**
 * Formats rupiah in the short form charts need, from `Intl.NumberFormat`'s compact notation:
 * `Rp 1,25 jt` (juta), `Rp 3,4 M` (miliar) in Indonesian; `Rp 1.25m` in English. Any finite amount is
 * accepted (an axis tick may be a fraction); this form is for reading, never for sums.
 *
 * @category Formatting
 * @throws {@link ValidationError} when `amount` is not a finite number or a bigint, or an option is
 * invalid.
 * @example
 * formatRupiahCompact(1250000)
 * //=> 'Rp 1,25 jt'
 * formatRupiahCompact(1250000, { locale: 'en' })
 * //=> 'Rp 1.25m'
 */
export function formatRupiahCompact(
  amount: number | bigint,
  options: FormatRupiahCompactOptions = {},
): string {
  const { tag, get } = readFormatOptions(options, FORMAT_RUPIAH_COMPACT, COMPACT_KEYS);
  const digits = readDigits(
    get('maximumFractionDigits'),
    'maximumFractionDigits',
    2,
    FORMAT_RUPIAH_COMPACT,
  );
  const value = readAmount(amount, FORMAT_RUPIAH_COMPACT, false);
  return numberFormat(tag, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
}
