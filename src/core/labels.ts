import { unreadableInput } from '../_internal/guard.js';

/**
 * A text in the two languages every dashboard needs.
 *
 * @category Labels
 */
export interface Label {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * The languages that messages and labels come in. `'en'` is the default everywhere.
 *
 * @category Labels
 */
export type Locale = 'en' | 'id';

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
    throw unreadableInput(error, 'label');
  }
}
