/**
 * Rejected rows: counted, and written to `--rejects <file>` one line per issue with the row number as
 * the user finds it, the column (the file's own name for it), the code and the message in `--lang`.
 * Messages come from the library, which masks NIK and KK numbers; the command adds no cell values.
 */
import type { Issue } from 'sejahtera';
import { outputFormat, RowWriter } from './output.js';

/** Columns of the rejects file. */
export const REJECT_COLUMNS = ['row', 'column', 'code', 'message'] as const;

/** Where rejections go. */
export class Rejects {
  count = 0;
  private readonly writer: RowWriter | undefined;

  constructor(
    path: string | undefined,
    private readonly columnOf: (field: string | number | undefined) => string,
  ) {
    this.writer =
      path === undefined
        ? undefined
        : new RowWriter(outputFormat(undefined, path), REJECT_COLUMNS, path);
  }

  /**
   * Records one rejected row with its issues. Returns a promise, to be awaited, when the file's
   * buffer was handed on (see `RowWriter.write`), else `undefined`.
   */
  add(row: number, issues: readonly Issue[]): Promise<void> | undefined {
    this.count++;
    const { writer } = this;
    if (writer === undefined) return undefined;
    let handed: Promise<void> | undefined;
    for (const issue of issues) {
      const column = this.columnOf(issue.path[0]);
      const { code, message } = issue;
      // A file's rejections repeat a few issues: each one's cells are put into text once
      // (the key, its parts' lengths first, tells every column, code and message apart).
      const key = `${column.length}:${column}${code.length}:${code}${message}`;
      const p = writer.writeNumbered(row, key, { column, code, message });
      // Two hand-overs in one row (not seen with a 64 KiB buffer) are awaited together.
      if (p !== undefined)
        handed = handed === undefined ? p : Promise.all([handed, p]).then(() => {});
    }
    return handed;
  }

  async end(): Promise<void> {
    await this.writer?.end();
  }
}
