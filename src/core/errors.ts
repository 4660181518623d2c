import { redactIdentifiersRaw, redactPathRaw, redactValueRaw } from '../_internal/redact.js';
import type { ContextName, Issue } from './issue-types.js';
import { UNREADABLE_MESSAGES, unreadableIssue } from '../_internal/unreadable.js';
import { printedNumbers } from '../_internal/printed-numbers.js';
import { PATH, TEXT, VALUE } from '../_internal/contexts.js';

/**
 * Numbers a `ValidationError` prints from its first issue's params (a limit in the issue's message):
 * set just before its `super()` call, read and cleared by the `SejahteraError` constructor, so they
 * stay readable in the error's message as they are in the issue's.
 */
let inheritedKeep: readonly string[] | undefined;

/**
 * The base class of every error the library throws on purpose. `code` is a stable snake_case
 * identifier to branch on; `messages` carries the text in English and Indonesian (`message` is one of
 * them, English unless the call asked for `locale: 'id'`); `params` holds the facts behind the message.
 *
 * A function of this library given outside data either returns its result or throws a
 * `SejahteraError`; it never lets a bare `TypeError` or `RangeError` escape.
 *
 * @category Errors
 */
export class SejahteraError extends Error {
  /** A stable, snake_case identifier of what went wrong. */
  readonly code: string;
  /** The facts behind the message (field names, limits, the value received when it is not personal). */
  readonly params: Readonly<Record<string, unknown>>;
  /** The message in both languages. */
  readonly messages: { readonly en: string; readonly id: string };

  constructor(
    code: string,
    messages: { en: string; id: string },
    params: Record<string, unknown> = {},
    locale: 'en' | 'id' = 'en',
  ) {
    // Redacted here, once, for every error: the params (values and keys) and both messages. Numbers
    // among the params are the library's own (limits, counts) and stay readable in the messages.
    const safeParams = redactValue(params);
    const own = printedNumbers(safeParams);
    const keep = inheritedKeep === undefined ? own : [...(own ?? []), ...inheritedKeep];
    inheritedKeep = undefined;
    const en = redactIdentifiers(messages.en, keep);
    const id = redactIdentifiers(messages.id, keep);
    super(locale === 'id' ? id : en);
    this.name = 'SejahteraError';
    this.code = code;
    this.params = safeParams;
    this.messages = { en, id };
  }
}

/**
 * Thrown by `parseX` functions and by any function whose arguments fail validation. `issues` lists
 * every problem found (not only the first), each naming its field (`path`) and rule (`code`).
 *
 * `context` names what was invalid: a {@link ContextName} (`{ en: 'loan', id: 'pinjaman' }`) gives
 * each message its own language; a plain string is printed as given in both. `params.context` is the
 * English name.
 *
 * @category Errors
 */
export class ValidationError extends SejahteraError {
  /** Every problem found, in the order the fields were checked. */
  readonly issues: readonly Issue[];

  constructor(
    issues: readonly Issue[],
    context: string | ContextName,
    firstIssueMessages: { en: string; id: string },
    locale: 'en' | 'id' = 'en',
  ) {
    const name =
      typeof context === 'object' && context !== null
        ? { en: String(context.en), id: String(context.id) }
        : { en: String(context), id: String(context) };
    const first = issues[0];
    inheritedKeep = first === undefined ? undefined : printedNumbers(redactValue(first.params));
    const more = issues.length > 1 ? issues.length - 1 : 0;
    const where = (issue: Issue | undefined) =>
      issue === undefined || issue.path.length === 0 ? '' : ` at ${formatPath(issue.path)}`;
    const en = `Invalid ${name.en}${where(first)}: ${firstIssueMessages.en}${
      more > 0 ? ` (and ${more} more issue${more > 1 ? 's' : ''})` : ''
    }`;
    // The place is a path to type (`options.decimalPlaces`): in backticks in Indonesian (docs/core.md).
    const whereId = (issue: Issue | undefined) =>
      issue === undefined || issue.path.length === 0 ? '' : ` pada \`${formatPath(issue.path)}\``;
    const id = `${name.id} tidak valid${whereId(first)}: ${
      firstIssueMessages.id
    }${more > 0 ? ` (dan ${more} masalah lain)` : ''}`;
    super('validation_failed', { en, id }, { context: name.en, issueCount: issues.length }, locale);
    this.name = 'ValidationError';
    this.issues = redactIssues(issues);
  }
}

