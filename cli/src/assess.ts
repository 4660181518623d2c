/**
 * `sejahtera assess <loans> <payments> --as-of <date> --kolektibilitas <preset>`: each loan's state on
 * a date (days past due, arrears, kolektibilitas, provision) and the portfolio indicators (PAR, LAR,
 * RR, collection rate, provisions) by a column.
 */
import { parseArgs } from 'node:util';
import {
  assessLoans,
  createPortfolioAccumulator,
  type Issue,
  KOLEKTIBILITAS_PRESET_NAMES,
  type KolektibilitasPresetName,
  type Loan,
  type LoanAssessment,
  type PortfolioIndicators,
  type PortfolioRatio,
  parseRupiahText,
} from 'sejahtera';
import {
  COMMON_OPTIONS,
  type Counts,
  columnNamer,
  exitCodeOf,
  type Lang,
  OWN_MESSAGES,
  readCommon,
  resolveColumns,
  stop,
  summaryLine,
} from './common.js';
import { fail } from './errors.js';
import { openSource } from './input.js';
import { outputFormat, RowWriter } from './output.js';
import { Progress } from './progress.js';
import {
  cellText,
  columnIndex,
  FileRejects,
  messageOf,
  ownIssue,
  readDateOption,
  readRecords,
} from './read-records.js';
import { recordKind } from './records.js';
import { LOAN_ID_MESSAGES, scheduleOrIssues } from './schedule.js';

