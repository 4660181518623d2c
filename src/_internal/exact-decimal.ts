// The exact value of a number, a decimal string or a Decimal as a fraction of BigInts, without
// decimal.js: `roundRupiah` on numbers and decimal strings then carries no decimal.js into a user's
// bundle. It reads what `toDec` + `decToFraction` (decimal.ts) read (a property test holds them
// equal): a number by the decimal JavaScript prints for it, a decimal string of at most 80
// characters (exponent up to 4 digits), a finite Decimal (of any decimal.js copy) by its exact value.

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,4})?$/;

/** A decimal text (already checked) as numerator / denominator, the denominator a power of ten. */
function fractionOf(text: string): { numerator: bigint; denominator: bigint } {
  const m = DECIMAL_TEXT.exec(text) as RegExpExecArray;
  const whole = m[2] ?? '';
  const part = m[3] ?? '';
  const scale = part.length - Number(m[4] ?? '0');
  let numerator = BigInt(`${whole}${part}` || '0');
  if (m[1] === '-') numerator = -numerator;
  if (scale >= 0) return { numerator, denominator: 10n ** BigInt(scale) };
  return { numerator: numerator * 10n ** BigInt(-scale), denominator: 1n };
}

/** decimal.js marks its instances (of every copy and clone) with this tag. */
const isDecimalLike = (value: unknown): value is { isFinite(): boolean; toFixed(): string } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';

/** The exact value as a fraction, or undefined when the value is not a finite decimal. */
export function exactFraction(
  value: unknown,
): { numerator: bigint; denominator: bigint } | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? fractionOf(String(value)) : undefined;
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s.length === 0 || s.length > 80 || !DECIMAL_STRING.test(s)) return undefined;
    return fractionOf(s);
  }
  if (isDecimalLike(value)) {
    return value.isFinite() ? fractionOf(value.toFixed()) : undefined;
  }
  return undefined;
}