/**
 * What a `parameter_stale` {@link ParameterNotFoundError} knows about the value it refused.
 *
 * @category Errors
 */
export interface StaleParameter {
  /** The date from which the last value is in force. */
  readonly lastFrom: string;
  /** The last value, as text. */
  readonly lastValue: string;
  /** The start of the period that has no value yet. */
  readonly nextExpected: string;
}

/**
 * Thrown when a dated table has no value in force at the requested date. `code` is
 * `parameter_not_found` when the date is before the table's first value, and `parameter_stale` when the
 * table has a cadence and its last value before the date belongs to a period that has ended with no
 * newer value (then `stale` names that value, its date and the period that is missing). Names the
 * table and the date.
 *
 * @category Errors
 */
export class ParameterNotFoundError extends SejahteraError {
  /** The id of the table that was asked. */
  readonly tableId: string;
  /** The date that was asked. */
  readonly date: string;
  /** For `parameter_stale`: the value refused, its date and the missing period. */
  readonly stale?: StaleParameter | undefined;

  constructor(
    tableId: string,
    date: string,
    firstFrom: string | undefined,
    stale?: StaleParameter,
  ) {
    if (stale === undefined) {
      super(
        'parameter_not_found',
        {
          en: `Table "${tableId}" has no value in force on ${date}${
            firstFrom === undefined ? '' : `; its first value starts on ${firstFrom}`
          }`,
          id: `Tabel "${tableId}" tidak memiliki nilai yang berlaku pada ${date}${
            firstFrom === undefined ? '' : `; nilai pertamanya berlaku mulai ${firstFrom}`
          }`,
        },
        { tableId, date, firstFrom },
      );
    } else {
      super(
        'parameter_stale',
        {
          en: `Table "${tableId}" has no value for the period starting ${stale.nextExpected}: its last value, ${stale.lastValue} from ${stale.lastFrom}, is stale on ${date} (pass { allowStale: true } to use it anyway)`,
          id: `Tabel "${tableId}" belum memiliki nilai untuk periode mulai ${stale.nextExpected}: nilai terakhirnya, ${stale.lastValue} sejak ${stale.lastFrom}, sudah kedaluwarsa pada ${date} (berikan { allowStale: true } untuk tetap memakainya)`,
        },
        { tableId, date, firstFrom, ...stale },
      );
    }
    this.name = 'ParameterNotFoundError';
    // The redacted values (a table id or a date may be caller text).
    this.tableId = this.params.tableId as string;
    this.date = this.params.date as string;
    if (stale !== undefined) this.stale = redactValue(stale);
  }
}

/**
 * Thrown for a configuration mistake: a band table with gaps, a rule set that contradicts itself, an
 * unknown preset name. `code` says which rule was broken.
 *
 * @category Errors
 */
export class ConfigurationError extends SejahteraError {
  constructor(
    code: string,
    messages: { en: string; id: string },
    params: Record<string, unknown> = {},
  ) {
    super(code, messages, params);
    this.name = 'ConfigurationError';
  }
}

/**
 * Formats an issue path the way a reader would write it: `rows[3].members[0].nik`.
 *
 * @category Errors
 * @example
 * formatPath(['members', 0, 'nik'])
 * //=> 'members[0].nik'
 */
export function formatPath(path: readonly (string | number)[]): string {
  try {
    let out = '';
    if (!Array.isArray(path)) return out;
    for (const part of path) {
      if (typeof part === 'number') out += `[${part}]`;
      else if (typeof part === 'string') out += out === '' ? part : `.${part}`;
      else out += out === '' ? '?' : '.?';
    }
    return out;
  } catch (error) {
    throw unreadableInput(error, PATH);
  }
}

/**
 * Issues built by hand (not by `createIssue`) are redacted as `createIssue` would: path, params and
 * message. Issues that are already redacted come back as the same objects.
 */
