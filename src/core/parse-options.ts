import type { BilingualCatalog, ContextName, MessageOptions } from './issue-types.js';

/**
 * Options of {@link parseWith} and {@link safeParseWith}.
 *
 * @category Issues
 */
export interface ParseOptions extends MessageOptions {
  /**
   * What is being parsed, for the error message: a {@link ContextName} (`{ en: 'loan', id:
   * 'pinjaman' }`), or a string ("loan", "household"), named in Indonesian when it is one of the
   * library's contexts and printed as given otherwise.
   */
  context?: string | ContextName | undefined;
  /** Messages for the domain's own codes. */
  catalog?: BilingualCatalog | undefined;
  /** Prefix for every issue path (a batch passes the row's place). */
  path?: readonly (string | number)[] | undefined;
}
