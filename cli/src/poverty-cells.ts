/**
 * The household cells of `poverty` (expenditure per capita, size, weight) read as the library's
 * `PovertyRecordTextSchema` reads them, cell by cell, without a record or a zod call per row:
 *
 * - the common cells by a narrow fast path: plain digits (`450000`), Indonesian thousands with or
 *   without `Rp ` (`1.234.567`, `Rp 1.234.567`), and for size and weight a blank or absent cell;
 * - every other cell by the library itself, once per distinct text and field: a row with only that
 *   cell to read goes through `povertyMeasuresFromText` (whose rejections are exactly
 *   `validateBatch`'s: codes, paths, messages in the run's language) and, when accepted, the schema
 *   gives its value. The answer is kept (at most {@link CACHE_LIMIT} texts per field), so a file's
 *   repeated bad cells (`n/a`, a blank expenditure, size `0`) cost one library call each.
 *
 * A row is accepted when all three cells are; otherwise its issues are the issues of its bad cells in
 * the schema's field order. tests/cli/poverty-cells.test.ts proves with fast-check that this is
 * exactly what `validateBatch(PovertyRecordTextSchema, [row])` gives (value or issues) for arbitrary
 * rows. The library is bundled into the command tree-shaken (cli/tsup.config.ts), so a worker thread
 * loads the poverty code it uses, not the whole library.
 */
import type { Issue } from 'sejahtera';
import { PovertyRecordTextSchema, povertyMeasuresFromText } from 'sejahtera';
import type { Lang } from './own-messages.js';

/** The fields read, in the schema's order. */
export const HOUSEHOLD_FIELDS = ['expenditurePerCapita', 'size', 'weight'] as const;

/** Distinct texts remembered per field (beyond them, each new text is read by the library). */
const CACHE_LIMIT = 4096;

/** Digits of a fast cell at most: every such whole number is exact in a double. */
const MAX_DIGITS = 15;

/** What a cell reads as: a number, absent (`undefined`), or the issues that reject it. */
type CellResult = { readonly value: number | undefined } | { readonly issues: readonly Issue[] };

/**
 * Plain digits (`450000`), or Indonesian thousands (`1.234.567`, `Rp 1.234.567` when `currency`):
 * the value, else -1 (a cell the library must read). At most {@link MAX_DIGITS} digits.
 */
export function fastWholeNumber(cell: string, currency: boolean): number {
  // Plain digits, the usual cell, by the shortest loop; anything else by groupedNumber.
  const n = cell.length;
  let v = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return groupedNumber(cell, currency);
    v = v * 10 + d;
  }
  return n === 0 || n > MAX_DIGITS ? -1 : v;
}

/** {@link fastWholeNumber} of a cell that is not plain digits. */
function groupedNumber(cell: string, currency: boolean): number {
  const n = cell.length;
  let i = 0;
  if (currency && n > 3 && cell.charCodeAt(0) === 82 && cell.charCodeAt(1) === 112) {
    // `Rp ` then thousands (the prefix is taken with grouped digits only).
    if (cell.charCodeAt(2) !== 32) return -1;
    i = 3;
  }
  if (i === n) return -1;
  let v = 0;
  let digits = 0;
  let group = -1; // digits since the last '.', -1 before the first
  for (; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c === 46) {
      // A '.' after 1 to 3 leading digits, then every 3 digits; the first digit is not 0.
      if (
        group < 0 ? digits === 0 || digits > 3 || cell.charCodeAt(i - digits) === 48 : group !== 3
      )
        return -1;
      group = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
    digits++;
    if (group >= 0) group++;
  }
  if (digits === 0 || digits > MAX_DIGITS) return -1;
  if (group >= 0 ? group !== 3 : i !== digits) return -1;
  return v;
}

/** The reader of one run (one language); one per thread. */
export class HouseholdCells {
  private readonly cache = HOUSEHOLD_FIELDS.map(() => new Map<string, CellResult>());
  /** The values of the last row read (NaN: size or weight absent). */
  y = 0;
  s = Number.NaN;
  w = Number.NaN;

  constructor(readonly lang: Lang) {}

  /** A cell read by the library: the row `{ [field]: cell }` (with a valid expenditure beside it). */
  private byLibrary(f: number, cell: unknown): CellResult {
    const field = HOUSEHOLD_FIELDS[f] as string;
    const row: Record<string, unknown> =
      f === 0 ? { expenditurePerCapita: cell } : { expenditurePerCapita: '0', [field]: cell };
    const checked = povertyMeasuresFromText([row], { line: 1, locale: this.lang });
    const rejected = checked.rejected[0];
    if (rejected !== undefined) return { issues: rejected.issues };
    const value = (PovertyRecordTextSchema.parse(row) as Record<string, number | undefined>)[field];
    return { value };
  }

  /** A cell the fast path did not read: remembered per text. */
  private slow(f: number, cell: unknown): CellResult {
    if (typeof cell !== 'string') return this.byLibrary(f, cell);
    const cache = this.cache[f] as Map<string, CellResult>;
    let r = cache.get(cell);
    if (r === undefined) {
      r = this.byLibrary(f, cell);
      if (cache.size < CACHE_LIMIT) cache.set(cell, r);
    }
    return r;
  }

  /**
   * Reads a row's cells (`undefined` for a column the file lacks or a short row): `undefined` when
   * the row is accepted (its values in `y`, `s`, `w`), else the issues that reject it.
   */
  read(e: unknown, size: unknown, weight: unknown): readonly Issue[] | undefined {
    // A bad cell's issues are the remembered array itself (read only, never changed): no copy.
    let issues: readonly Issue[] | undefined;
    const y = typeof e === 'string' ? fastWholeNumber(e, true) : -1;
    if (y >= 0) this.y = y;
    else {
      const r = this.slow(0, e);
      if ('issues' in r) issues = r.issues;
      else this.y = r.value as number;
    }
    this.s = Number.NaN;
    if (size !== undefined && size !== '') {
      const s = typeof size === 'string' ? fastWholeNumber(size, false) : -1;
      if (s >= 1) this.s = s;
      else {
        const r = this.slow(1, size);
        if ('issues' in r) issues = issues === undefined ? r.issues : [...issues, ...r.issues];
        else this.s = r.value ?? Number.NaN;
      }
    }
    this.w = Number.NaN;
    if (weight !== undefined && weight !== '') {
      const w = typeof weight === 'string' ? fastWholeNumber(weight, false) : -1;
      if (w >= 0) this.w = w;
      else {
        const r = this.slow(2, weight);
        if ('issues' in r) issues = issues === undefined ? r.issues : [...issues, ...r.issues];
        else this.w = r.value ?? Number.NaN;
      }
    }
    return issues;
  }
}
