/**
 * The language of a run's messages and the messages of the command's own row issues. A module with no
 * imports: a `poverty` worker thread needs these, and reaching them through common.ts loaded the
 * input and output modules too (Node's readline, streams and more: about 40 ms of a worker's start,
 * docs/cli.md, session 12).
 */

/** The language of messages and the summary. */
export type Lang = 'id' | 'en';

/** Messages of the command's own row issues. */
export const OWN_MESSAGES = {
  not_json: { en: 'The row is not a JSON object.', id: 'Baris ini bukan objek JSON.' },
  missing_group: {
    en: 'The group column is empty.',
    id: 'Kolom kelompok kosong.',
  },
} as const;
