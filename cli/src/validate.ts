/** `sejahtera validate <file> --as <type>`: every row through the type's text schema. */
import { parseArgs } from 'node:util';
import { type Issue, validateStream } from 'sejahtera';
import {
  COMMON_OPTIONS,
  type Counts,
  columnNamer,
  exitCodeOf,
  OWN_MESSAGES,
  readCommon,
  readJsonFile,
  resolveColumns,
  rowObject,
  stop,
  summaryLine,
} from './common.js';
import { fail } from './errors.js';
import { formatOfPath, openSource } from './input.js';
import { outputFormat, RowWriter } from './output.js';
import { readWorkers, WORKERS_OPTION } from './pool.js';
import { Progress } from './progress.js';
import { RECORD_TYPES, type RecordType, recordKind } from './records.js';
import { Rejects } from './rejects.js';
import { runValidateChunks } from './validate-run.js';

export const VALIDATE_HELP = `Usage: sejahtera validate <file> --as <type> [options]

Checks every row of a file against the record type's text schema. Rows that pass are written
(parsed and normalised: 'Rp 450.000' -> 450000, '15/01/2024' -> 2024-01-15) to standard output or
--out; rows that do not go to --rejects with their row number, column, code and message.

  <file>                 a .csv, .json or .jsonl file, or - (or nothing) for standard input
  --as <type>            ${RECORD_TYPES.join(' | ')}
  --instrument <file>    the instrument definition (JSON), for --as response
  --workers <n>          worker threads for a CSV input (default: the machine's available
                         parallelism; member and group files, whose identifiers must not repeat,
                         are read by one thread); the output is the same for every n

Options:
  --from csv|json|jsonl  input format (default: from the extension; csv on standard input)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the rows that passed here instead of standard output
  --map field=column     read a field from a column of another name (repeatable)
  --rejects <file>       write rejected rows here (.csv, .json or .jsonl): row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected rows (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

Exit codes: 0 every row passed (or at most --max-rejects were rejected), 1 rows were rejected,
2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

/** Runs `validate`; returns the exit code. */
export async function runValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      as: { type: 'string' },
      instrument: { type: 'string' },
      ...WORKERS_OPTION,
    },
  });
  if (values.help === true) {
    process.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const common = readCommon(values);
  if (positionals.length > 1) fail(`validate takes one file (got ${positionals.length})`);
  if (values.as === undefined) fail(`validate needs --as ${RECORD_TYPES.join('|')}`);
  if (!(RECORD_TYPES as readonly string[]).includes(values.as)) {
    fail(`--as must be one of ${RECORD_TYPES.join(', ')} (got '${values.as}')`);
  }
  const as = values.as as RecordType;
  const instrument =
    values.instrument === undefined ? undefined : readJsonFile('--instrument', values.instrument);
  const kind = recordKind(as, instrument);
  const format = outputFormat(common.format, common.out);
  const started = Date.now();
  const workers = readWorkers(values.workers);
  const path = positionals[0];
  const stdin = path === undefined || path === '-';
  const inputFormat = stdin ? (common.from ?? 'csv') : formatOfPath(path, common.from);
  if (workers > 1 && inputFormat === 'csv' && kind.unique === undefined) {
    const counts = await runValidateChunks(path, common, as, instrument, kind, format, workers);
    const seconds = (Date.now() - started) / 1000;
    if (!common.quiet || counts.rejected > 0 || stop.requested) {
      process.stderr.write(
        `${summaryLine('validate', counts, seconds, common.lang, '', stop.requested)}\n`,
      );
    }
    return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
  }
  const source = await openSource(positionals[0], common.from);
  const at = resolveColumns(source, kind.fields, kind.required, common.maps, as);
  const columns = [...at.entries()];
  // A columnar file decodes only the columns of the record's fields.
  source.only?.(columns.map(([, i]) => source.header[i] as string));
  const writer = new RowWriter(format, kind.columns, common.out);
  const rejects = new Rejects(common.rejects, columnNamer(source.header, at));
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    source.size,
    source.bytesRead,
  );
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  let current = 0;
  const notJson = (row: number): Issue => ({
    code: 'not_json',
    path: [],
    params: { row },
    message: OWN_MESSAGES.not_json[common.lang],
  });
  // validateStream pulls the next row only after the previous record was handled, so `current` is
  // always the row number of the record it yields next.
  async function* objects() {
    for await (const r of source.rows) {
      if (stop.requested) return;
      if (r.error !== undefined) {
        counts.rows++;
        counts.rejected++;
        await rejects.add(r.row, [notJson(r.row)]);
        continue;
      }
      current = r.row;
      yield rowObject(r.cells, columns);
    }
  }
  for await (const record of validateStream(kind.schema, objects(), {
    locale: common.lang,
    unique: kind.unique,
  })) {
    counts.rows++;
    progress.tick(counts.rows);
    if (record.ok) {
      counts.passed++;
      await writer.write(kind.toRow(record.value));
    } else {
      counts.rejected++;
      await rejects.add(current, record.issues);
    }
  }
  await writer.end();
  await rejects.end();
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('validate', counts, seconds, common.lang, '', stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
