import type { ParseOptions } from '../core/parse-options.js';
import { optionKeys } from './options.js';

/** The keys {@link ParseOptions} allows. */
export const PARSE_OPTION_KEYS = optionKeys<ParseOptions>()({
  locale: true,
  messages: true,
  context: true,
  catalog: true,
  path: true,
});
