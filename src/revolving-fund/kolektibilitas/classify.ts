import { createIssue, describeType } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import type { KolektibilitasResult, KolektibilitasTable } from '../types.js';
import { kolektibilitasMessages } from './messages.js';
import type { KolektibilitasPresetName } from './presets.js';
import { compileKolektibilitasTable } from './table.js';

/**
 * The arrears measures of one loan, as {@link assessLoan} computes them. A table reads only the
 * measure of its unit.
 *
 * @category Kolektibilitas
 */
export interface KolektibilitasArrears {
  /** Days since the due date of the oldest instalment not fully paid (0 when none is past due). */
  readonly daysPastDue: number;
  /** Instalments past due and not fully paid. */
  readonly missedInstalments: number;
  /** Whole months in arrears, `floor(daysPastDue / 30)` as UPK software counts. */
  readonly monthsInArrears: number;
}

const FIELD = {
  days: 'daysPastDue',
  instalments: 'missedInstalments',
  months: 'monthsInArrears',
} as const;

function readMeasure(arrears: unknown, unit: 'days' | 'instalments' | 'months'): number {
  const field = FIELD[unit];
  let value: unknown;
  let days: unknown;
  try {
    if (arrears === null || typeof arrears !== 'object') {
      throw invalid(
        [
          createIssue('invalid_type', ['arrears'], {
            expected: 'object',
            received: describeType(arrears),
          }),
        ],
        'arrears',
      );
    }
    value = (arrears as Record<string, unknown>)[field];
    if (value === undefined && unit === 'months')
      days = (arrears as Record<string, unknown>).daysPastDue;
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationError') throw error;
    throw invalid([createIssue('unreadable_input', ['arrears'])], 'arrears');
  }
  // A months table given only daysPastDue counts months the UPK way: floor(days / 30).
  if (value === undefined && typeof days === 'number' && Number.isSafeInteger(days) && days >= 0) {
    return Math.floor(days / 30);
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(
      [
        createIssue(
          'invalid_arrears',
          ['arrears', field],
          { field, received: describeType(value) },
          {},
          kolektibilitasMessages,
        ),
      ],
      'arrears',
      { catalog: kolektibilitasMessages },
    );
  }
  return value;
}

/**
 * Classifies one loan's arrears with a kolektibilitas table, reading the measure of the table's unit:
 * `daysPastDue` for `'days'`, `missedInstalments` for `'instalments'`, `monthsInArrears` for
 * `'months'` (derived as `floor(daysPastDue / 30)` when only the days are given). The level is the one
 * whose inclusive range `[from, to]` holds the measure; the last level is open-ended.
 *
 * The measures not read by the table are not checked.
 *
 * @category Kolektibilitas
 * @throws {@link ConfigurationError} when the table breaks a rule (see {@link resolveKolektibilitasTable}).
 * @throws {@link ValidationError} when the measure the table reads is not a whole number >= 0
 * (issue code `invalid_arrears`).
 * @example
 * classifyKolektibilitas(OJK_BANK_2019, { daysPastDue: 90, missedInstalments: 3, monthsInArrears: 3 })
 * //=> { tableId: 'ojk-bank-2019', level: 2, code: 'dalam_perhatian_khusus',
 * //     label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' }, provisionRate: '0.05' }
 */
export function classifyKolektibilitas(
  table: KolektibilitasTable | KolektibilitasPresetName,
  arrears: KolektibilitasArrears,
): KolektibilitasResult {
  const compiled = compileKolektibilitasTable(table);
  const measure = readMeasure(arrears, compiled.unit);
  const upper = compiled.upper;
  for (let i = 0; i < upper.length; i++) {
    if (measure <= (upper[i] as number)) return compiled.results[i] as KolektibilitasResult;
  }
  // Unreachable: a valid table's last level is open-ended.
  return compiled.results[compiled.results.length - 1] as KolektibilitasResult;
}
