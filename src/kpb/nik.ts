import { memoize1 } from '../_internal/memo.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { monthLength, readYmd } from '../_internal/days.js';
import {
  type CalendarDate,
  describeType,
  type MessageOptions,
  type SafeParseResult,
} from '../core/index.js';
import {
  failedParse,
  type IdentifierIssueMaker,
  identifierIssue,
  type KpbIssueCode,
  type KpbReason,
  maskForMessage,
} from './issues.js';
import { PROVINCE_NAME_BY_CODE } from './provinces.js';

/**
 * Sex as encoded in a NIK: women have 40 added to the day of birth.
 *
 * @category KPB
 */
export type Sex = 'male' | 'female';

/**
 * What a valid NIK says: exactly the seven fields `provinceCode`, `provinceName`, `regencyCode`,
 * `districtCode`, `birthDate`, `sex` and `serial`. The codes are where the NIK was issued (Kemendagri
 * region codes), not where its holder lives now.
 *
 * `regencyCode` and `districtCode` are the two-digit parts of the NIK (digits 3-4 and 5-6). The
 * six-digit kecamatan code a Kemendagri table is keyed by (`'330412'`, written `33.04.12`) is
 * `provinceCode + regencyCode + districtCode` (or {@link parseKk}'s `regionCode` for a KK).
 *
 * @category KPB
 */
export interface NikData {
  /** Two-digit province code (`'33'`). */
  readonly provinceCode: string;
  /** Province name from {@link PROVINCES} (`'Jawa Tengah'`). */
  readonly provinceName: string;
  /** Two-digit regency/city (kabupaten/kota) part, `'01'`-`'99'`. */
  readonly regencyCode: string;
  /** Two-digit district (kecamatan) part, `'01'`-`'99'`. */
  readonly districtCode: string;
  /** Date of birth, `YYYY-MM-DD`, century chosen against `referenceDate`. */
  readonly birthDate: CalendarDate;
  /** `'female'` when the day was encoded as day + 40. */
  readonly sex: Sex;
  /** Four-digit serial, `'0001'`-`'9999'` (kept as text: leading zeros matter). */
  readonly serial: string;
}

/**
 * Options of {@link parseNik}.
 *
 * @category KPB
 */
export interface ParseNikOptions extends MessageOptions {
  /**
   * The date against which the two-digit birth year is read: the birth date is the latest date with
   * that day, month and two-digit year that is not after `referenceDate`. Required: the library never
   * reads the clock. Use the date of verification (`asOf`) or of data collection.
   */
  referenceDate: CalendarDate;
}

const PARSE_NIK_KEYS = optionKeys<ParseNikOptions>()({
  referenceDate: true,
  locale: true,
  messages: true,
});

/**
 * Result of {@link parseNik}.
 *
 * @category KPB
 */
export type NikResult = SafeParseResult<NikData, KpbIssueCode>;

// "00".."99" without allocating in the hot loop.
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const YEAR_TEXT: (string | undefined)[] = [];
const yearText = (y: number): string => {
  let t = YEAR_TEXT[y];
  if (t === undefined) {
    t = String(y).padStart(4, '0');
    YEAR_TEXT[y] = t;
  }
  return t;
};
// "-MM-DD" for month m (1-12) and day d (1-31) at m * 32 + d.
const MONTH_DAY: string[] = [];
for (let m = 1; m <= 12; m++) {
  for (let d = 1; d <= 31; d++) MONTH_DAY[m * 32 + d] = `-${TWO[m]}-${TWO[d]}`;
}

/** A reference date, read: its year and its YYYYMMDD number. */
export interface Reference {
  readonly year: number;
  readonly key: number;
}

/**
 * Reference dates, read once each (a batch passes the same one a million times), in a memo table
 * (_internal/memo.ts). `undefined` for text that is not a calendar date.
 */
