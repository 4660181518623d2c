import * as z from 'zod';
import {
  createDecimalTextSchema,
  DateTextSchema,
  optionalText,
  PercentTextSchema,
  RupiahTextSchema,
} from '../../core/index.js';
import { wordSchema } from '../../_internal/text-words.js';
import type { Loan } from './loan.js';
import type { Frequency, InterestGraceTreatment, InterestMethod } from './loan-values.js';

const whole = createDecimalTextSchema().pipe(z.int());

const FREQUENCY = new Map<string, Frequency>([
  ['weekly', 'weekly'],
  ['mingguan', 'weekly'],
  ['monthly', 'monthly'],
  ['bulanan', 'monthly'],
  ['every-2-months', 'every-2-months'],
  ['dwibulanan', 'every-2-months'],
  ['quarterly', 'quarterly'],
  ['triwulanan', 'quarterly'],
  ['semiannual', 'semiannual'],
  ['semesteran', 'semiannual'],
]);
const METHOD = new Map<string, InterestMethod>([
  ['flat', 'flat'],
  ['tetap', 'flat'],
  ['declining', 'declining'],
  ['menurun', 'declining'],
  ['efektif', 'declining'],
  ['annuity', 'annuity'],
  ['anuitas', 'annuity'],
]);
const PER = new Map<string, 'week' | 'month' | 'year'>([
  ['week', 'week'],
  ['minggu', 'week'],
  ['month', 'month'],
  ['bulan', 'month'],
  ['year', 'year'],
  ['tahun', 'year'],
]);
const GRACE = new Map<string, InterestGraceTreatment>([
  ['deferred', 'deferred'],
  ['ditangguhkan', 'deferred'],
  ['waived', 'waived'],
  ['dihapus', 'waived'],
]);
const MODE = new Map<string, 'half-up' | 'half-even' | 'up' | 'down'>([
  ['half-up', 'half-up'],
  ['half-even', 'half-even'],
  ['up', 'up'],
  ['ke-atas', 'up'],
  ['down', 'down'],
  ['ke-bawah', 'down'],
]);

/**
 * A loan as one flat CSV row of strings (blank cells `''`), out as the {@link Loan} that
 * {@link buildSchedule} takes. Columns: `principal` (rupiah text: `Rp 5.000.000`), `disbursedOn`,
 * `firstDueOn` (optional; dates in any form of `DateTextSchema`), `tenor` (whole number), `frequency`
 * (`monthly`/`bulanan`, `weekly`/`mingguan`, `every-2-months`/`dwibulanan`,
 * `quarterly`/`triwulanan`, `semiannual`/`semesteran`), `interestMethod` (`flat`/`tetap`,
 * `declining`/`menurun`/`efektif`, `annuity`/`anuitas`), `ratePercent` (`1,5%`), `ratePer`
 * (`month`/`bulan`, `year`/`tahun`, `week`/`minggu`), and optional `gracePrincipalPeriods`,
 * `graceInterestPeriods`, `graceInterest` (`deferred`/`ditangguhkan`, `waived`/`dihapus`),
 * `principalEvery`, `roundingUnit`, `roundingMode` (`half-up`, `half-even`, `up`, `down`). The
 * schedule rules themselves (tenor 1-1,000...) are checked by `LoanSchema` when the loan is built.
 *
 * @category Schedules
 * @example
 * LoanTextSchema.parse({ principal: 'Rp 1.200.000', disbursedOn: '15/01/2024', tenor: '12',
 *   frequency: 'bulanan', interestMethod: 'flat', ratePercent: '1,5%', ratePer: 'bulan' })
 * //=> { principal: 1200000, disbursedOn: '2024-01-15', tenor: 12, frequency: 'monthly',
 * //     interest: { method: 'flat', rate: { percent: 1.5, per: 'month' } } }
 */
export const LoanTextSchema = z
  .object({
    principal: RupiahTextSchema,
    disbursedOn: DateTextSchema,
    firstDueOn: optionalText(DateTextSchema),
    tenor: whole,
    frequency: wordSchema(FREQUENCY, [...FREQUENCY.keys()]),
    interestMethod: wordSchema(METHOD, [...METHOD.keys()]),
    ratePercent: PercentTextSchema,
    ratePer: wordSchema(PER, [...PER.keys()]),
    gracePrincipalPeriods: optionalText(whole),
    graceInterestPeriods: optionalText(whole),
    graceInterest: optionalText(wordSchema(GRACE, [...GRACE.keys()])),
    principalEvery: optionalText(whole),
    roundingUnit: optionalText(whole),
    roundingMode: optionalText(wordSchema(MODE, [...MODE.keys()])),
  })
  .transform((row): Loan => {
    const loan: {
      -readonly [K in keyof Loan]: Loan[K];
    } = {
      principal: row.principal,
      disbursedOn: row.disbursedOn,
      tenor: row.tenor,
      frequency: row.frequency,
      interest: {
        method: row.interestMethod,
        rate: { percent: row.ratePercent, per: row.ratePer },
      },
    };
    if (row.firstDueOn !== undefined) loan.firstDueOn = row.firstDueOn;
    if (
      row.gracePrincipalPeriods !== undefined ||
      row.graceInterestPeriods !== undefined ||
      row.graceInterest !== undefined
    ) {
      loan.grace = {
        principalPeriods: row.gracePrincipalPeriods ?? 0,
        interestPeriods: row.graceInterestPeriods ?? 0,
        interest: row.graceInterest ?? 'deferred',
      };
    }
    if (row.principalEvery !== undefined) loan.principalEvery = row.principalEvery;
    if (row.roundingUnit !== undefined || row.roundingMode !== undefined) {
      loan.rounding = { unit: row.roundingUnit ?? 1, mode: row.roundingMode ?? 'half-up' };
    }
    return loan;
  });
