// The issue model's types, in a module of their own (no runtime code): core/errors.ts and the
// message catalogues need them, and core/issues.ts imports those at run time, so defining them here
// keeps the import graph free of cycles.
import type { Locale } from './label-types.js';

/**
 * One problem found in the input, as data. `code` is a stable snake_case identifier of the rule;
 * `path` names the field (`['members', 2, 'nik']`); `params` holds the facts (limits, expected types);
 * `message` is rendered from those by the message map of the call (English unless `locale: 'id'`).
 *
 * @category Issues
 */
export interface Issue<Code extends string = string> {
  /** The rule that failed, as a snake_case string literal. */
  readonly code: Code;
  /** Where the problem is: object keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** A readable sentence in the call's locale. Never contains a full NIK or KK number. */
  readonly message: string;
  /** The facts behind the message. */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Renders the message of one issue code from its params and path.
 *
 * @category Issues
 */
export type MessageTemplate = (
  params: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
) => string;

/**
 * A per-call map from issue code to message template. Whatever it holds wins over the built-in
 * messages, so a dashboard can word messages its own way without touching any global state.
 *
 * @category Issues
 */
export type MessageMap = Readonly<Partial<Record<string, MessageTemplate>>>;

/**
 * Message templates for a set of codes, in both languages.
 *
 * @category Issues
 */
export type BilingualCatalog<Code extends string = string> = Readonly<
  Record<Code, { readonly en: MessageTemplate; readonly id: MessageTemplate }>
>;

/**
 * How messages are produced for one call. Nothing here is global: every function that reports issues
 * takes these options.
 *
 * @category Issues
 */
export interface MessageOptions {
  /** Language of `message` (default `'en'`). */
  locale?: Locale | undefined;
  /** Per-call overrides by issue code. */
  messages?: MessageMap | undefined;
}

/**
 * Result of a `safeParseX` function: the parsed value, or every issue found.
 *
 * @category Issues
 */
export type SafeParseResult<T, Code extends string = string> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue<Code>[] };

/**
 * What a {@link ValidationError} says was invalid, named in both languages: the English message says
 * `Invalid loan`, the Indonesian one `pinjaman tidak valid`. The library names its own contexts this
 * way where it raises them; a context given as a plain string is printed as given in both languages.
 *
 * @category Errors
 * @example
 * const loan: ContextName = { en: 'loan', id: 'pinjaman' };
 * //=> { en: 'loan', id: 'pinjaman' }
 */
export interface ContextName {
  /** The English name ("loan"), also the error's `params.context`. */
  readonly en: string;
  /** The Indonesian name ("pinjaman"). */
  readonly id: string;
}