export const ASSESS_HELP = `Usage: sejahtera assess <loans> <payments> --as-of <YYYY-MM-DD> --kolektibilitas <preset> [options]

Assesses every loan on a date with the library (LoanTextSchema, buildSchedule, assessLoans): the
payments made on or before --as-of are allocated to the instalments (oldest first, jasa then
pokok: the library's default upk-oldest-first), then days past
due, missed instalments, arrears, kolektibilitas and provision; and the portfolio indicators
(createPortfolioAccumulator: SEEP PAR > 30 and > 90 days, UPK PAR, LAR and RR with their POB 2013
bands, collection rate, required provisions) for the whole portfolio and per --by group.

  <loans>                loans: the columns of 'sejahtera schedule' plus the loan's id (--id), and
                         optionally collateralValue (deductible collateral, rupiah) and the --by column
  <payments>             payments: paidOn, amount, and the loan's id (--loan-column); - for standard input
  --as-of <YYYY-MM-DD>   the date of the assessment (payments after it are ignored)
  --kolektibilitas <preset>  ${KOLEKTIBILITAS_PRESET_NAMES.join(', ')}
  --by <column>          a column of the loans file to group the indicators by (KSM, kelurahan, UPK)
  --id <column>          the loans file's id column (default id)
  --loan-column <column> the payments file's column naming the loan (default loanId)
  --portfolio <file>     write the portfolio indicators here (.csv, .json or .jsonl): one row per
                         --by group, then the whole portfolio (its --by cell blank)

Output columns (one row per loan, in file order): loan, [by], status, principal,
outstandingPrincipal, overduePrincipal, overdueInterest, daysPastDue, missedInstalments,
monthsInArrears, dueToDate, paidOnTimeToDate, paidToDate, kolektibilitas (level), kolektibilitasCode,
provisionRate, provision.
Portfolio columns: [by], loans, withBalance, grossOutstanding, par30, par90, upkPar, upkParBand,
upkLar, upkLarBand, upkRr, upkRrBand, collectionRate, requiredProvisions (ratios as fractions 0..1,
blank when undefined: no loan with a balance, nothing due).

Options:
  --from csv|json|jsonl  input format of both files (default: from each extension)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the assessments here instead of standard output
  --map field=column     read a loan field from a column of another name (repeatable)
  --rejects <file>       write rejected rows here (.csv, .json or .jsonl): file, row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected rows (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

Exit codes: 0 every row passed (or at most --max-rejects were rejected), 1 rows were rejected
(a loan that cannot be assessed, a payment that cannot be read or names no loan of the file),
2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

/** Output columns of one assessed loan after its id (and group). */
const ASSESSMENT_COLUMNS = [
  'status',
  'principal',
  'outstandingPrincipal',
  'overduePrincipal',
  'overdueInterest',
  'daysPastDue',
  'missedInstalments',
  'monthsInArrears',
  'dueToDate',
  'paidOnTimeToDate',
  'paidToDate',
  'kolektibilitas',
  'kolektibilitasCode',
  'provisionRate',
  'provision',
] as const;

/** Portfolio columns after the group. */
const PORTFOLIO_COLUMNS = [
  'loans',
  'withBalance',
  'grossOutstanding',
  'par30',
  'par90',
  'upkPar',
  'upkParBand',
  'upkLar',
  'upkLarBand',
  'upkRr',
  'upkRrBand',
  'collectionRate',
  'requiredProvisions',
] as const;

const MESSAGES = {
  duplicate_loan: {
    en: 'Another row of the loans file has the same loan id.',
    id: 'Baris lain di berkas pinjaman memiliki ID pinjaman yang sama.',
  },
  unknown_loan: {
    en: 'The loan id of this payment is not in the loans file.',
    id: 'ID pinjaman pada pembayaran ini tidak ada di berkas pinjaman.',
  },
  missing_loan: {
    en: 'The loan id of this payment is empty.',
    id: 'ID pinjaman pada pembayaran ini kosong.',
  },
  invalid_collateral: {
    en: 'collateralValue must be a whole number of rupiah (blank for none).',
    id: 'collateralValue harus berupa rupiah bulat (kosong bila tidak ada).',
  },
} as const;

const ratioValue = (r: { ratio: PortfolioRatio | null }) =>
  r.ratio === null ? null : r.ratio.value;

function portfolioRow(ind: PortfolioIndicators): Record<string, unknown> {
  return {
    loans: ind.loans.total,
    withBalance: ind.loans.withBalance,
    grossOutstanding: ind.grossOutstanding.amount,
    par30: ratioValue(ind.par30),
    par90: ratioValue(ind.par90),
    upkPar: ratioValue(ind.upkPar),
    upkParBand: ind.upkPar.band?.code ?? null,
    upkLar: ratioValue(ind.upkLar),
    upkLarBand: ind.upkLar.band?.code ?? null,
    upkRr: ratioValue(ind.upkRr),
    upkRrBand: ind.upkRr.band?.code ?? null,
    collectionRate: ratioValue(ind.collectionRate),
    requiredProvisions: ind.requiredProvisions.amount,
  };
}

function assessmentRow(a: LoanAssessment): Record<string, unknown> {
  return {
    status: a.status,
    principal: a.principal,
    outstandingPrincipal: a.outstandingPrincipal,
    overduePrincipal: a.overduePrincipal,
    overdueInterest: a.overdueInterest,
    daysPastDue: a.daysPastDue,
    missedInstalments: a.missedInstalments,
    monthsInArrears: a.monthsInArrears,
    dueToDate: a.dueToDate,
    paidOnTimeToDate: a.paidOnTimeToDate,
    paidToDate: a.paidToDate,
    kolektibilitas: a.kolektibilitas.level,
    kolektibilitasCode: a.kolektibilitas.code,
    provisionRate: a.kolektibilitas.provisionRate,
    provision: a.provision,
  };
}

interface Rejection {
  readonly row: number;
  readonly issues: readonly Issue[];
}

/** Runs `assess`; returns the exit code. */
export async function runAssess(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      'as-of': { type: 'string' },
      kolektibilitas: { type: 'string' },
      by: { type: 'string' },
      id: { type: 'string' },
      'loan-column': { type: 'string' },
      portfolio: { type: 'string' },
    },
  });
  if (values.help === true) {
    process.stdout.write(ASSESS_HELP);
    return 0;
  }
  const common = readCommon(values);
  const lang: Lang = common.lang;
  if (positionals.length !== 2) {
    fail(`assess takes two files, <loans> <payments> (got ${positionals.length})`);
  }
  const [loansPath, paymentsPath] = positionals as [string, string];
  if (loansPath === '-' && paymentsPath === '-')
    fail('only one of the files can be standard input');
  const asOf = readDateOption('--as-of', values['as-of']);
  const preset = values.kolektibilitas;
  if (preset === undefined) {
    fail(`assess needs --kolektibilitas ${KOLEKTIBILITAS_PRESET_NAMES.join('|')}`);
  }
  if (!(KOLEKTIBILITAS_PRESET_NAMES as readonly string[]).includes(preset)) {
    fail(
      `--kolektibilitas must be one of ${KOLEKTIBILITAS_PRESET_NAMES.join(', ')} (got '${preset}')`,
    );
  }
  const kolektibilitas = preset as KolektibilitasPresetName;
  const options = { asOf, kolektibilitas, locale: lang } as const;
  // The options are checked once, before any row: a preset with an unsourced provision rate
  // (upk-perkotaan-2013) is a configuration error, not a rejection of every loan.
  try {
    assessLoans([], options);
  } catch (error) {
    fail(`--kolektibilitas ${preset}: ${messageOf(error, lang)}`);
  }
  const by = values.by;
  if (by !== undefined && by.trim() === '') fail('--by needs a column name');
  const portfolio = createPortfolioAccumulator(
    by === undefined ? { kolektibilitas } : { kolektibilitas, groupBy: 'group' },
  );
  const format = outputFormat(common.format, common.out);
  const portfolioFormat =
    values.portfolio === undefined ? undefined : outputFormat(undefined, values.portfolio);
  const started = Date.now();
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };

  // 1. Payments, by loan id (held in memory: a payment may come before or after its loan's row).
  const payments = await openSource(paymentsPath, common.from);
  const loanColumn = values['loan-column'] ?? 'loanId';
  const payLoanIndex = columnIndex(payments, loanColumn, '--loan-column', true) as number;
  const paymentKind = recordKind('payment');
  const payAt = resolveColumns(
    payments,
    paymentKind.fields,
    paymentKind.required,
    new Map(),
    'payment',
  );
  const payNamer = columnNamer(payments.header, payAt);
  const payColumnOf = (field: string | number | undefined) =>
    field === 'loanId' ? loanColumn : payNamer(field);
  const paymentRejects: Rejection[] = [];
  const byLoan = new Map<
    string,
    { rows: number[]; payments: { paidOn: string; amount: number }[] }
  >();
  for await (const record of readRecords<{ paidOn: string; amount: number }>(
    payments,
    paymentKind.schema,
    [...payAt.entries()],
    lang,
  )) {
    counts.rows++;
    if (!record.ok) {
      paymentRejects.push({ row: record.row, issues: record.issues });
      continue;
    }
    const loan = cellText(record.cells, payLoanIndex);
    if (loan === '') {
      paymentRejects.push({
        row: record.row,
        issues: [ownIssue('missing_loan', ['loanId'], MESSAGES.missing_loan, lang)],
      });
      continue;
    }
    let entry = byLoan.get(loan);
    if (entry === undefined) {
      entry = { rows: [], payments: [] };
      byLoan.set(loan, entry);
    }
    entry.rows.push(record.row);
    entry.payments.push(record.value);
  }

  // 2. Loans, one at a time: schedule, assessment, into the portfolio.
  const loans = await openSource(loansPath, common.from);
  const idColumn = values.id ?? 'id';
  const idIndex = columnIndex(loans, idColumn, '--id', true) as number;
  const byIndex = by === undefined ? undefined : columnIndex(loans, by, '--by', true);
  const collateralIndex = loans.header.indexOf('collateralValue');
  const loanKind = recordKind('loan');
  const at = resolveColumns(loans, loanKind.fields, loanKind.required, common.maps, 'loan');
  const namer = columnNamer(loans.header, at);
  const loanColumnOf = (field: string | number | undefined) =>
    field === 'id'
      ? idColumn
      : field === 'group' && by !== undefined
        ? by
        : field === 'collateralValue'
          ? 'collateralValue'
          : namer(field);
  const writer = new RowWriter(
    format,
    ['loan', ...(by === undefined ? [] : [by]), ...ASSESSMENT_COLUMNS],
    common.out,
  );
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    loans.size,
    loans.bytesRead,
  );
  const loanRejects: Rejection[] = [];
  const seen = new Set<string>();
  const reject = (row: number, issues: readonly Issue[]) => {
    loanRejects.push({ row, issues });
  };
  let index = 0;
  for await (const record of readRecords<Loan>(loans, loanKind.schema, [...at.entries()], lang)) {
    counts.rows++;
    progress.tick(counts.rows);
    if (!record.ok) {
      reject(record.row, record.issues);
      continue;
    }
    const id = cellText(record.cells, idIndex);
    if (id === '') {
      reject(record.row, [ownIssue('missing_id', ['id'], LOAN_ID_MESSAGES.missing_id, lang)]);
      continue;
    }
    if (seen.has(id)) {
      reject(record.row, [ownIssue('duplicate_key', ['id'], MESSAGES.duplicate_loan, lang)]);
      continue;
    }
    seen.add(id);
    const group = by === undefined ? undefined : cellText(record.cells, byIndex);
    if (group === '') {
      reject(record.row, [ownIssue('missing_group', ['group'], OWN_MESSAGES.missing_group, lang)]);
      continue;
    }
    let collateralValue: number | undefined;
    const collateralText = collateralIndex < 0 ? '' : cellText(record.cells, collateralIndex);
    if (collateralText !== '') {
      const parsed = parseRupiahText(collateralText, { locale: lang });
      if (!parsed.success) {
        reject(record.row, [
          ownIssue('invalid_collateral', ['collateralValue'], MESSAGES.invalid_collateral, lang),
        ]);
        continue;
      }
      collateralValue = parsed.data;
    }
    const built = scheduleOrIssues(record.value, lang);
    if (!built.ok) {
      reject(record.row, built.issues);
      continue;
    }
    const paid = byLoan.get(id)?.payments ?? [];
    const result = assessLoans(
      [
        collateralValue === undefined
          ? { schedule: built.schedule, payments: paid }
          : { schedule: built.schedule, payments: paid, collateralValue },
      ],
      options,
    );
    const assessed = result.valid[0];
    if (assessed === undefined) {
      reject(record.row, result.rejected[0]?.issues ?? []);
      continue;
    }
    const a = assessed.value;
    portfolio.add(group === undefined ? a : { ...a, group }, index++);
    await writer.write({
      loan: id,
      ...(by === undefined ? {} : { [by]: group }),
      ...assessmentRow(a),
    });
  }
  await writer.end();
  // Payments that name no loan of the file: their loan cannot be assessed with them.
  for (const [loan, entry] of byLoan) {
    if (seen.has(loan)) continue;
    for (const row of entry.rows) {
      paymentRejects.push({
        row,
        issues: [ownIssue('unknown_loan', ['loanId'], MESSAGES.unknown_loan, lang)],
      });
    }
  }
  paymentRejects.sort((a, b) => a.row - b.row);
  const rejects = new FileRejects(common.rejects);
  for (const r of paymentRejects) await rejects.add(payments.name, r.row, r.issues, payColumnOf);
  for (const r of loanRejects) await rejects.add(loans.name, r.row, r.issues, loanColumnOf);
  await rejects.end();
  counts.rejected = paymentRejects.length + loanRejects.length;
  counts.passed = counts.rows - counts.rejected;

  const report = portfolio.result();
  if (values.portfolio !== undefined && portfolioFormat !== undefined) {
    const out = new RowWriter(
      portfolioFormat,
      [...(by === undefined ? [] : [by]), ...PORTFOLIO_COLUMNS],
      values.portfolio,
    );
    if (by !== undefined) {
      for (const g of report.groups) {
        await out.write({ [by]: String(g.key), ...portfolioRow(g.indicators) });
      }
    }
    await out.write({ ...(by === undefined ? {} : { [by]: null }), ...portfolioRow(report) });
    await out.end();
  }
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  const par30 = ratioValue(report.par30);
  const percent = (x: number | null) =>
    x === null
      ? '-'
      : `${(x * 100).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 })}%`;
  const extra =
    lang === 'id'
      ? `, ${report.loans.total} pinjaman dinilai, PAR30 ${percent(par30)}`
      : `, ${report.loans.total} loans assessed, PAR30 ${percent(par30)}`;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('assess', counts, seconds, lang, extra, stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
