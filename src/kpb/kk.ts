import { describeType, type MessageOptions, type SafeParseResult } from '../core/index.js';
import { type KpbIssueCode, type KpbReason, kpbIssue, maskForMessage } from './issues.js';
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
 * district codes (DOMAIN.md section 3; codes from {@link PROVINCES}). The other ten digits (commonly
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
  try {
    return readKk(kk, options);
  } catch {
    // A caller's message template threw: the same issues with the built-in messages.
  }
  try {
    return readKk(kk, undefined);
  } catch {
    return {
      success: false,
      issues: [
        kpbIssue('kk_invalid_type', [], { expected: 'string', received: 'unreadable' }, undefined),
      ],
    };
  }
}

function readKk(kk: unknown, options: ParseKkOptions | undefined): KkResult {
  let msg: MessageOptions | undefined;
  try {
    if (options !== null && typeof options === 'object') {
      const locale = options.locale;
      const messages = options.messages;
      msg = {};
      if (locale === 'id' || locale === 'en') msg.locale = locale;
      if (messages !== null && typeof messages === 'object') msg.messages = messages;
    }
  } catch {
    msg = undefined;
  }
  if (typeof kk !== 'string') {
    let received = 'unreadable';
    try {
      received = describeType(kk);
    } catch {}
    return {
      success: false,
      issues: [kpbIssue('kk_invalid_type', [], { expected: 'string', received }, msg)],
    };
  }
  const n = kk.length;
  let nonDigits = 0;
  for (let i = 0; i < n; i++) {
    const c = kk.charCodeAt(i);
    if (c < 48 || c > 57) nonDigits++;
  }
  const p0 = kk.charCodeAt(0) - 48;
  const p1 = kk.charCodeAt(1) - 48;
  const province = p0 >= 0 && p0 <= 9 && p1 >= 0 && p1 <= 9 ? p0 * 10 + p1 : -1;
  const regency = twoDigits(kk, 2);
  const district = twoDigits(kk, 4);
  const provinceName = province >= 0 ? PROVINCE_NAME_BY_CODE[province] : undefined;
  if (n === 16 && nonDigits === 0 && provinceName !== undefined && regency > 0 && district > 0) {
    return {
      success: true,
      data: {
        provinceCode: TWO[province] as string,
        provinceName,
        regencyCode: TWO[regency] as string,
        districtCode: TWO[district] as string,
        regionCode: kk.slice(0, 6),
      },
    };
  }
  // Slow path: every independent issue.
  const issues: KpbReason[] = [];
  const masked = maskForMessage(kk);
  if (n !== 16) {
    issues.push(kpbIssue('kk_length', [], { masked, length: n, expected: 16 }, msg));
    if (nonDigits > 0) issues.push(kpbIssue('kk_non_digit', [], { masked, count: nonDigits }, msg));
    return { success: false, issues };
  }
  if (nonDigits > 0) issues.push(kpbIssue('kk_non_digit', [], { masked, count: nonDigits }, msg));
  if (province >= 0 && provinceName === undefined) {
    issues.push(kpbIssue('kk_unknown_province', [], { masked, provinceCode: kk.slice(0, 2) }, msg));
  }
  if (regency === 0) issues.push(kpbIssue('kk_zero_regency', [], { masked }, msg));
  if (district === 0) issues.push(kpbIssue('kk_zero_district', [], { masked }, msg));
  return { success: false, issues };
}

/** The two-digit number at `at`, or -1 when either character is not a digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
