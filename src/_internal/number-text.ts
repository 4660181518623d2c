/**
 * Reads a number as written in field data: digits with thousands and decimal separators. Shared by
 * the core's rupiah, decimal and percentage text parsers. No regular expressions: one pass over the
 * char codes (a batch reads millions of cells).
 */

/** Which separators a text uses: Indonesian `1.250.000,5` or English `1,250,000.5`. */
export type NumberLocale = 'id' | 'en';

/**
 * A number read exactly: its sign, and its digits as integers while they are exact (at most 15
 * significant digits each), with the text for the rare longer ones.
 */
export interface NumberText {
  readonly negative: boolean;
  /** The whole digits as a number (exact while `wholeDigits <= 15`). */
  readonly whole: number;
  /** Significant whole digits (leading zeros not counted). */
  readonly wholeDigits: number;
  /** The fraction digits as an integer (exact while `fractionDigits <= 15`). */
  readonly fraction: number;
  /** Fraction digits as written (trailing zeros counted). */
  readonly fractionDigits: number;
  /** The number as a plain decimal string (`-1250000.5`), built on demand. */
  text(): string;
}

export type NumberTextFailure = 'invalid_number' | 'english_number_format';

const DOT = 46;
const COMMA = 44;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a number read by {@link readNumberText}: the double nearest its decimal value. While
 * all digits fit in 15, `(whole x 10^k + fraction) / 10^k` divides two exact doubles, which IEEE
 * rounds correctly (the result equals `Number(text)`); longer numbers go through `Number(text)`.
 */
export function numberValue(n: NumberText): number {
  if (n.wholeDigits + n.fractionDigits <= 15) {
    const scale = POW10[n.fractionDigits] as number;
    const v = n.fractionDigits === 0 ? n.whole : (n.whole * scale + n.fraction) / scale;
    return n.negative ? -v : v;
  }
  return Number(n.text());
}

class Read implements NumberText {
  constructor(
    readonly negative: boolean,
    readonly whole: number,
    readonly wholeDigits: number,
    readonly fraction: number,
    readonly fractionDigits: number,
    private readonly s: string,
    private readonly start: number,
    private readonly pointAt: number,
    private readonly end: number,
  ) {}

  text(): string {
    let whole = '';
    const stop = this.pointAt < 0 ? this.end : this.pointAt;
    for (let i = this.start; i < stop; i++) {
      const c = this.s.charCodeAt(i);
      if (isDigit(c) && !(whole === '' && c === 48)) whole += this.s[i];
    }
    const fraction = this.pointAt < 0 ? '' : this.s.slice(this.pointAt + 1, this.end);
    return `${this.negative ? '-' : ''}${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`;
  }
}

/**
 * Reads `s[start..end)` with `group` as thousands separator and `point` as decimal separator: the
 * whole part is plain digits or grouped (1-3 digits, then groups of exactly 3); the fraction is
 * digits. `undefined` when the text does not fit.
 */
function readWith(
  s: string,
  start: number,
  end: number,
  group: number,
  point: number,
  negative: boolean,
): NumberText | undefined {
  let pointAt = -1;
  let groups = 0;
  let run = 0;
  let firstRun = -1;
  let whole = 0;
  let wholeDigits = 0;
  let fraction = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      if (pointAt < 0) {
        if (wholeDigits > 0 || c !== 48) {
          wholeDigits++;
          whole = whole * 10 + (c - 48);
        }
      } else fraction = fraction * 10 + (c - 48);
      continue;
    }
    if (c === group && pointAt < 0) {
      if (run === 0) return undefined;
      if (firstRun < 0) {
        if (run > 3) return undefined;
        firstRun = run;
      } else if (run !== 3) return undefined;
      groups++;
      run = 0;
      continue;
    }
    if (c === point && pointAt < 0) {
      if (run === 0 || (groups > 0 && run !== 3)) return undefined;
      pointAt = i;
      run = 0;
      continue;
    }
    return undefined;
  }
  if (run === 0 || (pointAt < 0 && groups > 0 && run !== 3)) return undefined;
  const fractionDigits = pointAt < 0 ? 0 : end - pointAt - 1;
  return new Read(negative, whole, wholeDigits, fraction, fractionDigits, s, start, pointAt, end);
}

