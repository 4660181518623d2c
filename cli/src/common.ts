/** What the subcommands share: columns, languages, counts, the summary line and the exit code. */
import { readFileSync } from 'node:fs';
import { fail } from './errors.js';
import type { InputFormat } from './input.js';
import { INPUT_FORMATS } from './input.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';
import type { Lang } from './own-messages.js';

// The message language (`--lang`) and the command's own row messages live in a module of their
// own, so that a worker thread can import them without this module's imports.
export { type Lang, OWN_MESSAGES } from './own-messages.js';

/** Options every file command takes, for `util.parseArgs`. */
export const COMMON_OPTIONS = {
  from: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  map: { type: 'string', multiple: true },
  rejects: { type: 'string' },
  lang: { type: 'string' },
  'max-rejects': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The common options as read. */
export interface CommonValues {
  from?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  map?: string[] | undefined;
  rejects?: string | undefined;
  lang?: string | undefined;
  'max-rejects'?: string | undefined;
  quiet?: boolean | undefined;
}

/** Common options checked. */
export interface Common {
  from: InputFormat | undefined;
  format: OutputFormat | undefined;
  out: string | undefined;
  maps: ReadonlyMap<string, string>;
  rejects: string | undefined;
  lang: Lang;
  maxRejects: number;
  quiet: boolean;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]) {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    fail(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

/** Checks the common options. */
export function readCommon(values: CommonValues): Common {
  const maps = new Map<string, string>();
  for (const entry of values.map ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) fail(`--map takes field=column (got '${entry}')`);
    maps.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  let maxRejects = 0;
  if (values['max-rejects'] !== undefined) {
    const text = values['max-rejects'];
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      fail(`--max-rejects takes a whole number >= 0 (got '${text}')`);
    }
    maxRejects = Number(text);
  }
  return {
    from: oneOf('from', values.from, INPUT_FORMATS),
    format: oneOf('format', values.format, OUTPUT_FORMATS),
    out: values.out,
    maps,
    rejects: values.rejects,
    lang: oneOf('lang', values.lang, ['id', 'en'] as const) ?? 'id',
    maxRejects,
    quiet: values.quiet === true,
  };
}

/** Lists columns for a message. */
export function listColumns(header: readonly string[]): string {
  return header.length === 0 ? '(none)' : header.map((h) => `'${h}'`).join(', ');
}

/**
 * Where each field of a record type is in the header: the column of the same name, or the one given
 * by `--map field=column`. Fails for a mapped field the type does not have, a mapped column the file
 * does not have, or a required field with no column.
 */
export function resolveColumns(
  source: { name: string; header: readonly string[] },
  fields: readonly string[],
  required: readonly string[],
  maps: ReadonlyMap<string, string>,
  typeName: string,
): Map<string, number> {
  const at = new Map<string, number>();
  for (const [field, column] of maps) {
    if (!fields.includes(field)) {
      fail(
        `--map ${field}=${column}: ${typeName} has no field '${field}'; its fields are ${listColumns(fields)}`,
      );
    }
    const index = source.header.indexOf(column);
    if (index < 0) {
      fail(
        `--map ${field}=${column}: ${source.name} has no column '${column}'; its columns are ${listColumns(source.header)}`,
      );
    }
    at.set(field, index);
  }
  for (const field of fields) {
    if (at.has(field)) continue;
    const index = source.header.indexOf(field);
    if (index >= 0) at.set(field, index);
  }
  for (const field of required) {
    if (!at.has(field)) {
      fail(
        `${source.name} has no column '${field}' (needed for ${typeName}); its columns are ${listColumns(source.header)}; name one with --map ${field}=<column>`,
      );
    }
  }
  return at;
}

/** The row object a text schema reads: only the fields that have a column. */
export function rowObject(
  cells: readonly unknown[],
  columns: readonly (readonly [string, number])[],
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, index] of columns) row[field] = cells[index];
  return row;
}

/** The column name a field is read from, for the rejects file. */
export function columnNamer(
  header: readonly string[],
  at: ReadonlyMap<string, number>,
): (field: string | number | undefined) => string {
  return (field) => {
    if (typeof field !== 'string') return '';
    const index = at.get(field);
    return index === undefined ? field : (header[index] ?? field);
  };
}

/** Reads a JSON file given to an option. */
export function readJsonFile(option: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${option}: no such file: ${path}` : `${option}: cannot read ${path}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    fail(`${option}: ${path} is not valid JSON`);
  }
}

/** Counts of a run. */
export interface Counts {
  rows: number;
  passed: number;
  rejected: number;
}

/** The exit code: 0 when no more rows were rejected than tolerated, else 1. */
export function exitCodeOf(counts: Counts, maxRejects: number): number {
  return counts.rejected > maxRejects ? 1 : 0;
}

/** The summary line printed on standard error. */
export function summaryLine(
  command: string,
  counts: Counts,
  seconds: number,
  lang: Lang,
  extra = '',
  interrupted = false,
): string {
  const n = (x: number) => countText(x, lang);
  const time = secondsText(seconds, lang);
  const stop = interrupted ? (lang === 'id' ? ' (dihentikan)' : ' (interrupted)') : '';
  return lang === 'id'
    ? `sejahtera ${command}: ${n(counts.rows)} baris, ${n(counts.passed)} lolos, ${n(counts.rejected)} ditolak, ${time} dtk${extra}${stop}`
    : `sejahtera ${command}: ${n(counts.rows)} rows, ${n(counts.passed)} passed, ${n(counts.rejected)} rejected, ${time} s${extra}${stop}`;
}

/**
 * A whole number with its thousands grouped as `toLocaleString` groups them in `id-ID` (`1.234.567`)
 * or `en-US` (`1,234,567`). Written out because a process's first `Intl` number format loads ICU's
 * locale data, about 20 ms, a cost every run of a command paid for its one summary line.
 * tests/cli/summary-numbers.test.ts checks it against `toLocaleString`.
 */
export function countText(n: number, lang: Lang): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  const digits = String(Math.abs(n));
  const sep = lang === 'id' ? '.' : ',';
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
}

/**
 * Seconds to one decimal at most, as `toLocaleString` writes them with `maximumFractionDigits: 1`
 * (`3,3` or `3.3`; `3` for 3.0). Like ICU, it rounds the number's shortest decimal form (`String`:
 * 514.05 is written `514.05` though its exact value is below it) half away from zero.
 */
export function secondsText(seconds: number, lang: Lang): string {
  const text = String(seconds);
  const m = /^(\d+)(?:\.(\d)(\d)?)?/.exec(text);
  if (m === null || seconds >= 1e15 || text.includes('e')) {
    return seconds.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
  }
  let whole = Number(m[1]);
  let tenth = Number(m[2] ?? '0');
  if (Number(m[3] ?? '0') >= 5 && ++tenth === 10) {
    tenth = 0;
    whole++;
  }
  const head = countText(whole, lang);
  return tenth === 0 ? head : `${head}${lang === 'id' ? ',' : '.'}${tenth}`;
}

/** Set by Ctrl-C: the commands stop reading, print the summary so far and exit with 130. */
export const stop = { requested: false };
