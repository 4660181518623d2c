import { deepFreeze } from '../../_internal/freeze.js';
/**
 * The 38 two-digit Kemendagri province codes, the same codes `parseNik` returns as `provinceCode`.
 * Duplicated here as data so that the poverty domain does not import the KPB domain; a test checks
 * that the two lists agree. Source: Kepmendagri Nomor 300.2.2-2138 Tahun 2025 (codes of Kepmendagri
 * 100.1.1-6117 Tahun 2022 plus the Papua provinces of UU 14, 15, 16 and 29 Tahun 2022).
 *
 * @category Poverty lines
 * @example
 * BPS_PROVINCE_CODES.length
 * //=> 38
 */
export const BPS_PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
] as const satisfies readonly string[];

/**
 * The provinces formed out of Papua and Papua Barat in 2022 (93 Papua Selatan, 94 Papua Tengah,
 * 95 Papua Pegunungan, 96 Papua Barat Daya) and the first BPS semester whose release lists them:
 * March 2024 (BPS Provinsi Papua, quoted by Wartaplus 2024-07-02; the March 2023 release still listed
 * Papua and Papua Barat only). No line of theirs may be keyed before that date, and from that date on
 * the lines of 91 Papua and 92 Papua Barat describe the smaller provinces.
 *
 * @category Poverty lines
 * @example
 * PAPUA_SPLIT.firstRelease
 * //=> '2024-03-01'
 */
export const PAPUA_SPLIT = Object.freeze({
  provinces: Object.freeze(['93', '94', '95', '96'] as const),
  firstRelease: '2024-03-01',
});

deepFreeze(BPS_PROVINCE_CODES);