export const referenceOf = memoize1((ref: string): Reference | undefined => {
  const ymd = readYmd(ref);
  if (ymd === undefined) return undefined;
  return Object.freeze({ year: ymd[0], key: ymd[0] * 10000 + ymd[1] * 100 + ymd[2] });
}, 64);

/**
 * The century choice: the latest year ending in `yy` whose `month`/`day` exists and is not after the
 * reference date, among the reference's century and the one before; 0 when there is none (29 February
 * of a century year that is not leap, and the later century is after the reference).
 */
function resolveYear(ref: Reference, yy: number, month: number, day: number): number {
  const base = ref.year - (ref.year % 100);
  const later = base + yy;
  if (day <= monthLength(later, month) && later * 10000 + month * 100 + day <= ref.key)
    return later;
  const earlier = later - 100;
  if (earlier >= 1 && day <= monthLength(earlier, month)) return earlier;
  return 0;
}

/**
 * Parses and validates a NIK (Nomor Induk Kependudukan, 16 digits): province (2), regency/city (2),
 * district (2), date of birth DDMMYY with 40 added to the day for women, serial (4).
 *
 * Rules (the structure as Dukcapil explains it, docs/sources.md#nik-and-kk-structure; Kemendagri region
 * codes, see {@link PROVINCES}):
 * - exactly 16 characters, all ASCII digits (spaces, dots, full-width digits are rejected, not
 *   stripped: clean the input yourself if you accept `3304 1201 ...`);
 * - the province code is a real province (11-19, 21, 31-36, 51-53, 61-65, 71-76, 81-82, 91-96);
 * - regency/city and district codes are not `00`;
 * - day 01-31 (male) or 41-71 (female), month 01-12, and the date exists in the chosen year
 *   (29 February only in a leap year);
 * - the century is chosen so that the birth date is the latest one not after `referenceDate`
 *   (`050505` read on 2024-06-01 is 2005-05-05; on 2005-05-04 it is 1905-05-05). A person aged 100
 *   or more cannot be told from a newborn by the NIK alone: compare with a declared birth date;
 * - serial 0001-9999.
 *
 * Every independent failure is reported (a wrong province and a zero serial give two issues); when
 * the length or characters are wrong, the fields are not read. Never throws, for any input; messages
 * show the number masked (`330412********01`). Written with `charCodeAt`, no regular expression, so a
 * batch parses millions per second.
 *
 * @category KPB
 * @example
 * parseNik('3304124505050001', { referenceDate: '2024-06-01' })
 * //=> { success: true, data: { provinceCode: '33', provinceName: 'Jawa Tengah', regencyCode: '04',
 * //     districtCode: '12', birthDate: '2005-05-05', sex: 'female', serial: '0001' } }
 * parseNik('1004120505050000', { referenceDate: '2024-06-01' }).issues.map((i) => i.code)
 * //=> ['nik_unknown_province', 'nik_zero_serial']
 */
export function parseNik(nik: unknown, options: ParseNikOptions): NikResult {
  checkOptionKeys(options, PARSE_NIK_KEYS, 'parseNik');
  let ref: unknown;
  try {
    ref = options !== null && typeof options === 'object' ? options.referenceDate : undefined;
  } catch {
    ref = undefined;
  }
  const reference = typeof ref === 'string' ? referenceOf(ref) : undefined;
  if (reference !== undefined && typeof nik === 'string' && nik.length === 16) {
    const data = readNikFast(nik, reference);
    if (data !== undefined) return { success: true, data };
  }
  return failedParse((msg) => nikIssues(nik, reference, msg), options, 'nik_invalid_type');
}

/**
 * The fast path: every rule in one pass over the char codes, for a 16-character string. `undefined`
 * for any doubt, which {@link nikIssues} then explains (a property test proves the two agree: this
 * accepts exactly the NIKs for which nikIssues finds nothing).
 */
