// The label types, with no runtime code, so that the issue types can name `Locale` without importing
// labels.ts (which imports the error kit): no import cycle.

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
