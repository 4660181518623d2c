import { type BatchResult, checkBatch, safeParseWith } from '../core/index.js';
import {
  PKH_BENEFIT_KEYS,
  type PkhBenefit,
  type PkhBenefitOptions,
  PkhFamilySchema,
  pkhBenefit,
} from './benefit.js';
import { benefitMessages, pkhKit, readMessageOptions } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys } from '../_internal/options.js';

const kit = pkhKit(benefitMessages);

/**
 * {@link pkhBenefit} for a batch of families (a file, a table from a dashboard): every family comes
 * back in `valid` with its benefit or in `rejected` with its issues, each with its index, and
 * `counts.valid + counts.rejected === counts.total`. A bad option (year, cap order, table) is not a
 * row's fault: it throws, before any row is read.
 *
 * @category PKH
 * @throws {@link ValidationError} when `families` is not iterable.
 * @throws {@link ConfigurationError} or {@link ParameterNotFoundError} for bad options, as
 * {@link pkhBenefit}.
 * @example
 * const r = pkhBenefits([{ persons: [{ component: 'sd' }] }, { persons: 'x' }], { year: 2022 });
 * r.counts //=> { total: 2, valid: 1, rejected: 1 }
 * r.valid[0].value.total //=> 900_000
 */
export function pkhBenefits(
  families: Iterable<unknown>,
  options: PkhBenefitOptions,
): BatchResult<PkhBenefit> {
  checkOptionKeys(options, PKH_BENEFIT_KEYS, 'pkhBenefits');
  try {
    const msg = readMessageOptions(options);
    // Check the options once on an empty family, so that a bad year is an error, not n rejections.
    pkhBenefit({ persons: [] }, options);
    return checkBatch(
      families,
      (row) => {
        const parsed = safeParseWith(PkhFamilySchema, row, { catalog: kit.catalog, ...msg });
        return parsed.success ? { success: true, data: pkhBenefit(parsed.data, options) } : parsed;
      },
      { catalog: kit.catalog, ...msg },
    );
  } catch (error) {
    throw unreadableInput(error, 'PKH benefits');
  }
}
