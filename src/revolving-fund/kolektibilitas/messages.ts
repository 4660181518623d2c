import { deepFreeze } from '../../_internal/freeze.js';
import type { BilingualCatalog } from '../../core/index.js';

/**
 * Issue and error codes of kolektibilitas tables and classification. A broken table throws a
 * {@link ConfigurationError} whose `code` is one of these (the first rule broken) and whose
 * `params.issues` lists every problem found.
 *
 * @category Kolektibilitas
 */
export type KolektibilitasIssueCode =
  | 'unknown_kolektibilitas_preset'
  | 'invalid_kolektibilitas_table'
  | 'kolektibilitas_no_levels'
  | 'kolektibilitas_not_from_zero'
  | 'kolektibilitas_gap'
  | 'kolektibilitas_overlap'
  | 'kolektibilitas_empty_range'
  | 'kolektibilitas_bound_not_integer'
  | 'kolektibilitas_open_ended_not_last'
  | 'kolektibilitas_last_level_closed'
  | 'kolektibilitas_provision_out_of_range'
  | 'kolektibilitas_invalid_level'
  | 'kolektibilitas_duplicate_level'
  | 'kolektibilitas_levels_not_ascending'
  | 'kolektibilitas_invalid_code'
  | 'kolektibilitas_duplicate_code'
  | 'kolektibilitas_invalid_label'
  | 'invalid_arrears'
  | 'provision_rate_unsourced'
  | 'invalid_collateral';

const at = (path: readonly (string | number)[]): string => {
  const i = path.indexOf('levels');
  const n = i >= 0 ? path[i + 1] : undefined;
  return typeof n === 'number' ? `levels[${n}]` : 'the table';
};
const atId = (path: readonly (string | number)[]): string => {
  const i = path.indexOf('levels');
  const n = i >= 0 ? path[i + 1] : undefined;
  return typeof n === 'number' ? `\`levels[${n}]\`` : 'tabel';
};

/**
 * English and Indonesian messages of every {@link KolektibilitasIssueCode}.
 *
 * @category Kolektibilitas
 * @example
 * kolektibilitasMessages.kolektibilitas_no_levels.id({}, [])
 * //=> 'tabel kolektibilitas harus memiliki paling sedikit satu tingkat'
 */
