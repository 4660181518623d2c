import * as z from 'zod';
import { DateTextSchema, RupiahTextSchema } from '../../core/index.js';

/**
 * A payment (setoran angsuran) as a CSV row of strings, out as the {@link Payment} that
 * {@link applyPayments} and {@link assessLoan} take: `paidOn` (a date in any form of
 * `DateTextSchema`: `29/02/2024`, `2024-02-29`, a spreadsheet serial) and `amount` (rupiah text:
 * `Rp 118.000`, whole rupiah). Other columns (a receipt number) are dropped.
 *
 * @category Payments
 * @example
 * PaymentTextSchema.parse({ paidOn: '29/02/2024', amount: 'Rp 118.000', receipt: 'K-17' })
 * //=> { paidOn: '2024-02-29', amount: 118000 }
 */
export const PaymentTextSchema = z.object({ paidOn: DateTextSchema, amount: RupiahTextSchema });
