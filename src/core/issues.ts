import { deepFreeze } from '../_internal/freeze.js';
import type * as z from 'zod';
import { baseMessages, field, fieldId, jenis, show } from './base-messages.js';
import type { ValidationError } from './errors.js';
import { buildIssue, buildValidationError, renderBothWith } from './issue-kit.js';
import type { Locale } from './labels.js';
import { type TextIssueCode, textMessages } from './text/messages.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

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
 * Names the type of a value the way messages do (`'null'`, `'array'`, `'NaN'`, `'Infinity'`, ...).
 * Only the type is ever reported, never the value, so identifiers cannot leak through messages.
 *
 * @category Issues
 * @example
 * describeType([1, 2])
 * //=> 'array'
 */
export function describeType(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return 'number';
    }
    if (value instanceof Date) return 'Date';
  } catch {
    // A revoked Proxy, or one whose traps throw: report what typeof says.
  }
  return typeof value;
}

const bound = (p: Readonly<Record<string, unknown>>, key: 'minimum' | 'maximum') => {
  const origin = p.origin;
  const v = show(p[key]);
  if (origin === 'string') return `${v} characters`;
  if (origin === 'array' || origin === 'set') return `${v} items`;
  return v;
};

const batas = (p: Readonly<Record<string, unknown>>, key: 'minimum' | 'maximum') => {
  const origin = p.origin;
  const v = show(p[key]);
  if (origin === 'string') return `${v} karakter`;
  if (origin === 'array' || origin === 'set') return `${v} butir`;
  return v;
};

/**
 * The issue codes produced by the core (zod's checks mapped to stable codes, plus the core's own).
 *
 * @category Issues
 */
export type CoreIssueCode =
  | 'required'
  | 'invalid_type'
  | 'not_integer'
  | 'not_finite'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_value'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_calendar_date'
  | 'invalid_decimal'
  | 'unreadable_row'
  | 'unreadable_input'
  | 'not_iterable'
  | 'zero_sum'
  | 'date_out_of_range'
  | 'rate_out_of_range'
  | 'custom'
  | TextIssueCode;

/**
 * English and Indonesian messages for every {@link CoreIssueCode}.
 *
 * @category Issues
 */
export const coreMessages: BilingualCatalog<CoreIssueCode> = {
  required: {
    en: (_p, path) => `${field(path)} is required`,
    id: (_p, path) => `${fieldId(path)} wajib diisi`,
  },
  invalid_type: baseMessages.invalid_type,
  not_integer: baseMessages.not_integer,
  not_finite: {
    en: (p, path) => `${field(path)} must be a finite number, received ${String(p.received)}`,
    id: (p, path) => `${fieldId(path)} harus bilangan terhingga, diterima ${jenis(p.received)}`,
  },
  too_small: {
    en: (p, path) =>
      `${field(path)} must be ${p.inclusive === false ? 'greater than' : 'at least'} ${bound(p, 'minimum')}`,
    id: (p, path) =>
      `${fieldId(path)} harus ${p.inclusive === false ? 'lebih dari' : 'paling sedikit'} ${batas(p, 'minimum')}`,
  },
  too_big: {
    en: (p, path) =>
      `${field(path)} must be ${p.inclusive === false ? 'less than' : 'at most'} ${bound(p, 'maximum')}`,
    id: (p, path) =>
      `${fieldId(path)} harus ${p.inclusive === false ? 'kurang dari' : 'paling banyak'} ${batas(p, 'maximum')}`,
  },
  invalid_format: {
    en: (p, path) => `${field(path)} has an invalid format (${show(p.format)})`,
    id: (p, path) => `format ${fieldId(path)} tidak valid (${show(p.format)})`,
  },
  not_multiple_of: {
    en: (p, path) => `${field(path)} must be a multiple of ${show(p.divisor)}`,
    id: (p, path) => `${fieldId(path)} harus kelipatan ${show(p.divisor)}`,
  },
  unrecognized_keys: {
    en: (p) => `unknown field(s): ${show(p.keys)}`,
    id: (p) => `isian tidak dikenal: ${show(p.keys)}`,
  },
  invalid_value: {
    en: (p, path) => `${field(path)} must be one of ${show(p.allowed)}`,
    id: (p, path) => `${fieldId(path)} harus salah satu dari ${show(p.allowed)}`,
  },
  invalid_union: {
    en: (_p, path) => `${field(path)} does not match any accepted form`,
    id: (_p, path) => `${fieldId(path)} tidak sesuai dengan bentuk yang diterima`,
  },
  invalid_key: {
    en: (_p, path) => `${field(path)} has an invalid key`,
    id: (_p, path) => `${fieldId(path)} memiliki kunci yang tidak valid`,
  },
  invalid_element: {
    en: (_p, path) => `${field(path)} has an invalid element`,
    id: (_p, path) => `${fieldId(path)} memiliki elemen yang tidak valid`,
  },
  invalid_calendar_date: {
    en: (_p, path) => `${field(path)} must be a real calendar date written YYYY-MM-DD`,
    id: (_p, path) => `${fieldId(path)} harus tanggal kalender yang ada, ditulis YYYY-MM-DD`,
  },
  invalid_decimal: {
    en: (_p, path) => `${field(path)} must be a finite decimal number`,
    id: (_p, path) => `${fieldId(path)} harus bilangan desimal terhingga`,
  },
  unreadable_row: baseMessages.unreadable_row,
  unreadable_input: {
    en: () => 'the input could not be read (reading it threw an error)',
    id: () => 'masukan tidak dapat dibaca (membacanya menimbulkan galat)',
  },
  not_iterable: {
    en: (p, path) => `${field(path)} must be an array or iterable, received ${String(p.received)}`,
    id: (p, path) =>
      `${fieldId(path)} harus berupa array atau iterable, diterima ${String(p.received)}`,
  },
  zero_sum: {
    en: (_p, path) => `${field(path)} must not sum to zero`,
    id: (_p, path) => `jumlah ${fieldId(path)} tidak boleh nol`,
  },
  date_out_of_range: {
    en: (p, path) => `${field(path)} must be between ${show(p.minimum)} and ${show(p.maximum)}`,
    id: (p, path) => `${fieldId(path)} harus antara ${show(p.minimum)} dan ${show(p.maximum)}`,
  },
  rate_out_of_range: {
    en: (p, path) =>
      `${field(path)} must be a percentage between ${show(p.minimum)} and ${show(p.maximum)}`,
    id: (p, path) =>
      `${fieldId(path)} harus persentase antara ${show(p.minimum)} dan ${show(p.maximum)}`,
  },
  custom: baseMessages.custom,
  ...textMessages,
};
deepFreeze(coreMessages);

