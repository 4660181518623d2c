/**
 * `sejahtera verify <members> --rules <preset> --as-of <date>`: KPB/KUBE/KSM eligibility of each
 * proposed group and member, with every failed rule, NIKs masked.
 */
import { parseArgs } from 'node:util';
import {
  createRegistry,
  type GroupText,
  type KpbRegistry,
  type Issue,
  type KpbPresetName,
  kpbRuleSets,
  type MemberText,
  maskIdentifier,
  parseYesNoText,
  type RegistryEntry,
  type RuleSet,
  redactIdentifiers,
  verifyGroups,
} from 'sejahtera';
import {
  COMMON_OPTIONS,
  type Counts,
  columnNamer,
  exitCodeOf,
  type Lang,
  OWN_MESSAGES,
  readCommon,
  readJsonFile,
  resolveColumns,
  stop,
  summaryLine,
} from './common.js';
import { fail } from './errors.js';
import { type InputFormat, openSource } from './input.js';
import { outputFormat, RowWriter } from './output.js';
import { Progress } from './progress.js';
import {
  cellText,
  FileRejects,
  messageOf,
  ownIssue,
  readDateOption,
  readRecords,
} from './read-records.js';
import { recordKind } from './records.js';

const PRESETS = Object.keys(kpbRuleSets) as KpbPresetName[];

export const VERIFY_HELP = `Usage: sejahtera verify <members> --rules <preset> --as-of <YYYY-MM-DD> [options]

Verifies each proposed group and its members against a rule set with the library (MemberTextSchema,
GroupTextSchema, verifyGroups): ages on --as-of from the NIK, NIK and KK rules, one member per KK,
group size, same desa, savings months, joint liability, and a NIK proposed in two groups of the file.
Every failed rule is listed with its code and message; NIK and KK numbers are masked.

  <members>              members: nik (required), groupId (required: the group each member is
                         proposed for), id, kk, name, birthDate, sex, desa, role, previouslyFunded
  --rules <preset>       a rule-set preset (${PRESETS.join(', ')}) or a rule set as a JSON file
                         (defineRuleSet's input: id, title, source, member, group...)
  --as-of <YYYY-MM-DD>   the date of verification (ages; the rule set must be in force on it)
  --groups <file>        the groups: id (required), desa, savingsStartDate, savingsMonths,
                         firstLoanDate, jointLiabilityStatement; without it a group is only its id
                         and its members (so a rule needing group data fails, as the library says)
  --registry <file>      the social-welfare registry (DTKS/DTSEN extract): nik (required), desil
                         (1-10, blank if unknown), activeGroupId, previouslyFunded (ya/tidak); the
                         registry rules (listed, desil, another active group, funded before) are
                         checked only with it

Output columns: groupId, level (group or member), row (the member's row; a group's row in --groups),
memberId, nik (masked), eligible, age, reasons (failed rule codes, ';'-separated), messages (in
--lang), unchecked (rules not evaluated for lack of data: the registry rules without --registry).
Each group's row comes first, then its members', groups in order of first appearance.

Options:
  --from csv|json|jsonl  input format of the files (default: from each extension)
  --format csv|json|jsonl  output format (default: from --out's extension; csv on standard output)
  --out <file>           write the verdicts here instead of standard output
  --map field=column     read a member field from a column of another name (repeatable)
  --rejects <file>       write rejected rows here (.csv, .json or .jsonl): file, row, column, code, message
  --lang id|en           language of messages and the summary (default id)
  --max-rejects <n>      exit 0 even with up to n rejected rows (default 0)
  -q, --quiet            no progress line
  -h, --help             this help

An ineligible group or member is a result, not a rejection. A row is rejected when it cannot be
read: a NIK that breaks the NIK rules (nik_invalid_day, nik_length... as MemberTextSchema says), a
blank NIK or groupId, a groupId that is not in --groups.
Exit codes: 0 every row was read (or at most --max-rejects were rejected), 1 rows were rejected,
2 usage, configuration or unreadable-file error, 130 interrupted (Ctrl-C).
`;

const OUTPUT_COLUMNS = [
  'groupId',
  'level',
  'row',
  'memberId',
  'nik',
  'eligible',
  'age',
  'reasons',
  'messages',
  'unchecked',
] as const;

const MESSAGES = {
  unknown_group: {
    en: 'The groupId of this member is not in the groups file.',
    id: 'groupId anggota ini tidak ada di berkas kelompok.',
  },
} as const;

/** The reasons of a verdict: codes and messages, in `lang` (the library already masked them). */
function reasonsOf(reasons: readonly Issue[]): { reasons: string; messages: string } {
  return {
    reasons: reasons.map((r) => r.code).join(';'),
    messages: reasons.map((r) => r.message).join(' | '),
  };
}

