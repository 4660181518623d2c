import { unreadableAs } from '../_internal/guard.js';

export type { Label, Locale } from './label-types.js';
import type { Label, Locale } from './label-types.js';
import { LABEL } from '../_internal/contexts.js';

/**
 * Picks the text of a label in one language (an empty string when the label has none).
 *
 * @category Labels
 * @example
 * labelIn({ id: 'Lancar', en: 'Current' }, 'id')
 * //=> 'Lancar'
 */
export function labelIn(label: Label, locale: Locale = 'en'): string {
  try {
    const text =
      typeof label === 'object' && label !== null
        ? locale === 'id'
          ? label.id
          : label.en
        : undefined;
    return typeof text === 'string' ? text : '';
  } catch (error) {
    throw unreadableAs(error, LABEL);
  }
}