/**
 * Builds an issue, rendering its message from the catalog in the call's locale (per-call overrides
 * first). Codes missing from `catalog` fall back to the core messages.
 *
 * Redaction happens here, once, for every issue of the library: the path and params are redacted
 * first ({@link redactPath}, {@link redactValue}: a record keyed by a NIK, a NIK among unknown keys or
 * in a value), the message is rendered from those, and then passed through
 * {@link redactIdentifiers} (a caller's template may print anything); numbers among the params are
 * the library's own and stay readable.
 *
 * @category Issues
 * @example
 * createIssue('too_small', ['tenor'], { minimum: 1, origin: 'number' }, { locale: 'id' }).message
 * //=> 'tenor harus paling sedikit 1'
 */
export function createIssue<Code extends string>(
  code: Code,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
  options: MessageOptions = {},
  catalog: BilingualCatalog = coreMessages,
): Issue<Code> {
  // Deliberately lenient about option keys: every parser, batch and text reader of the library passes
  // its own options (ParseOptions, BatchOptions, text-parser options) through here, and only
  // `locale` and `messages` are read. The public functions check their own keys.
  return buildIssue(code, path, params, options, catalog, coreMessages);
}

/**
 * Renders one issue in both languages (for error messages that must carry both).
 *
 * @category Issues
 */
export function renderBoth(
  issue: Pick<Issue, 'code' | 'path' | 'params'>,
  catalog: BilingualCatalog = coreMessages,
): { en: string; id: string } {
  return renderBothWith(issue, catalog, coreMessages);
}

type ZodIssueLike = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

/**
 * Converts zod issues to the library's issues: stable codes, bilingual messages, no echoed values.
 * A refinement reports its own code with `ctx.addIssue({ code: 'custom', params: { code, ...facts } })`.
 *
 * @category Issues
 */
