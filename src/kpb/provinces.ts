import { deepFreeze } from '../_internal/freeze.js';
/**
 * One province of Indonesia as coded by the Ministry of Home Affairs (Kemendagri): the two-digit code
 * that opens every NIK, KK and region code issued there, and its official name.
 *
 * @category KPB
 */
export interface Province {
  /** Two-digit Kemendagri code (`'33'`). */
  readonly code: string;
  /** Official name (`'Jawa Tengah'`). */
  readonly name: string;
  /** The act that formed the province, for the recent ones. */
  readonly note?: string;
}

/**
 * The table of provinces with its source.
 *
 * @category KPB
 */
export interface ProvinceTable {
  /** Where the codes and names come from. */
  readonly source: string;
  /** The provinces in code order. */
  readonly provinces: readonly Province[];
}

// The provinces apart from the table's source, so that a NIK check carries only codes and names.
const PROVINCE_LIST = [
  { code: '11', name: 'Aceh' },
  { code: '12', name: 'Sumatera Utara' },
  { code: '13', name: 'Sumatera Barat' },
  { code: '14', name: 'Riau' },
  { code: '15', name: 'Jambi' },
  { code: '16', name: 'Sumatera Selatan' },
  { code: '17', name: 'Bengkulu' },
  { code: '18', name: 'Lampung' },
  { code: '19', name: 'Kepulauan Bangka Belitung' },
  { code: '21', name: 'Kepulauan Riau' },
  {
    code: '31',
    name: 'DKI Jakarta',
    note: 'UU 2 Tahun 2024 renames it Daerah Khusus Jakarta once the capital moves; the code stays 31',
  },
  { code: '32', name: 'Jawa Barat' },
  { code: '33', name: 'Jawa Tengah' },
  { code: '34', name: 'Daerah Istimewa Yogyakarta' },
  { code: '35', name: 'Jawa Timur' },
  { code: '36', name: 'Banten' },
  { code: '51', name: 'Bali' },
  { code: '52', name: 'Nusa Tenggara Barat' },
  { code: '53', name: 'Nusa Tenggara Timur' },
  { code: '61', name: 'Kalimantan Barat' },
  { code: '62', name: 'Kalimantan Tengah' },
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '64', name: 'Kalimantan Timur' },
  { code: '65', name: 'Kalimantan Utara' },
  { code: '71', name: 'Sulawesi Utara' },
  { code: '72', name: 'Sulawesi Tengah' },
  { code: '73', name: 'Sulawesi Selatan' },
  { code: '74', name: 'Sulawesi Tenggara' },
  { code: '75', name: 'Gorontalo' },
  { code: '76', name: 'Sulawesi Barat' },
  { code: '81', name: 'Maluku' },
  { code: '82', name: 'Maluku Utara' },
  { code: '91', name: 'Papua' },
  { code: '92', name: 'Papua Barat' },
  { code: '93', name: 'Papua Selatan', note: 'UU 14 Tahun 2022' },
  { code: '94', name: 'Papua Tengah', note: 'UU 15 Tahun 2022' },
  { code: '95', name: 'Papua Pegunungan', note: 'UU 16 Tahun 2022' },
  { code: '96', name: 'Papua Barat Daya', note: 'UU 29 Tahun 2022' },
] as const;

/**
 * The 38 provinces with their Kemendagri codes, including the four provinces formed out of Papua and
 * Papua Barat in 2022 (93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya).
 * Codes are where a number was issued, not where its holder lives now: a NIK issued in Merauke before
 * 2022 still starts with 91.
 *
 * Source: Keputusan Menteri Dalam Negeri on the codes and data of government administrative areas
 * (Kepmendagri Nomor 300.2.2-2138 Tahun 2025, which keeps the codes of Kepmendagri Nomor
 * 100.1.1-6117 Tahun 2022 and adds the Papua provinces); the province laws UU 14, 15 and 16 Tahun 2022
 * and UU 29 Tahun 2022. NIK structure: docs/sources.md#nik-and-kk-structure.
 *
 * @category KPB
 * @example
 * PROVINCES.provinces.length //=> 38
 * PROVINCES.provinces.find((p) => p.code === '93')?.name //=> 'Papua Selatan'
 */
export const PROVINCES = {
  source:
    'Kepmendagri Nomor 300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau (codes as in Kepmendagri 100.1.1-6117 Tahun 2022); UU 14, 15, 16 dan 29 Tahun 2022 (Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya)',
  provinces: PROVINCE_LIST,
} as const satisfies ProvinceTable;
deepFreeze(PROVINCES);

/** Province name by numeric code 0-99 (undefined when the code is not a province). */
export const PROVINCE_NAME_BY_CODE: readonly (string | undefined)[] = (() => {
  const out: (string | undefined)[] = new Array(100).fill(undefined);
  for (const p of PROVINCE_LIST) out[Number(p.code)] = p.name;
  return out;
})();

/**
 * The name of a province from its two-digit code, or `undefined` when no province has that code.
 *
 * @category KPB
 * @example
 * provinceName('96') //=> 'Papua Barat Daya'
 * provinceName('10') //=> undefined
 */
export function provinceName(code: string): string | undefined {
  if (typeof code !== 'string' || code.length !== 2) return undefined;
  const a = code.charCodeAt(0) - 48;
  const b = code.charCodeAt(1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return undefined;
  return PROVINCE_NAME_BY_CODE[a * 10 + b];
}