function redactIssues(issues: readonly Issue[]): readonly Issue[] {
  if (!Array.isArray(issues)) return [];
  let copy: Issue[] | undefined;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    const code = redactIdentifiers(issue.code);
    const path = redactPath(issue.path);
    const params = redactValue(issue.params);
    const message = redactIdentifiers(issue.message, printedNumbers(params));
    const same =
      code === issue.code &&
      path === issue.path &&
      params === issue.params &&
      message === issue.message &&
      Object.keys(issue).length === 4;
    const next = same ? issue : { code, path, params, message };
    if (next !== issue && copy === undefined) copy = issues.slice(0, i);
    if (copy !== undefined) copy.push(next);
  }
  return copy ?? issues;
}

// This module cannot import _internal/guard.ts (it imports this one), so it guards the masking rules
// of _internal/redact.ts itself, as guard.ts does: an unreadable input becomes the `unreadable_input`
// ValidationError, a SejahteraError passes through. The guarded redaction functions are public
// (core/mask.ts re-exports them): every error and issue of the library is redacted through them.

function unreadableInput(error: unknown, context: ContextName): SejahteraError {
  if (error instanceof SejahteraError) return error;
  return new ValidationError([unreadableIssue()], context, UNREADABLE_MESSAGES);
}

/**
 * Masks every run of digits that may be a NIK or KK number in a text, keeping the first 6 digits (the
 * region code) and the last 2, as {@link maskIdentifier} does. A run is twelve or more digits in a row,
 * or sixteen or more digits written with separators (`3304 1245 0585 0001`, `3304-1245-0585-0001`,
 * dots, tabs, no-break or zero-width spaces) or in any script's digits (full-width `３３０４…`).
 * Rupiah amounts below one trillion have fewer digits, so they stay readable.
 *
 * `keep` lists numbers the library itself printed (a limit such as `100000000000000`): a run whose
 * digits are exactly one of them (written plain or grouped, `9,007,199,254,740,991`) stays readable. Every issue and error of the library passes through this
 * when it is built (see {@link createIssue} and {@link SejahteraError}), so no message, path or param
 * can carry a full NIK or KK number, even when a caller's own message template interpolates one.
 *
 * @category Identifiers
 * @example
 * redactIdentifiers('NIK 3201234567890001 sudah terdaftar')
 * //=> 'NIK 320123********01 sudah terdaftar'
 * redactIdentifiers('NIK 3201 2345 6789 0001')
 * //=> 'NIK 3201 23** **** **01'
 */
export function redactIdentifiers(text: string, keep?: readonly string[]): string {
  try {
    return redactIdentifiersRaw(text, keep);
  } catch (error) {
    throw unreadableInput(error, TEXT);
  }
}

/**
 * A copy of a value with every text in it redacted by {@link redactIdentifiers}: strings, object keys
 * and array items, to a depth of six (deeper values are dropped). Numbers below 10^15 stay as they
 * are (amounts, counts, indexes, limits such as `100000000000000`), as do the library's own larger
 * limits (`Number.MAX_SAFE_INTEGER`, powers of ten); any other number of sixteen digits or more may
 * be a NIK typed into a numeric field and becomes its masked text. A value with nothing to redact is
 * returned as is (no copy).
 *
 * @category Identifiers
 * @example
 * redactValue({ keys: ['3201234567890001'], limit: 100000000000000 })
 * //=> { keys: ['320123********01'], limit: 100000000000000 }
 */
export function redactValue<T>(value: T): T {
  try {
    return redactValueRaw(value);
  } catch (error) {
    throw unreadableInput(error, VALUE);
  }
}

/**
 * A copy of an issue path with every segment that may hold an identifier redacted: string segments
 * (a record keyed by NIK, an unknown key) through {@link redactIdentifiers}; a number of sixteen
 * digits (a NIK used as a `Map` key) becomes its masked text. Anything else becomes `'?'`.
 * A path with nothing to redact is returned as is.
 *
 * @category Identifiers
 * @example
 * redactPath(['groups', '3201234567890001', 'members', 0])
 * //=> ['groups', '320123********01', 'members', 0]
 */
export function redactPath(path: readonly (string | number)[]): readonly (string | number)[] {
  try {
    return redactPathRaw(path);
  } catch (error) {
    throw unreadableInput(error, PATH);
  }
}