export function issuesFromZod(
  zodIssues: readonly z.core.$ZodIssue[],
  options: MessageOptions = {},
  catalog: BilingualCatalog = coreMessages,
  basePath: readonly (string | number)[] = [],
): Issue[] {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'issuesFromZod');
    const out: Issue[] = [];
    if (!Array.isArray(zodIssues)) return out;
    for (const raw of zodIssues as readonly ZodIssueLike[]) {
      if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.path)) continue;
      const path = [...basePath, ...(raw.path as (string | number)[]).map(keyOf)];
      let code: string;
      let params: Record<string, unknown>;
      switch (raw.code) {
        case 'invalid_type': {
          const received = describeType(raw.input);
          if (!('input' in raw) || raw.input === undefined) {
            code = 'required';
            params = { expected: raw.expected };
          } else if (
            raw.expected === 'int' &&
            typeof raw.input === 'number' &&
            Number.isFinite(raw.input)
          ) {
            code = 'not_integer';
            params = { expected: 'integer', received };
          } else if (
            (raw.expected === 'number' || raw.expected === 'int') &&
            typeof raw.input === 'number'
          ) {
            code = 'not_finite';
            params = { expected: 'finite number', received };
          } else {
            code = 'invalid_type';
            params = { expected: raw.expected === 'int' ? 'integer' : raw.expected, received };
          }
          break;
        }
        case 'too_small':
          code = 'too_small';
          params = {
            minimum: numeric(raw.minimum),
            inclusive: raw.inclusive ?? true,
            origin: raw.origin,
          };
          break;
        case 'too_big':
          code = 'too_big';
          params = {
            maximum: numeric(raw.maximum),
            inclusive: raw.inclusive ?? true,
            origin: raw.origin,
          };
          break;
        case 'invalid_format':
          code = raw.format === 'regex' ? 'invalid_format' : 'invalid_format';
          params = { format: raw.format };
          break;
        case 'not_multiple_of':
          code = 'not_multiple_of';
          params = { divisor: numeric(raw.divisor) };
          break;
        case 'unrecognized_keys':
          code = 'unrecognized_keys';
          params = { keys: raw.keys.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)) };
          break;
        case 'invalid_value':
          code = 'invalid_value';
          params = { allowed: raw.values.map((v) => (typeof v === 'bigint' ? String(v) : v)) };
          break;
        case 'invalid_union':
          code = 'invalid_union';
          params = {};
          break;
        case 'invalid_key':
          code = 'invalid_key';
          params = {};
          break;
        case 'invalid_element':
          code = 'invalid_element';
          params = {};
          break;
        default: {
          const custom = raw.params ?? {};
          const { code: customCode, ...rest } = custom as { code?: unknown };
          code = typeof customCode === 'string' ? customCode : 'custom';
          params = rest;
        }
      }
      out.push(createIssue(code, path, params, options, catalog));
    }
    return out;
  } catch (error) {
    throw unreadableInput(error, 'issues');
  }
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function numeric(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

/**
 * Options of {@link parseWith} and {@link safeParseWith}.
 *
 * @category Issues
 */
export interface ParseOptions extends MessageOptions {
  /** What is being parsed, for the error message ("loan", "household"). */
  context?: string | undefined;
  /** Messages for the domain's own codes. */
  catalog?: BilingualCatalog | undefined;
  /** Prefix for every issue path (a batch passes the row's place). */
  path?: readonly (string | number)[] | undefined;
}

const PARSE_OPTION_KEYS = optionKeys<ParseOptions>()({
  locale: true,
  messages: true,
  context: true,
  catalog: true,
  path: true,
});

/**
 * Parses a value with a zod schema and returns the library's result shape. Never throws for any input
 * value: a schema that throws while reading a hostile object (a getter that throws) is reported as an
 * `unreadable_row` issue.
 *
 * @category Issues
 */
export function safeParseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  options: ParseOptions = {},
): SafeParseResult<z.output<S>> {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'safeParseWith');
    const opts: ParseOptions = typeof options === 'object' && options !== null ? options : {};
    try {
      // Classic and zod/mini schemas both have the method (the core's parse, same issues).
      const result = (schema as unknown as z.ZodType).safeParse(value, { reportInput: true });
      if (result.success) return { success: true, data: result.data as z.output<S> };
      // zod builds `error` lazily: reading it may touch the input again, so it stays inside the try.
      return {
        success: false,
        issues: issuesFromZod(result.error.issues, opts, opts.catalog, opts.path),
      };
    } catch {
      return {
        success: false,
        issues: [createIssue('unreadable_row', opts.path ?? [], {}, opts, opts.catalog)],
      };
    }
  } catch (error) {
    throw unreadableInput(error, 'input');
  }
}

/**
 * Parses a value with a zod schema, throwing a {@link ValidationError} that lists every issue (with
 * English and Indonesian messages) when it does not conform.
 *
 * @category Issues
 * @throws {@link ValidationError} when the value does not conform to the schema.
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  options: ParseOptions = {},
): z.output<S> {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'parseWith');
    const opts: ParseOptions = typeof options === 'object' && options !== null ? options : {};
    const result = safeParseWith(schema, value, opts);
    if (result.success) return result.data;
    throw validationError(result.issues, opts.context ?? 'input', opts);
  } catch (error) {
    throw unreadableInput(error, 'input');
  }
}

/**
 * Builds a {@link ValidationError} from issues, with the first issue's message in both languages.
 *
 * @category Issues
 */
export function validationError(
  issues: readonly Issue[],
  context: string,
  options: Pick<ParseOptions, 'locale' | 'catalog'> = {},
): ValidationError {
  try {
    // Any ParseOptions is accepted (only locale and catalog are read).
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'validationError');
    return buildValidationError(
      issues,
      context,
      options?.catalog ?? coreMessages,
      coreMessages,
      options?.locale,
    );
  } catch (error) {
    throw unreadableInput(error, 'issues');
  }
}
