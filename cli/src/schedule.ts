/** `sejahtera schedule <loans>`: each loan's repayment schedule, one row per instalment. */
import { parseArgs } from 'node:util';
import {
  buildSchedule,
  type Loan,
  revolvingFundScheduleMessages,
  type Schedule,
  safeParseLoan,
} from 'sejahtera';
import {
  COMMON_OPTIONS,
  type Counts,
  columnNamer,
  exitCodeOf,
  readCommon,
  resolveColumns,
  stop,
  summaryLine,
} from './common.js';
import { fail } from './errors.js';
import { openSource } from './input.js';
import { outputFormat, RowWriter } from './output.js';
import { Progress } from './progress.js';
import { cellText, columnIndex, issuesOfError, ownIssue, readRecords } from './read-records.js';
import { recordKind } from './records.js';
import { Rejects } from './rejects.js';

export const SCHEDULE_HELP = `Usage: sejahtera schedule <loans> [options]

Builds each loan's repayment schedule with the library (LoanTextSchema, then buildSchedule) and
writes one row per instalment. Every loan's principal parts sum exactly to its principal; amounts are
whole rupiah.
Columns read: principal, disbursedOn, tenor, frequency, interestMethod, ratePercent, ratePer
(required), firstDueOn, gracePrincipalPeriods, graceInterestPeriods, graceInterest, principalEvery,
roundingUnit, roundingMode (optional), and the loan's id (--id).

  <loans>                a .csv, .json or .jsonl file, or - (or nothing) for standard input
  --id <column>          the column naming each loan (default: 'id' when the file has it, else the
                         loan is named by its row number); a blank id is rejected (missing_id)

Output columns: loan, number, dueOn, principal, interest, total, balanceAfter (interest is the
jasa; balanceAfter the principal still owed once the instalment is paid).

Options:
  --from csv|json|jsonl  input format (default: from the extension; csv on standard input)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the instalments here instead of standard output
  --map field=column     read a field from a column of another name (repeatable)
  --rejects <file>       write rejected loans here (.csv, .json or .jsonl): row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected loans (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

Exit codes: 0 every loan passed (or at most --max-rejects were rejected), 1 loans were rejected,
2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

/** Output columns: the library's instalment fields, after the loan's name. */
export const INSTALMENT_COLUMNS = [
  'loan',
  'number',
  'dueOn',
  'principal',
  'interest',
  'total',
  'balanceAfter',
] as const;

/** Messages of the command's own loan issues. */
export const LOAN_ID_MESSAGES = {
  missing_id: { en: 'The loan id is empty.', id: 'ID pinjaman kosong.' },
} as const;

/**
 * A loan's schedule, or its issues in `lang`: the loan's own rules first (`safeParseLoan`, in
 * `lang`), then the builder (a due date past 9999, the field software's arithmetic).
 */
export function scheduleOrIssues(
  loan: Loan,
  lang: 'id' | 'en',
): { ok: true; schedule: Schedule } | { ok: false; issues: ReturnType<typeof issuesOfError> } {
  const parsed = safeParseLoan(loan, { locale: lang });
  if (!parsed.success) return { ok: false, issues: [...parsed.issues] };
  try {
    return { ok: true, schedule: buildSchedule(loan) };
  } catch (error) {
    return { ok: false, issues: issuesOfError(error, lang, revolvingFundScheduleMessages) };
  }
}

/** Runs `schedule`; returns the exit code. */
export async function runSchedule(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, id: { type: 'string' } },
  });
  if (values.help === true) {
    process.stdout.write(SCHEDULE_HELP);
    return 0;
  }
  const common = readCommon(values);
  if (positionals.length > 1) fail(`schedule takes one file (got ${positionals.length})`);
  const kind = recordKind('loan');
  const format = outputFormat(common.format, common.out);
  const started = Date.now();
  const source = await openSource(positionals[0], common.from);
  const idIndex = columnIndex(source, values.id ?? 'id', '--id', values.id !== undefined);
  const at = resolveColumns(source, kind.fields, kind.required, common.maps, 'loan');
  const namer = columnNamer(source.header, at);
  const idColumn = idIndex === undefined ? '' : (source.header[idIndex] as string);
  const writer = new RowWriter(format, INSTALMENT_COLUMNS, common.out);
  const rejects = new Rejects(common.rejects, (field) =>
    field === 'id' && idIndex !== undefined ? idColumn : namer(field),
  );
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    source.size,
    source.bytesRead,
  );
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  let instalments = 0;
  for await (const record of readRecords<Loan>(
    source,
    kind.schema,
    [...at.entries()],
    common.lang,
  )) {
    counts.rows++;
    progress.tick(counts.rows);
    const id = idIndex === undefined ? String(record.row) : cellText(record.cells, idIndex);
    let issues = record.ok ? undefined : record.issues;
    if (record.ok && id === '') {
      issues = [ownIssue('missing_id', ['id'], LOAN_ID_MESSAGES.missing_id, common.lang)];
    }
    if (record.ok && issues === undefined) {
      const built = scheduleOrIssues(record.value, common.lang);
      if (built.ok) {
        counts.passed++;
        for (const i of built.schedule.instalments) {
          instalments++;
          await writer.write({
            loan: id,
            number: i.number,
            dueOn: i.dueOn,
            principal: i.principal,
            interest: i.interest,
            total: i.total,
            balanceAfter: i.balanceAfter,
          });
        }
        continue;
      }
      issues = built.issues;
    }
    counts.rejected++;
    await rejects.add(record.row, issues ?? []);
  }
  await writer.end();
  await rejects.end();
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  const extra = common.lang === 'id' ? `, ${instalments} angsuran` : `, ${instalments} instalments`;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('schedule', counts, seconds, common.lang, extra, stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
