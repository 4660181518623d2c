import type { MessageOptions } from '../core/issue-types.js';

/**
 * The `locale` and `messages` of an options object, read without throwing: anything unreadable or of
 * the wrong type is left out (the defaults apply). Used where an error must be worded before the
 * options themselves have been checked.
 */
export function readMessageOptions(options: unknown): MessageOptions {
  try {
    if (options === null || typeof options !== 'object') return {};
    const { locale, messages } = options as MessageOptions;
    const out: MessageOptions = {};
    if (locale === 'en' || locale === 'id') out.locale = locale;
    if (messages !== null && typeof messages === 'object') out.messages = messages;
    return out;
  } catch {
    return {};
  }
}