// Long on purpose: kpb.bench 'sejahtera parseNik: 1,000,000 NIKs': the 16 digit checks unrolled;
// as a loop, a pair helper or Math.min/max they cost 7-22% of the run (CPU min of 7, under load).
export function readNikFast(nik: string, reference: Reference): NikData | undefined {
  const c0 = nik.charCodeAt(0) - 48;
  const c1 = nik.charCodeAt(1) - 48;
  const c2 = nik.charCodeAt(2) - 48;
  const c3 = nik.charCodeAt(3) - 48;
  const c4 = nik.charCodeAt(4) - 48;
  const c5 = nik.charCodeAt(5) - 48;
  const c6 = nik.charCodeAt(6) - 48;
  const c7 = nik.charCodeAt(7) - 48;
  const c8 = nik.charCodeAt(8) - 48;
  const c9 = nik.charCodeAt(9) - 48;
  const c10 = nik.charCodeAt(10) - 48;
  const c11 = nik.charCodeAt(11) - 48;
  const c12 = nik.charCodeAt(12) - 48;
  const c13 = nik.charCodeAt(13) - 48;
  const c14 = nik.charCodeAt(14) - 48;
  const c15 = nik.charCodeAt(15) - 48;
  // (c >>> 0) > 9 is true for anything outside '0'..'9' (negatives wrap to large numbers).
  const bad =
    (c0 >>> 0 > 9 ? 1 : 0) |
    (c1 >>> 0 > 9 ? 1 : 0) |
    (c2 >>> 0 > 9 ? 1 : 0) |
    (c3 >>> 0 > 9 ? 1 : 0) |
    (c4 >>> 0 > 9 ? 1 : 0) |
    (c5 >>> 0 > 9 ? 1 : 0) |
    (c6 >>> 0 > 9 ? 1 : 0) |
    (c7 >>> 0 > 9 ? 1 : 0) |
    (c8 >>> 0 > 9 ? 1 : 0) |
    (c9 >>> 0 > 9 ? 1 : 0) |
    (c10 >>> 0 > 9 ? 1 : 0) |
    (c11 >>> 0 > 9 ? 1 : 0) |
    (c12 >>> 0 > 9 ? 1 : 0) |
    (c13 >>> 0 > 9 ? 1 : 0) |
    (c14 >>> 0 > 9 ? 1 : 0) |
    (c15 >>> 0 > 9 ? 1 : 0);
  if (bad !== 0) return undefined;
  const province = c0 * 10 + c1;
  const provinceName = PROVINCE_NAME_BY_CODE[province];
  const regency = c2 * 10 + c3;
  const district = c4 * 10 + c5;
  let day = c6 * 10 + c7;
  const month = c8 * 10 + c9;
  const female = day > 40;
  if (female) day -= 40;
  if (
    provinceName === undefined ||
    regency === 0 ||
    district === 0 ||
    c12 + c13 + c14 + c15 === 0 ||
    day < 1 ||
    day > 31 ||
    month < 1 ||
    month > 12
  ) {
    return undefined;
  }
  const year = resolveYear(reference, c10 * 10 + c11, month, day);
  if (year === 0) return undefined;
  return {
    provinceCode: TWO[province] as string,
    provinceName,
    regencyCode: TWO[regency] as string,
    districtCode: TWO[district] as string,
    birthDate: yearText(year) + (MONTH_DAY[month * 32 + day] as string),
    sex: female ? 'female' : 'male',
    serial: nik.slice(12, 16),
  };
}

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function countNonDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) n++;
  }
  return n;
}

const num = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** The slow path: every independent issue of a string that is not a valid NIK. */
export function nikIssues(
  nik: unknown,
  reference: Reference | undefined,
  msg: MessageOptions | undefined,
): KpbReason[] {
  return nikIssuesWith(nik, reference, msg, identifierIssue);
}

/**
 * {@link nikIssues} with the issues built by `make` (`codeOnly` for a caller that keeps only the
 * codes, so that it does not carry the messages).
 */
