import type { BilingualCatalog } from './issue-types.js';
import { deepFreeze } from '../_internal/freeze.js';

// The few core messages that every error path of the library may need (a wrong type, a number that
// is not whole, an unreadable row, the generic fallback), apart from the full core catalogue: a
// function that reports only its own codes plus these (the Tridaya statistics) does not carry every
// core message into a user's bundle. `coreMessages` holds the same entries.

/** A value list or a value as messages print it. */
export const show = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
};

/** The field a path names, as messages print it. */
export const field = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  if (typeof last === 'number') return `item ${last}`;
  return typeof last === 'string' ? last : 'value';
};

/** The subject of an Indonesian message: the field's own key, `elemen ke-n` for a list item, or `nilai`. */
export const fieldId = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  if (typeof last === 'number') return `elemen ke-${last}`;
  return typeof last === 'string' ? last : 'nilai';
};

/** Type names as Indonesian messages write them (an unknown name is shown as it is). */
const JENIS: Readonly<Record<string, string>> = {
  number: 'angka',
  'finite number': 'bilangan terhingga',
  integer: 'bilangan bulat',
  int: 'bilangan bulat',
  string: 'teks',
  boolean: 'boolean (true/false)',
  object: 'objek',
  array: 'array (daftar)',
  function: 'fungsi',
  'valid Date': 'Date yang valid',
  null: 'null',
  undefined: 'kosong (undefined)',
};
export const jenis = (v: unknown): string => {
  const text = String(v);
  return Object.hasOwn(JENIS, text) ? (JENIS[text] as string) : text;
};

/** The core codes of {@link baseMessages}. */
export type BaseIssueCode = 'invalid_type' | 'not_integer' | 'unreadable_row' | 'custom';

/** Messages of the core codes any error path may need; `custom` is the fallback of every catalogue. */
export const baseMessages: BilingualCatalog<BaseIssueCode> = {
  invalid_type: {
    en: (p, path) => `${field(path)} must be ${String(p.expected)}, received ${String(p.received)}`,
    id: (p, path) =>
      `${fieldId(path)} harus bertipe ${jenis(p.expected)}, diterima ${jenis(p.received)}`,
  },
  not_integer: {
    en: (_p, path) => `${field(path)} must be a whole number (a safe integer)`,
    id: (_p, path) => `${fieldId(path)} harus bilangan bulat (dalam batas aman JavaScript)`,
  },
  unreadable_row: {
    en: () => 'the row could not be read (a property threw when accessed)',
    id: () => 'baris tidak dapat dibaca (sebuah properti melempar galat saat diakses)',
  },
  custom: {
    en: (_p, path) => `${field(path)} is invalid`,
    id: (_p, path) => `${fieldId(path)} tidak valid`,
  },
};
deepFreeze(baseMessages);

// The messages of a value out of its range (zod's too_small and too_big), apart from `baseMessages`:
// the core catalogue holds the same entries, and the Tridaya statistics raise them for an argument
// out of its range from a small kit of their own, so `spearman`, which raises neither, does not
// carry them.

/** A bound as messages print it: a length in `units` (characters, items), a number as it is. */
const bound = (
  p: Readonly<Record<string, unknown>>,
  key: 'minimum' | 'maximum',
  units: readonly [characters: string, items: string],
) => {
  const v = show(p[key]);
  if (p.origin === 'string') return `${v} ${units[0]}`;
  if (p.origin === 'array' || p.origin === 'set') return `${v} ${units[1]}`;
  return v;
};
const EN_UNITS = ['characters', 'items'] as const;
const ID_UNITS = ['karakter', 'butir'] as const;

/** The two range codes. */
export type RangeIssueCode = 'too_small' | 'too_big';

/** Messages of a value below its minimum or above its maximum (`inclusive: false` for a strict bound). */
export const rangeMessages: BilingualCatalog<RangeIssueCode> = {
  too_small: {
    en: (p, path) =>
      `${field(path)} must be ${p.inclusive === false ? 'greater than' : 'at least'} ${bound(p, 'minimum', EN_UNITS)}`,
    id: (p, path) =>
      `${fieldId(path)} harus ${p.inclusive === false ? 'lebih dari' : 'paling sedikit'} ${bound(p, 'minimum', ID_UNITS)}`,
  },
  too_big: {
    en: (p, path) =>
      `${field(path)} must be ${p.inclusive === false ? 'less than' : 'at most'} ${bound(p, 'maximum', EN_UNITS)}`,
    id: (p, path) =>
      `${fieldId(path)} harus ${p.inclusive === false ? 'kurang dari' : 'paling banyak'} ${bound(p, 'maximum', ID_UNITS)}`,
  },
};
deepFreeze(rangeMessages);
