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
  const issues: KpbReason[] = [];
  let nonDigits = 0;
  for (let i = 0; i < kk.length; i++) {
    const c = kk.charCodeAt(i);
    if (c < 48 || c > 57) nonDigits++;
  }
  const masked = (): string => maskForMessage(kk);
  if (kk.length !== 16) {
    issues.push(
      kpbIssue('kk_length', [], { masked: masked(), length: kk.length, expected: 16 }, msg),
    );
    if (nonDigits > 0) {
      issues.push(kpbIssue('kk_non_digit', [], { masked: masked(), count: nonDigits }, msg));
    }
    return { success: false, issues };
  }
  if (nonDigits > 0) {
    issues.push(kpbIssue('kk_non_digit', [], { masked: masked(), count: nonDigits }, msg));
  }
  const d = (i: number): number => {
    const c = kk.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1000;
  };
  const province = d(0) * 10 + d(1);
  const regency = d(2) * 10 + d(3);
  const district = d(4) * 10 + d(5);
  const provinceName = province >= 0 ? PROVINCE_NAME_BY_CODE[province] : undefined;
  if (province >= 0 && provinceName === undefined) {
    issues.push(
      kpbIssue('kk_unknown_province', [], { masked: masked(), provinceCode: kk.slice(0, 2) }, msg),
    );
  }
  if (regency === 0) issues.push(kpbIssue('kk_zero_regency', [], { masked: masked() }, msg));
  if (district === 0) issues.push(kpbIssue('kk_zero_district', [], { masked: masked() }, msg));
  if (issues.length > 0 || provinceName === undefined) return { success: false, issues };
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