export function nikIssuesWith(
  nik: unknown,
  reference: Reference | undefined,
  msg: MessageOptions | undefined,
  make: IdentifierIssueMaker,
): KpbReason[] {
  const issues: KpbReason[] = [];
  if (reference === undefined)
    issues.push(make('nik_reference_date_invalid', ['referenceDate'], {}, msg));
  if (typeof nik !== 'string') {
    issues.push(
      make('nik_invalid_type', [], { expected: 'string', received: describeType(nik) }, msg),
    );
    return issues;
  }
  const masked = maskForMessage(nik);
  const nonDigits = countNonDigits(nik);
  if (nik.length !== 16) {
    issues.push(make('nik_length', [], { masked, length: nik.length, expected: 16 }, msg));
    if (nonDigits > 0) issues.push(make('nik_non_digit', [], { masked, count: nonDigits }, msg));
    return issues;
  }
  if (nonDigits > 0) issues.push(make('nik_non_digit', [], { masked, count: nonDigits }, msg));
  // Each field is checked on its own when its characters are digits.
  regionIssues(nik, masked, msg, issues, make);
  dateIssues(nik, masked, reference, msg, issues, make);
  if (allDigits(nik, 12, 16) && num(nik, 12, 16) === 0) {
    issues.push(make('nik_zero_serial', [], { masked }, msg));
  }
  return issues;
}

/** Province, regency/city and district codes of a 16-character NIK. */
function regionIssues(
  nik: string,
  masked: string,
  msg: MessageOptions | undefined,
  issues: KpbReason[],
  make: IdentifierIssueMaker,
): void {
  if (allDigits(nik, 0, 2) && PROVINCE_NAME_BY_CODE[num(nik, 0, 2)] === undefined) {
    issues.push(make('nik_unknown_province', [], { masked, provinceCode: nik.slice(0, 2) }, msg));
  }
  if (allDigits(nik, 2, 4) && num(nik, 2, 4) === 0) {
    issues.push(make('nik_zero_regency', [], { masked }, msg));
  }
  if (allDigits(nik, 4, 6) && num(nik, 4, 6) === 0) {
    issues.push(make('nik_zero_district', [], { masked }, msg));
  }
}

/** Day (women + 40), month, and whether the date exists in the century the reference chooses. */
function dateIssues(
  nik: string,
  masked: string,
  reference: Reference | undefined,
  msg: MessageOptions | undefined,
  issues: KpbReason[],
  make: IdentifierIssueMaker,
): void {
  let day = -1;
  if (allDigits(nik, 6, 8)) {
    const raw = num(nik, 6, 8);
    if (raw >= 1 && raw <= 31) day = raw;
    else if (raw >= 41 && raw <= 71) day = raw - 40;
    else issues.push(make('nik_invalid_day', [], { masked, day: nik.slice(6, 8) }, msg));
  }
  let month = -1;
  if (allDigits(nik, 8, 10)) {
    const raw = num(nik, 8, 10);
    if (raw >= 1 && raw <= 12) month = raw;
    else issues.push(make('nik_invalid_month', [], { masked, month: nik.slice(8, 10) }, msg));
  }
  if (day < 0 || month < 0 || !allDigits(nik, 10, 12)) return;
  const yy = num(nik, 10, 12);
  const shown = `${TWO[day]}-${TWO[month]}-${TWO[yy]}`;
  if (day > 30 && (month === 4 || month === 6 || month === 9 || month === 11 || month === 2)) {
    issues.push(make('nik_impossible_date', [], { masked, date: shown }, msg));
  } else if (day === 30 && month === 2) {
    issues.push(make('nik_impossible_date', [], { masked, date: shown }, msg));
  } else if (reference !== undefined && resolveYear(reference, yy, month, day) === 0) {
    // 29 February in a year that is not leap (in the century chosen by the reference date).
    const later = reference.year - (reference.year % 100) + yy;
    const year = later * 10000 + month * 100 + day <= reference.key ? later : later - 100;
    issues.push(make('nik_impossible_date', [], { masked, date: shown, year }, msg));
  }
}