/**
 * Reads a registry file into the library's registry (`createRegistry`, which refuses a repeated NIK).
 * A row it cannot read stops the command (exit 2): a registry with a hole would make a listed person
 * look unlisted. No cell value is written into a message.
 */
async function readRegistry(
  path: string,
  from: InputFormat | undefined,
  lang: Lang,
): Promise<KpbRegistry> {
  const source = await openSource(path, from);
  const at = (column: string) => {
    const i = source.header.indexOf(column);
    return i < 0 ? undefined : i;
  };
  const nikAt = at('nik');
  if (nikAt === undefined) {
    fail(
      `--registry: ${source.name} has no column 'nik'; its columns are ${source.header.map((h) => `'${h}'`).join(', ') || '(none)'}`,
    );
  }
  const desilAt = at('desil');
  const groupAt = at('activeGroupId');
  const fundedAt = at('previouslyFunded');
  const entries: RegistryEntry[] = [];
  for await (const r of source.rows) {
    const where = `--registry: ${source.name} row ${r.row}`;
    if (r.error !== undefined) fail(`${where} is not a JSON object`);
    const nik = cellText(r.cells, nikAt);
    if (nik === '') fail(`${where}: nik is empty`);
    const entry: {
      nik: string;
      desil?: number | null;
      activeGroupId?: string | null;
      previouslyFunded?: boolean;
    } = { nik };
    const desil = cellText(r.cells, desilAt);
    if (desil !== '') {
      if (!/^(10|[1-9])$/.test(desil))
        fail(`${where}: desil must be a whole number from 1 to 10 (or blank)`);
      entry.desil = Number(desil);
    } else if (desilAt !== undefined) entry.desil = null;
    const group = cellText(r.cells, groupAt);
    if (group !== '') entry.activeGroupId = group;
    const funded = cellText(r.cells, fundedAt);
    if (funded !== '') {
      const yes = parseYesNoText(funded, { locale: lang });
      if (!yes.success) fail(`${where}: previouslyFunded must be ya or tidak (or blank)`);
      entry.previouslyFunded = yes.data;
    }
    entries.push(entry);
  }
  try {
    return createRegistry(entries);
  } catch (error) {
    fail(`--registry: ${source.name}: ${messageOf(error, lang)}`);
  }
}

function readRules(value: string | undefined): KpbPresetName | RuleSet {
  if (value === undefined) fail(`verify needs --rules ${PRESETS.join('|')} (or a rule-set file)`);
  if ((PRESETS as readonly string[]).includes(value)) return value as KpbPresetName;
  if (/\.json$/i.test(value)) return readJsonFile('--rules', value) as RuleSet;
  fail(`--rules must be one of ${PRESETS.join(', ')} or a .json rule-set file (got '${value}')`);
}

