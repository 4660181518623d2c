import { exactFraction } from '../../_internal/exact-decimal.js';
import {
  dateField,
  maxLengthCheck,
  type Report,
  wholeField,
} from '../../_internal/mirror-fields.js';

// The fields the loan schemas share (LoanSchema, FlatTotalLoanSchema), read without zod with the
// issues the schemas report (see _internal/mirror-fields.ts): for `buildSchedule`'s own path.

/**
 * `PercentMini` (`DecimalInputMini` checked 0 .. 1,000): a finite number or a decimal string of at
 * most 80 characters, within 0 .. 1,000. True when no issue.
 */
export function percentField(v: unknown, path: (string | number)[], report: Report): boolean {
  const isNumber = typeof v === 'number' && Number.isFinite(v);
  if (!isNumber && typeof v !== 'string') {
    // Neither option of the union: the string option still reads a length (zod's length check).
    maxLengthCheck(v, path, 80, () => {});
    report('invalid_union', path, {});
    return false;
  }
  let ok = isNumber || maxLengthCheck(v, path, 80, report);
  const f = exactFraction(v);
  if (f === undefined) {
    report('invalid_decimal', path, {});
    return false;
  }
  if (f.numerator < 0n || f.numerator > 1000n * f.denominator) {
    report('rate_out_of_range', path, { minimum: 0, maximum: 1000 });
    ok = false;
  }
  return ok;
}

/** The loan fields both schemas start with, in their order. */
export interface LoanHead {
  principal: number;
  disbursedOn: string;
  firstDueOn?: string | undefined;
}

const P_PRINCIPAL = ['principal'];
const P_DISBURSED = ['disbursedOn'];
const P_FIRST_DUE = ['firstDueOn'];

/** `principal`, `disbursedOn` and the optional `firstDueOn`, written into `out`. */
export function readLoanHead(o: Record<string, unknown>, out: LoanHead, report: Report): void {
  const { principal, disbursedOn } = o;
  wholeField(principal, P_PRINCIPAL, 1, 1_000_000_000_000_000, report);
  out.principal = principal as number;
  dateField(disbursedOn, P_DISBURSED, report);
  out.disbursedOn = disbursedOn as string;
  const firstDueOn = o.firstDueOn;
  if (firstDueOn !== undefined) dateField(firstDueOn, P_FIRST_DUE, report);
  if ('firstDueOn' in o) out.firstDueOn = firstDueOn as string | undefined;
}
