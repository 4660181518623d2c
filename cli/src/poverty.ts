/** `sejahtera poverty <file> --by <column> --line <rupiah>|bps`: P0, P1, P2 per group. */
import { parseArgs } from 'node:util';
import { parseRupiahText, povertyLineAt } from 'sejahtera';
import { exitCodeOf, readCommon, stop, summaryLine } from './common.js';
import { fail } from './errors.js';
import { outputFormat, RowWriter } from './output.js';
import { ROW_LINE_HELP, readRowLines } from './lines.js';
import { readWorkers } from './pool.js';
import { POVERTY_OPTIONS } from './poverty-options.js';
import { runRowLinePoverty } from './poverty-row-lines.js';
import { runPovertyChunks } from './poverty-run.js';

export const POVERTY_HELP = `Usage: sejahtera poverty <file> --by <column> --line <rupiah> [options]
       sejahtera poverty <file> --by <column> --line bps --date <YYYY-MM-DD> [--area total|urban|rural]

Foster-Greer-Thorbecke measures (P0 head count, P1 gap, P2 severity; fractions 0..1, person-weighted
by size x weight) per group of a household file, read in one pass with memory by group.
Columns: expenditurePerCapita (required), size and weight (optional), and the --by column.

  <file>                 a .csv, .json or .jsonl file, or - (or nothing) for standard input
  --by <column>          the column that names each row's group (kabupaten, kecamatan, desa...)
  --line <rupiah>        the poverty line, rupiah per capita per month (550458 or 'Rp 550.458')
  --line bps             the national BPS line in force on --date (for --area, default total)
  --date <YYYY-MM-DD>    the date of the BPS line
  --area total|urban|rural  which BPS line (default total)
  --allow-stale          accept a BPS line whose semester has passed with no newer release
  --workers <n>          worker threads for a CSV input (default: the machine's available
                         parallelism); the results are the same for every n

${ROW_LINE_HELP}
Output columns: <by>, households, rejected, population, poorPopulation, p0, p1, p2 (one row per
group, in order of first appearance).

Options:
  --from csv|json|jsonl  input format (default: from the extension; csv on standard input)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the measures here instead of standard output
  --map field=column     read a field from a column of another name (repeatable)
  --rejects <file>       write rejected rows here (.csv, .json or .jsonl): row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected rows (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

Exit codes: 0 every row passed (or at most --max-rejects were rejected), 1 rows were rejected,
2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

/** Output columns after the group column. */
const MEASURE_COLUMNS = [
  'households',
  'rejected',
  'population',
  'poorPopulation',
  'p0',
  'p1',
  'p2',
] as const;

interface LineChoice {
  readonly value: number;
  readonly label: string;
}

function readLineOption(values: {
  line?: string | undefined;
  date?: string | undefined;
  area?: string | undefined;
  'allow-stale'?: boolean | undefined;
}): LineChoice {
  const line = values.line;
  if (line === undefined) fail('poverty needs --line <rupiah> or --line bps --date <YYYY-MM-DD>');
  if (line.trim().toLowerCase() === 'bps') {
    if (values.date === undefined) fail('--line bps needs --date <YYYY-MM-DD>');
    const area = values.area ?? 'total';
    if (area !== 'total' && area !== 'urban' && area !== 'rural') {
      fail(`--area must be one of total, urban, rural (got '${area}')`);
    }
    try {
      const found = povertyLineAt({
        date: values.date,
        area,
        allowStale: values['allow-stale'] === true,
      });
      return {
        value: found.value,
        label: `BPS ${area} ${found.value} (from ${found.from}${found.stale === true ? ', stale' : ''})`,
      };
    } catch (error) {
      fail(`--line bps --date ${values.date}: ${(error as Error).message}`);
    }
  }
  if (values.date !== undefined || values.area !== undefined) {
    fail('--date and --area go with --line bps');
  }
  const parsed = parseRupiahText(line, { locale: 'en' });
  if (!parsed.success || parsed.data <= 0) {
    fail(`--line takes a positive number of rupiah or 'bps' (got '${line}')`);
  }
  return { value: parsed.data, label: `${parsed.data}` };
}

/** Runs `poverty`; returns the exit code. */
export async function runPoverty(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: POVERTY_OPTIONS,
  });
  if (values.help === true) {
    process.stdout.write(POVERTY_HELP);
    return 0;
  }
  const common = readCommon(values);
  if (positionals.length > 1) fail(`poverty takes one file (got ${positionals.length})`);
  if (values.by === undefined || values.by.trim() === '') fail('poverty needs --by <column>');
  const by = values.by;
  // A line per household (its province and area; a lines file) reads in this thread; one line for
  // all runs on worker threads.
  const rowLines = await readRowLines(values, common.lang);
  const line =
    rowLines === undefined ? readLineOption(values) : { value: 0, label: rowLines.label };
  const format = outputFormat(common.format, common.out);
  const started = Date.now();
  const workers = readWorkers(values.workers);
  const { groups, counts } =
    rowLines === undefined
      ? await runPovertyChunks(positionals[0], common, by, line.value, workers)
      : await runRowLinePoverty(positionals[0], common, by, rowLines);
  const writer = new RowWriter(format, [by, ...MEASURE_COLUMNS], common.out);
  for (const [key, { acc, bad }] of groups) {
    const result = acc.result();
    await writer.write({
      [by]: key,
      households: result.counts.valid,
      rejected: result.counts.rejected + bad,
      population: result.population,
      poorPopulation: result.poorPopulation,
      p0: result.p0,
      p1: result.p1,
      p2: result.p2,
    });
  }
  await writer.end();
  counts.passed = counts.rows - counts.rejected;
  const seconds = (Date.now() - started) / 1000;
  const extra =
    common.lang === 'id'
      ? `, ${groups.size} kelompok, garis ${line.label}`
      : `, ${groups.size} groups, line ${line.label}`;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('poverty', counts, seconds, common.lang, extra, stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
