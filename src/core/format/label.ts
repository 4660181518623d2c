import { SejahteraError } from '../errors.js';
import { createIssue } from '../issues.js';
import type { Label } from '../labels.js';
import { type FormatOptions, readFormatOptions } from './options.js';
import { unreadableAs } from '../../_internal/guard.js';
import { invalidIn } from '../parse.js';
import { LABEL_OF } from '../../_internal/contexts.js';

/**
 * The label of a result code in one language, from the code's label table: one function for every
 * table the library ships (`POVERTY_BAND_LABELS`, `RICE_EQUIVALENT_LABELS`,
 * `FAMILY_WELFARE_STAGE_LABELS`, `KOLEKTIBILITAS_LABELS`, `RATING_BAND_LABELS`, `KPB_REASON_LABELS`,
 * `DAYA_LABELS`, `TERCATEGORY_LABELS`, `EFFECTIVENESS_LABELS`) and for a table of your own. Indonesian
 * unless `locale: 'en'`, like the other formatting functions.
 *
 * @category Formatting
 * @throws {@link ValidationError} (code `invalid_value`) when the table has no label for `code`.
 * @example
 * labelOf({ lancar: { id: 'Lancar', en: 'Current' } }, 'lancar')
 * //=> 'Lancar'
 * labelOf({ lancar: { id: 'Lancar', en: 'Current' } }, 'lancar', { locale: 'en' })
 * //=> 'Current'
 */
export function labelOf<const T extends Readonly<Record<string, Label>>>(
  labels: T,
  code: keyof T & string,
  options: FormatOptions = {},
): string {
  const { locale } = readFormatOptions(options, LABEL_OF);
  try {
    const label =
      typeof labels === 'object' &&
      labels !== null &&
      typeof code === 'string' &&
      Object.hasOwn(labels, code)
        ? (labels as Record<string, unknown>)[code]
        : undefined;
    const text =
      typeof label === 'object' && label !== null
        ? (label as Record<string, unknown>)[locale]
        : undefined;
    if (typeof text !== 'string') {
      throw invalidIn(
        [
          createIssue('invalid_value', ['code'], {
            allowed:
              typeof labels === 'object' && labels !== null ? Object.keys(labels).slice(0, 20) : [],
          }),
        ],
        LABEL_OF,
      );
    }
    return text;
  } catch (error) {
    throw error instanceof SejahteraError ? error : unreadableAs(error, LABEL_OF);
  }
}
