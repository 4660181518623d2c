import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { describeType, type MessageOptions, type SafeParseResult } from '../core/index.js';
import {
  codeOnly,
  failedParse,
  type IdentifierIssueMaker,
  identifierIssue,
  type KpbIssueCode,
  type KpbReason,
  maskForMessage,
} from './issues.js';
import { PROVINCE_NAME_BY_CODE } from './provinces.js';

/**
 * What a valid KK (Kartu Keluarga) number says: the region where it was issued.
 *
 * @category KPB
 */
export interface KkData {
  /** Two-digit province code (`'33'`). */
  readonly provinceCode: string;
  /** Province name from {@link PROVINCES}. */
  readonly provinceName: string;
  /** Two-digit regency/city part (`'04'`). */
  readonly regencyCode: string;
  /** Two-digit district (kecamatan) part (`'12'`). */
  readonly districtCode: string;
  /** The six-digit region code of issue (`'330412'`). */
  readonly regionCode: string;
}

/**
 * Options of {@link parseKk}: the message language and overrides.
 *
 * @category KPB
 */
export type ParseKkOptions = MessageOptions;

const PARSE_KK_KEYS = optionKeys<ParseKkOptions>()({ locale: true, messages: true });

/**
 * Result of {@link parseKk}.
 *
 * @category KPB
 */
export type KkResult = SafeParseResult<KkData, KpbIssueCode>;

const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * Parses and validates a KK (family card) number: 16 ASCII digits whose first six are the region of
 * issue (province, regency/city, district), with a real province code and non-zero regency and
 * district codes (Dukcapil's NIK/KK structure, docs/sources.md#nik-and-kk-structure; codes from {@link PROVINCES}). The other ten digits (commonly
 * read as the date of issue and a serial) are not checked: their format is not documented in the
 * sources this library cites.
 *
 * Never throws, for any input; messages show the number masked.
 *
 * @category KPB
 * @example
 * parseKk('3304120101150003')
 * //=> { success: true, data: { provinceCode: '33', provinceName: 'Jawa Tengah', regencyCode: '04',
 * //     districtCode: '12', regionCode: '330412' } }
 * parseKk('3304120101').issues[0].code
 * //=> 'kk_length'
 */
export function parseKk(kk: unknown, options?: ParseKkOptions): KkResult {
  checkOptionKeys(options, PARSE_KK_KEYS, 'parseKk');
  const data = readKkFast(kk);
  if (data !== undefined) return { success: true, data };
  return failedParse((msg) => kkIssues(kk, msg, identifierIssue), options, 'kk_invalid_type');
}

/**
 * The codes of a KK number's issues, without their messages (none when it is valid), for
 * `checkMember`, which reports only the codes.
 */
export function kkIssueCodes(kk: string): KpbIssueCode[] {
  if (readKkFast(kk) !== undefined) return [];
  return kkIssues(kk, undefined, codeOnly).map((i) => i.code);
}

/** A valid KK number's data in one pass, else `undefined` (then {@link kkIssues} says why). */
function readKkFast(kk: unknown): KkData | undefined {
  if (typeof kk === 'string' && kk.length === 16) {
    let digits = true;
    for (let i = 0; i < 16 && digits; i++) {
      const c = kk.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    const province = twoDigits(kk, 0);
    const regency = twoDigits(kk, 2);
    const district = twoDigits(kk, 4);
    const provinceName = province >= 0 ? PROVINCE_NAME_BY_CODE[province] : undefined;
    if (digits && provinceName !== undefined && regency > 0 && district > 0) {
      return {
        provinceCode: TWO[province] as string,
        provinceName,
        regencyCode: TWO[regency] as string,
        districtCode: TWO[district] as string,
        regionCode: kk.slice(0, 6),
      };
    }
  }
  return undefined;
}

/** Every independent issue of a value that is not a valid KK number. */
function kkIssues(
  kk: unknown,
  msg: MessageOptions | undefined,
  make: IdentifierIssueMaker,
): KpbReason[] {
  if (typeof kk !== 'string') {
    return [make('kk_invalid_type', [], { expected: 'string', received: describeType(kk) }, msg)];
  }
  const issues: KpbReason[] = [];
  const n = kk.length;
  let nonDigits = 0;
  for (let i = 0; i < n; i++) {
    const c = kk.charCodeAt(i);
    if (c < 48 || c > 57) nonDigits++;
  }
  const masked = maskForMessage(kk);
  if (n !== 16) {
    issues.push(make('kk_length', [], { masked, length: n, expected: 16 }, msg));
    if (nonDigits > 0) issues.push(make('kk_non_digit', [], { masked, count: nonDigits }, msg));
    return issues;
  }
  if (nonDigits > 0) issues.push(make('kk_non_digit', [], { masked, count: nonDigits }, msg));
  const province = twoDigits(kk, 0);
  if (province >= 0 && PROVINCE_NAME_BY_CODE[province] === undefined) {
    issues.push(make('kk_unknown_province', [], { masked, provinceCode: kk.slice(0, 2) }, msg));
  }
  if (twoDigits(kk, 2) === 0) issues.push(make('kk_zero_regency', [], { masked }, msg));
  if (twoDigits(kk, 4) === 0) issues.push(make('kk_zero_district', [], { masked }, msg));
  return issues;
}

/** The two-digit number at `at`, or -1 when either character is not a digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
