/**
 * What `schedule`, `assess`, `verify` and `score` share: every row of an input read through a text
 * schema of the library, yielded with its row number (as the user finds it) and its raw cells, so a
 * command can also read its own columns (an id, a group) from the same row; library errors turned
 * into issues in `--lang`; a rejects file for commands that read two files.
 */
import {
  type BilingualCatalog,
  CalendarDateSchema,
  type Issue,
  type MessageOptions,
  renderBoth,
  SejahteraError,
  validateStream,
} from 'sejahtera';
import type * as z from 'zod';
import { type Lang, listColumns, OWN_MESSAGES, rowObject, stop } from './common.js';
import { fail } from './errors.js';
import type { Cell, Source } from './input.js';
import { outputFormat, RowWriter } from './output.js';

/** One input row read through a schema. */
export type ReadRecord<T> =
  | {
      readonly row: number;
      readonly cells: readonly Cell[];
      readonly ok: true;
      readonly value: T;
    }
  | {
      readonly row: number;
      readonly cells: readonly Cell[];
      readonly ok: false;
      readonly issues: readonly Issue[];
    };

/** An issue of the command itself (not the library's), with its message in `lang`. */
export function ownIssue(
  code: string,
  path: readonly (string | number)[],
  message: { readonly en: string; readonly id: string },
  lang: Lang,
): Issue {
  return { code, path: [...path], params: {}, message: message[lang] };
}

/**
 * Reads every row of `source` through `schema` (the library's `validateStream`, in `lang`). A JSON
 * Lines line that is not an object comes back as a rejection (`not_json`). Stops at Ctrl-C.
 */
export async function* readRecords<T>(
  source: Source,
  schema: z.ZodType,
  columns: readonly (readonly [string, number])[],
  lang: Lang,
  options: MessageOptions & { unique?: string | undefined } = {},
): AsyncGenerator<ReadRecord<T>> {
  let current: { row: number; cells: readonly Cell[] } = { row: 0, cells: [] };
  const pending: ReadRecord<T>[] = [];
  async function* objects() {
    for await (const r of source.rows) {
      if (stop.requested) return;
      if (r.error !== undefined) {
        pending.push({
          row: r.row,
          cells: [],
          ok: false,
          issues: [ownIssue('not_json', [], OWN_MESSAGES.not_json, lang)],
        });
        continue;
      }
      current = { row: r.row, cells: r.cells };
      yield rowObject(r.cells, columns);
    }
  }
  const stream = validateStream(schema, objects(), {
    locale: lang,
    ...(options.unique === undefined ? {} : { unique: options.unique }),
  });
  for await (const record of stream) {
    // Unreadable lines met while pulling this row come first: they are earlier in the file.
    while (pending.length > 0) yield pending.shift() as ReadRecord<T>;
    yield record.ok
      ? { ...current, ok: true, value: record.value as T }
      : { ...current, ok: false, issues: record.issues };
  }
  while (pending.length > 0) yield pending.shift() as ReadRecord<T>;
}

/**
 * The issues of an error the library threw for one row, with messages in `lang` (re-rendered from
 * `catalog` when given; the library's messages already mask NIK and KK numbers).
 */
export function issuesOfError(error: unknown, lang: Lang, catalog?: BilingualCatalog): Issue[] {
  if (!(error instanceof SejahteraError)) throw error;
  const issues = (error as { issues?: readonly Issue[] }).issues;
  if (Array.isArray(issues) && issues.length > 0) {
    return issues.map((issue: Issue) => ({
      ...issue,
      message: catalog === undefined ? issue.message : renderBoth(issue, catalog)[lang],
    }));
  }
  return [{ code: error.code, path: [], params: error.params, message: error.messages[lang] }];
}

/** The one-line message of a library error, in `lang`, for a configuration error (exit 2). */
export function messageOf(error: unknown, lang: Lang): string {
  if (error instanceof SejahteraError) return error.messages[lang];
  return (error as Error)?.message ?? String(error);
}

/** The column index of a command's own column (`--id`, `--by`), or a one-line error. */
export function columnIndex(
  source: Source,
  column: string,
  option: string,
  required: boolean,
): number | undefined {
  const index = source.header.indexOf(column);
  if (index < 0 && required) {
    fail(
      `${option} ${column}: ${source.name} has no column '${column}'; its columns are ${listColumns(source.header)}`,
    );
  }
  return index < 0 ? undefined : index;
}

/** The trimmed text of a cell, or '' when blank or not text. */
export function cellText(cells: readonly Cell[], index: number | undefined): string {
  if (index === undefined) return '';
  const v = cells[index];
  return typeof v === 'string' ? v.trim() : '';
}

/** Columns of a rejects file for a command that reads two files. */
export const FILE_REJECT_COLUMNS = ['file', 'row', 'column', 'code', 'message'] as const;

/**
 * Rejected rows of a command that reads two files: the same as `--rejects` of the other commands,
 * with the file's name first.
 */
export class FileRejects {
  count = 0;
  private readonly writer: RowWriter | undefined;

  constructor(path: string | undefined) {
    this.writer =
      path === undefined
        ? undefined
        : new RowWriter(outputFormat(undefined, path), FILE_REJECT_COLUMNS, path);
  }

  /** Records one rejected row of `file` with its issues; `columnOf` names a field's column. */
  async add(
    file: string,
    row: number,
    issues: readonly Issue[],
    columnOf: (field: string | number | undefined) => string,
  ): Promise<void> {
    this.count++;
    if (this.writer === undefined) return;
    for (const issue of issues) {
      await this.writer.write({
        file,
        row,
        column: columnOf(issue.path[0]),
        code: issue.code,
        message: issue.message,
      });
    }
  }

  async end(): Promise<void> {
    await this.writer?.end();
  }
}

/** Reads `--as-of` (and the like): a real calendar date `YYYY-MM-DD` (the library's rule). */
export function readDateOption(option: string, value: string | undefined): string {
  if (value === undefined) fail(`needs ${option} <YYYY-MM-DD>`);
  if (!CalendarDateSchema.safeParse(value).success) {
    fail(`${option} takes a real date written YYYY-MM-DD (got '${value}')`);
  }
  return value;
}
