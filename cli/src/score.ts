/** `sejahtera score <responses> --instrument <file>`: Tridaya scores per respondent and in aggregate. */
import { parseArgs } from 'node:util';
import {
  BAND_PRESETS,
  type BandPresetName,
  type Daya,
  DAYAS,
  defineInstrument,
  type Instrument,
  type MissingAnswerPolicy,
  type RespondentAnswers,
  renderBoth,
  type ScoreResponsesOptions,
  scoreResponses,
  tridayaMessages,
} from 'sejahtera';
import {
  COMMON_OPTIONS,
  type Counts,
  columnNamer,
  exitCodeOf,
  readCommon,
  readJsonFile,
  resolveColumns,
  stop,
  summaryLine,
} from './common.js';
import { fail } from './errors.js';
import { openSource } from './input.js';
import { outputFormat, RowWriter } from './output.js';
import { Progress } from './progress.js';
import { messageOf, readRecords } from './read-records.js';
import { recordKind } from './records.js';
import { Rejects } from './rejects.js';

const POLICIES = ['reject', 'skip', 'item-mean'] as const;

export const SCORE_HELP = `Usage: sejahtera score <responses> --instrument <file> [options]

Scores questionnaire responses on the three dayas (sosial, ekonomi, lingkungan) with the library's
scoreResponses: per daya, actual x 100 / ideal (reverse items flipped), the overall score as the
weighted mean of the daya percentages, each with its band (default preset likert-5-equal).
Columns read: one per item id of the instrument (a whole number on its scale; blank = unanswered),
and id or respondentId (optional).

  <responses>            a .csv, .json or .jsonl file, or - (or nothing) for standard input
  --instrument <file>    the instrument definition as JSON: { id, scale: { min, max },
                         items: [{ id, daya, reverse?, weight? }], dayas? } (defineInstrument)
  --missing <policy>     unanswered items: reject (default), skip, item-mean
  --bands <preset>       band preset: ${Object.keys(BAND_PRESETS).join(', ')}
  --weight daya=<n>      the weight of a daya in the overall score (repeatable; default equal)
  --aggregate <file>     also write the aggregate over every scored respondent (.csv, .json, .jsonl)

Output columns: row, id, then <daya> and <daya>Category for each daya the instrument measures,
overall, overallCategory (percentages 0..100; one row per scored respondent, in file order).

Options:
  --from csv|json|jsonl  input format (default: from the extension; csv on standard input)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the scores here instead of standard output
  --map field=column     read an item from a column of another name (repeatable)
  --rejects <file>       write rejected respondents here (.csv, .json or .jsonl): row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected respondents (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

Exit codes: 0 every respondent was scored (or at most --max-rejects were rejected), 1 respondents
were rejected, 2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

function readWeights(entries: readonly string[] | undefined): Partial<Record<Daya, number>> {
  const weights: Partial<Record<Daya, number>> = {};
  for (const entry of entries ?? []) {
    const m = /^([a-z]+)=(.+)$/.exec(entry.trim());
    const daya = m?.[1] as Daya | undefined;
    const value = Number(m?.[2]);
    if (m === null || daya === undefined || !(DAYAS as readonly string[]).includes(daya)) {
      fail(`--weight takes daya=<number> with daya one of ${DAYAS.join(', ')} (got '${entry}')`);
    }
    if (!(value > 0) || !Number.isFinite(value)) {
      fail(`--weight ${daya}: the weight must be a positive number (got '${m[2]}')`);
    }
    weights[daya] = value;
  }
  return weights;
}

/** Runs `score`; returns the exit code. */
export async function runScore(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      instrument: { type: 'string' },
      missing: { type: 'string' },
      bands: { type: 'string' },
      weight: { type: 'string', multiple: true },
      aggregate: { type: 'string' },
    },
  });
  if (values.help === true) {
    process.stdout.write(SCORE_HELP);
    return 0;
  }
  const common = readCommon(values);
  if (positionals.length > 1) fail(`score takes one file (got ${positionals.length})`);
  if (values.instrument === undefined) {
    fail('score needs --instrument <file> (the instrument definition as JSON)');
  }
  const definition = readJsonFile('--instrument', values.instrument);
  const kind = recordKind('response', definition);
  const instrument: Instrument = defineInstrument(
    definition as Parameters<typeof defineInstrument>[0],
  );
  const missing = values.missing ?? 'reject';
  if (!(POLICIES as readonly string[]).includes(missing)) {
    fail(`--missing must be one of ${POLICIES.join(', ')} (got '${missing}')`);
  }
  if (values.bands !== undefined && !Object.hasOwn(BAND_PRESETS, values.bands)) {
    fail(`--bands must be one of ${Object.keys(BAND_PRESETS).join(', ')} (got '${values.bands}')`);
  }
  const options: ScoreResponsesOptions = { missing: missing as MissingAnswerPolicy };
  if (values.bands !== undefined) options.bands = values.bands as BandPresetName;
  const weights = readWeights(values.weight);
  if (Object.keys(weights).length > 0) options.dayaWeights = weights;
  const format = outputFormat(common.format, common.out);
  const aggregateFormat =
    values.aggregate === undefined ? undefined : outputFormat(undefined, values.aggregate);
  const started = Date.now();
  const source = await openSource(positionals[0], common.from);
  const at = resolveColumns(source, kind.fields, kind.required, common.maps, 'response');
  const namer = columnNamer(source.header, at);
  const rejects = new Rejects(common.rejects, namer);
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    source.size,
    source.bytesRead,
  );
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  // Every respondent is needed before any is scored (policy item-mean uses the item means).
  const rows: number[] = [];
  const answers: RespondentAnswers[] = [];
  const bad: { row: number; issues: Parameters<Rejects['add']>[1] }[] = [];
  for await (const record of readRecords<RespondentAnswers>(
    source,
    kind.schema,
    [...at.entries()],
    common.lang,
  )) {
    counts.rows++;
    progress.tick(counts.rows);
    if (record.ok) {
      rows.push(record.row);
      answers.push(record.value);
    } else bad.push({ row: record.row, issues: record.issues });
  }
  let result: ReturnType<typeof scoreResponses>;
  try {
    result = scoreResponses(instrument, answers, options);
  } catch (error) {
    fail(messageOf(error, common.lang));
  }
  const dayas = DAYAS.filter((d) => instrument.dayas.includes(d));
  const columns = [
    'row',
    'id',
    ...dayas.flatMap((d) => [d, `${d}Category`]),
    'overall',
    'overallCategory',
  ];
  const writer = new RowWriter(format, columns, common.out);
  for (const v of result.valid) {
    const s = v.value;
    const out: Record<string, unknown> = { row: rows[v.index], id: s.id };
    for (const d of dayas) {
      out[d] = s.dayas[d]?.percentage;
      out[`${d}Category`] = s.dayas[d]?.category;
    }
    out.overall = s.overall.percentage;
    out.overallCategory = s.overall.category;
    await writer.write(out);
  }
  await writer.end();
  // Rejections in file order: the text schema's and the scorer's.
  const rejected = [
    ...bad,
    ...result.rejected.map((r) => ({
      row: rows[r.index] as number,
      issues: r.issues.map((issue) => ({
        ...issue,
        message: renderBoth(issue, tridayaMessages)[common.lang],
        path:
          issue.path.length === 0 && r.missingItemIds.length > 0
            ? [r.missingItemIds[0] as string]
            : issue.path,
      })),
    })),
  ].sort((a, b) => a.row - b.row);
  for (const r of rejected) await rejects.add(r.row, r.issues);
  await rejects.end();
  counts.rejected = rejected.length;
  counts.passed = result.counts.valid;
  if (values.aggregate !== undefined && aggregateFormat !== undefined) {
    const aggregateColumns = [
      'respondents',
      ...dayas.flatMap((d) => [d, `${d}Category`]),
      'overall',
      'overallCategory',
    ];
    const aggregate = new RowWriter(aggregateFormat, aggregateColumns, values.aggregate);
    const a = result.aggregate;
    if (a !== undefined) {
      const out: Record<string, unknown> = { respondents: a.respondents };
      for (const d of dayas) {
        out[d] = a.dayas[d]?.percentage;
        out[`${d}Category`] = a.dayas[d]?.category;
      }
      out.overall = a.overall.percentage;
      out.overallCategory = a.overall.category;
      await aggregate.write(out);
    }
    await aggregate.end();
  }
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  const a = result.aggregate;
  const extra =
    a === undefined
      ? ''
      : common.lang === 'id'
        ? `, skor keseluruhan ${a.overall.percentage.toLocaleString('id-ID', { maximumFractionDigits: 2 })} (${a.overall.label.id})`
        : `, overall score ${a.overall.percentage.toLocaleString('en-US', { maximumFractionDigits: 2 })} (${a.overall.label.en})`;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('score', counts, seconds, common.lang, extra, stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
