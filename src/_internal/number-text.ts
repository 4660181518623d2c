/**
 * Reads a number as written in field data: digits with thousands and decimal separators. Shared by
 * the core's rupiah, decimal and percentage text parsers. No regular expressions: one pass over the
 * char codes (a batch reads millions of cells).
 */

/** Which separators a text uses: Indonesian `1.250.000,5` or English `1,250,000.5`. */
export type NumberLocale = 'id' | 'en';

/** A number read exactly: sign, whole digits and fraction digits, as written. */
export interface NumberText {
  readonly negative: boolean;
  /** Whole digits, at least one, leading zeros kept. */
  readonly whole: string;
  /** Fraction digits, possibly empty. */
  readonly fraction: string;
}

export type NumberTextFailure = 'invalid_number' | 'english_number_format';

const DOT = 46;
const COMMA = 44;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

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
): { whole: string; fraction: string } | undefined {
  let pointAt = -1;
  let groups = 0;
  let run = 0;
  let firstRun = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      run++;
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
  if (pointAt < 0) {
    if (run === 0 || (groups > 0 && run !== 3)) return undefined;
    return { whole: strip(s, start, end, group), fraction: '' };
  }
  if (run === 0) return undefined;
  return { whole: strip(s, start, pointAt, group), fraction: s.slice(pointAt + 1, end) };
}

function strip(s: string, start: number, end: number, group: number): string {
  const part = s.slice(start, end);
  return part.indexOf(String.fromCharCode(group)) < 0
    ? part
    : part.split(String.fromCharCode(group)).join('');
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
  if (locale === 'en') {
    const r = readWith(s, from, end, COMMA, DOT);
    return r === undefined ? 'invalid_number' : { negative, ...r };
  }
  const r = readWith(s, from, end, DOT, COMMA);
  if (r !== undefined) return { negative, ...r };
  // One dot and no comma that is not a thousands separator: a decimal point (`1.5`).
  let dots = 0;
  let commas = 0;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c === COMMA) commas++;
  }
  if (dots === 1 && commas === 0) {
    const plain = readWith(s, from, end, -1, DOT);
    if (plain !== undefined) return { negative, ...plain };
  }
  if (commas > 0 && readWith(s, from, end, COMMA, DOT) !== undefined) {
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