export const kolektibilitasMessages: BilingualCatalog<KolektibilitasIssueCode> = {
  unknown_kolektibilitas_preset: {
    en: (p) => `unknown kolektibilitas preset; expected one of ${String(p.allowed)}`,
    id: (p) => `preset kolektibilitas tidak dikenal; harus salah satu dari ${String(p.allowed)}`,
  },
  invalid_kolektibilitas_table: {
    en: (p) =>
      `a kolektibilitas table must be an object with id, source, unit and levels (${String(p.detail)})`,
    id: (p) =>
      `tabel kolektibilitas harus objek dengan \`id\`, \`source\`, \`unit\` dan \`levels\` (${String(p.detail)})`,
  },
  kolektibilitas_no_levels: {
    en: () => 'a kolektibilitas table needs at least one level',
    id: () => 'tabel kolektibilitas harus memiliki paling sedikit satu tingkat',
  },
  kolektibilitas_not_from_zero: {
    en: () => 'the first level must start at 0 (no arrears)',
    id: () => 'tingkat pertama harus mulai dari 0 (tanpa tunggakan)',
  },
  kolektibilitas_gap: {
    en: (p, path) =>
      `gap before ${at(path)}: the previous level ends at ${String(p.previousTo)}, so this one must start at ${String(p.expectedFrom)}, not ${String(p.from)}`,
    id: (p, path) =>
      `ada celah sebelum ${atId(path)}: tingkat sebelumnya berakhir di ${String(p.previousTo)}, jadi tingkat ini harus mulai dari ${String(p.expectedFrom)}, bukan ${String(p.from)}`,
  },
  kolektibilitas_overlap: {
    en: (p, path) =>
      `${at(path)} overlaps the previous level: it starts at ${String(p.from)} but the previous level runs to ${String(p.previousTo)}`,
    id: (p, path) =>
      `${atId(path)} tumpang tindih dengan tingkat sebelumnya: mulai dari ${String(p.from)} padahal tingkat sebelumnya sampai ${String(p.previousTo)}`,
  },
  kolektibilitas_empty_range: {
    en: (p, path) => `${at(path)} ends (${String(p.to)}) before it starts (${String(p.from)})`,
    id: (p, path) => `${atId(path)} berakhir (${String(p.to)}) sebelum mulai (${String(p.from)})`,
  },
  kolektibilitas_bound_not_integer: {
    en: (p, path) => `${at(path)}: ${String(p.field)} must be a whole number >= 0`,
    id: (p, path) => `${atId(path)}: ${String(p.field)} harus bilangan bulat >= 0`,
  },
  kolektibilitas_open_ended_not_last: {
    en: (_p, path) =>
      `${at(path)} has no upper bound but is not the last level; only the last level may be open-ended`,
    id: (_p, path) =>
      `${atId(path)} tidak memiliki batas atas padahal bukan tingkat terakhir; hanya tingkat terakhir yang boleh terbuka`,
  },
  kolektibilitas_last_level_closed: {
    en: (_p, path) =>
      `${at(path)} is the last level and must be open-ended (no "to"), so every arrears has a level`,
    id: (_p, path) =>
      `${atId(path)} adalah tingkat terakhir dan harus terbuka (tanpa "to"), agar setiap tunggakan punya tingkat`,
  },
  kolektibilitas_provision_out_of_range: {
    en: (_p, path) =>
      `${at(path)}: provisionRate must be a decimal fraction between 0 and 1 (0.05 = 5%), or null when no source gives one`,
    id: (_p, path) =>
      `${atId(path)}: \`provisionRate\` harus pecahan desimal antara 0 dan 1 (0.05 = 5%), atau null bila tidak ada sumber yang menetapkannya`,
  },
  kolektibilitas_invalid_level: {
    en: (_p, path) => `${at(path)}: level must be a whole number >= 1`,
    id: (_p, path) => `${atId(path)}: \`level\` harus bilangan bulat >= 1`,
  },
  kolektibilitas_duplicate_level: {
    en: (p, path) => `${at(path)}: level ${String(p.level)} appears more than once`,
    id: (p, path) => `${atId(path)}: \`level\` ${String(p.level)} muncul lebih dari sekali`,
  },
  kolektibilitas_levels_not_ascending: {
    en: (_p, path) => `${at(path)}: level numbers must increase with arrears`,
    id: (_p, path) => `${atId(path)}: nomor \`level\` harus naik seiring tunggakan`,
  },
  kolektibilitas_invalid_code: {
    en: (_p, path) => `${at(path)}: code must be a snake_case word (lancar, kurang_lancar, ...)`,
    id: (_p, path) =>
      `${atId(path)}: \`code\` harus kata huruf kecil bersambung garis bawah (\`lancar\`, \`kurang_lancar\`, ...)`,
  },
  kolektibilitas_duplicate_code: {
    en: (p, path) => `${at(path)}: code "${String(p.code)}" appears more than once`,
    id: (p, path) => `${atId(path)}: \`code\` "${String(p.code)}" muncul lebih dari sekali`,
  },
  kolektibilitas_invalid_label: {
    en: (_p, path) => `${at(path)}: label must be { id, en } with two non-empty strings`,
    id: (_p, path) => `${atId(path)}: \`label\` harus \`{ id, en }\` berisi dua teks tidak kosong`,
  },
  provision_rate_unsourced: {
    en: (p) =>
      `cannot compute a provision: level ${String(p.level)} (${String(p.code)}) of kolektibilitas table ${String(p.tableId)} has no provision rate from any source; use a table whose levels all carry a sourced rate (for example 'upk-software-default' or 'ojk-bpr-2018'), or complete this table with your program's own rates`,
    id: (p) =>
      `penyisihan tidak dapat dihitung: tingkat ${String(p.level)} (${String(p.code)}) pada tabel kolektibilitas ${String(p.tableId)} tidak memiliki tarif penyisihan dari sumber mana pun; gunakan tabel yang semua tingkatnya bertarif bersumber (misalnya 'upk-software-default' atau 'ojk-bpr-2018'), atau lengkapi tabel ini dengan tarif program Anda sendiri`,
  },
  invalid_collateral: {
    en: () => 'collateralValue must be a whole number of rupiah >= 0',
    id: () => '`collateralValue` harus bilangan bulat rupiah >= 0',
  },
  invalid_arrears: {
    en: (p) =>
      `arrears.${String(p.field)} must be a whole number >= 0, received ${String(p.received)}`,
    id: (p) =>
      `\`arrears.${String(p.field)}\` harus bilangan bulat >= 0, diterima ${String(p.received)}`,
  },
};
deepFreeze(kolektibilitasMessages);