/** Runs `verify`; returns the exit code. */
export async function runVerify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      rules: { type: 'string' },
      'as-of': { type: 'string' },
      groups: { type: 'string' },
      registry: { type: 'string' },
    },
  });
  if (values.help === true) {
    process.stdout.write(VERIFY_HELP);
    return 0;
  }
  const common = readCommon(values);
  const lang: Lang = common.lang;
  if (positionals.length > 1) fail(`verify takes one members file (got ${positionals.length})`);
  const stdin = (path: string | undefined) => path === undefined || path === '-';
  if (values.groups !== undefined && stdin(values.groups) && stdin(positionals[0])) {
    fail('only one of the files can be standard input');
  }
  const ruleSet = readRules(values.rules);
  const asOf = readDateOption('--as-of', values['as-of']);
  const registry =
    values.registry === undefined
      ? undefined
      : await readRegistry(values.registry, common.from, lang);
  const options =
    registry === undefined
      ? ({ ruleSet, asOf, locale: lang } as const)
      : ({ ruleSet, asOf, locale: lang, registry } as const);
  // Options first (an unknown or invalid rule set, one not in force on --as-of): exit 2.
  try {
    verifyGroups([], options);
  } catch (error) {
    fail(`--rules ${values.rules}: ${messageOf(error, lang)}`);
  }
  const format = outputFormat(common.format, common.out);
  const started = Date.now();
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  const rejects = new FileRejects(common.rejects);
  const rejected: {
    file: string;
    row: number;
    issues: readonly Issue[];
    columnOf: (f: string | number | undefined) => string;
  }[] = [];

  // Groups (optional), by id.
  const groups = new Map<
    string,
    { row: number | undefined; value: GroupText; members: { row: number; value: MemberText }[] }
  >();
  let groupsName = '';
  if (values.groups !== undefined) {
    const source = await openSource(values.groups, common.from);
    groupsName = source.name;
    const kind = recordKind('group');
    const at = resolveColumns(source, kind.fields, kind.required, new Map(), 'group');
    const namer = columnNamer(source.header, at);
    for await (const record of readRecords<GroupText>(
      source,
      kind.schema,
      [...at.entries()],
      lang,
      {
        unique: 'id',
      },
    )) {
      counts.rows++;
      if (record.ok) {
        groups.set(record.value.id, { row: record.row, value: record.value, members: [] });
      } else
        rejected.push({
          file: source.name,
          row: record.row,
          issues: record.issues,
          columnOf: namer,
        });
    }
  }
  const fromFile = values.groups !== undefined;

  // Members, joined to their group.
  const source = await openSource(positionals[0], common.from);
  const kind = recordKind('member');
  const at = resolveColumns(source, kind.fields, ['nik', 'groupId'], common.maps, 'member');
  const namer = columnNamer(source.header, at);
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    source.size,
    source.bytesRead,
  );
  const order: string[] = [...groups.keys()];
  for await (const record of readRecords<MemberText>(
    source,
    kind.schema,
    [...at.entries()],
    lang,
  )) {
    counts.rows++;
    progress.tick(counts.rows);
    if (!record.ok) {
      rejected.push({ file: source.name, row: record.row, issues: record.issues, columnOf: namer });
      continue;
    }
    const groupId = record.value.groupId ?? '';
    if (groupId === '') {
      rejected.push({
        file: source.name,
        row: record.row,
        issues: [ownIssue('missing_group', ['groupId'], OWN_MESSAGES.missing_group, lang)],
        columnOf: namer,
      });
      continue;
    }
    let group = groups.get(groupId);
    if (group === undefined) {
      if (fromFile) {
        rejected.push({
          file: source.name,
          row: record.row,
          issues: [ownIssue('unknown_group', ['groupId'], MESSAGES.unknown_group, lang)],
          columnOf: namer,
        });
        continue;
      }
      group = { row: undefined, value: { id: groupId, members: [] }, members: [] };
      groups.set(groupId, group);
      order.push(groupId);
    }
    group.members.push({ row: record.row, value: record.value });
  }
  const list = order.map((id) => groups.get(id) as NonNullable<ReturnType<typeof groups.get>>);
  const result = verifyGroups(
    list.map((g) => ({
      ...g.value,
      members: g.members.map((m) => {
        const { groupId: _groupId, ...member } = m.value;
        return member;
      }),
    })),
    options,
  );
  for (const r of result.rejected) {
    const g = list[r.index];
    if (g === undefined) continue;
    const row = g.row ?? g.members[0]?.row ?? 0;
    rejected.push({
      file: g.row === undefined ? source.name : groupsName,
      row,
      issues: r.issues,
      columnOf: (field) => (typeof field === 'string' ? field : ''),
    });
  }
  const writer = new RowWriter(format, OUTPUT_COLUMNS, common.out);
  let eligibleGroups = 0;
  for (const v of result.valid) {
    const g = list[v.index];
    if (g === undefined) continue;
    const verdict = v.value;
    if (verdict.eligible) eligibleGroups++;
    const groupId = redactIdentifiers(verdict.groupId);
    // The group's own rules (some point at a member: a second member of one KK, another desa);
    // each member's own rules are on its row.
    const groupReasons = verdict.reasons.filter(
      (r) =>
        r.code.startsWith('group_') || !(r.path[0] === 'members' && typeof r.path[1] === 'number'),
    );
    await writer.write({
      groupId,
      level: 'group',
      row: g.row ?? null,
      memberId: null,
      nik: null,
      eligible: verdict.eligible,
      age: null,
      ...reasonsOf(groupReasons),
      unchecked: verdict.unchecked.join(';'),
    });
    for (const m of verdict.members) {
      const member = g.members[m.index];
      await writer.write({
        groupId,
        level: 'member',
        row: member?.row ?? null,
        memberId: m.memberId === null ? null : redactIdentifiers(m.memberId),
        nik: member === undefined ? null : maskIdentifier(member.value.nik),
        eligible: m.eligible,
        age: m.age,
        ...reasonsOf(m.reasons),
        unchecked: m.unchecked.join(';'),
      });
    }
  }
  await writer.end();
  rejected.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file === groupsName ? -1 : 1));
  for (const r of rejected) await rejects.add(r.file, r.row, r.issues, r.columnOf);
  await rejects.end();
  counts.rejected = rejected.length;
  counts.passed = counts.rows - counts.rejected;
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  const extra =
    lang === 'id'
      ? `, ${result.counts.valid} kelompok, ${eligibleGroups} memenuhi syarat`
      : `, ${result.counts.valid} groups, ${eligibleGroups} eligible`;
  if (!common.quiet || counts.rejected > 0 || stop.requested) {
    process.stderr.write(
      `${summaryLine('verify', counts, seconds, lang, extra, stop.requested)}\n`,
    );
  }
  return stop.requested ? 130 : exitCodeOf(counts, common.maxRejects);
}