/**
 * Reads a number from `s[start..end)` (no spaces inside). Indonesian (default): `.` groups thousands,
 * `,` is the decimal comma; a single `.` that cannot be a thousands separator (`1.5`, `1250000.50`) is
 * read as a decimal point, so machine-written numbers pass; `1.500` is one thousand five hundred.
 * English: `,` groups thousands, `.` is the decimal point. A leading `-` or `+` is read as the sign.
 */
export function readNumberText(
  s: string,
  start: number,
  end: number,
  locale: NumberLocale,
): NumberText | NumberTextFailure {
  let from = start;
  let negative = false;
  const first = s.charCodeAt(from);
  if (first === 45 || first === 43) {
    negative = first === 45;
    from++;
  }
  if (from >= end) return 'invalid_number';
  if (locale === 'en') return readWith(s, from, end, COMMA, DOT, negative) ?? 'invalid_number';
  const r = readWith(s, from, end, DOT, COMMA, negative);
  if (r !== undefined) return r;
  // One dot and no comma that is not a thousands separator: a decimal point (`1.5`).
  let dots = 0;
  let commas = 0;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c === COMMA) commas++;
  }
  if (dots === 1 && commas === 0) {
    const plain = readWith(s, from, end, -1, DOT, negative);
    if (plain !== undefined) return plain;
  }
  if (commas > 0 && readWith(s, from, end, COMMA, DOT, negative) !== undefined) {
    return 'english_number_format';
  }
  return 'invalid_number';
}

/** Whitespace a spreadsheet cell may carry around a value: ASCII, no-break and narrow no-break spaces. */
export function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

/** The first index at or after `from` that is not blank. */
export function skipBlank(s: string, from: number, end: number): number {
  let i = from;
  while (i < end && isBlankChar(s.charCodeAt(i))) i++;
  return i;
}

/** One past the last index before `end` that is not blank. */
export function trimEnd(s: string, from: number, end: number): number {
  let j = end;
  while (j > from && isBlankChar(s.charCodeAt(j - 1))) j--;
  return j;
}

/** Skips a currency prefix `Rp`, `Rp.` or `IDR` (any case) and the blanks after it. */
export function skipCurrency(s: string, from: number, end: number): number {
  const a = s.charCodeAt(from) | 32;
  const b = s.charCodeAt(from + 1) | 32;
  let i = from;
  if (a === 114 && b === 112) {
    i += 2;
    if (s.charCodeAt(i) === 46) i++;
  } else if (a === 105 && b === 100 && (s.charCodeAt(from + 2) | 32) === 114) i += 3;
  else return from;
  return skipBlank(s, i, end);
}

/**
 * The decimal text reader shared by `parseDecimalText`, `parsePercentText` and fast paths: the
 * number, or the code of the rule the cell breaks (the caller builds the issue). No allocation but the
 * reader's own on the way to a number.
 */
export function readDecimalCell(
  text: unknown,
  locale: NumberLocale,
  signed: boolean,
  percent: boolean,
  currency: boolean,
): number | 'required' | 'invalid_type' | 'too_small' | NumberTextFailure {
  if (typeof text !== 'string') {
    return text === undefined || text === null ? 'required' : 'invalid_type';
  }
  let end = trimEnd(text, 0, text.length);
  let start = skipBlank(text, 0, end);
  if (start === end) return 'required';
  if (currency) {
    start = skipCurrency(text, start, end);
    // `,-` closes a whole amount on Indonesian receipts (`Rp 5.000,-`).
    if (end - start > 2 && text.charCodeAt(end - 1) === 45 && text.charCodeAt(end - 2) === 44) {
      end -= 2;
    }
  }
  if (percent && text.charCodeAt(end - 1) === 37) end = trimEnd(text, start, end - 1);
  if (start === end) return 'invalid_number';
  const r = readNumberText(text, start, end, locale);
  if (typeof r === 'string') return r;
  if (r.wholeDigits + r.fractionDigits > 40) return 'invalid_number';
  const value = numberValue(r) + 0;
  return value < 0 && !signed ? 'too_small' : value;
}
