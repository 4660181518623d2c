// Issue 10: "one code per fault across the library, and one error class per channel as the docs'
// error tables say". docs/core.md ("One code per fault") holds the rule as a table: every code, the
// fault it names, its channel. This test checks what can be checked mechanically:
//   - every code of every message catalogue is in the table, and the table names no other code;
//   - a code held by several catalogues is worded by one template, or is listed below as one fault
//     that each domain words for its own records;
//   - every place in src/ that raises a code (a call whose code argument is a string literal, found
//     with the TypeScript compiler) raises it in the table's channel;
//   - a thrown sample of each channel carries the class the table names.
// PENDING lists the places of other domains that break the rule today, by file and code; they are
// fixed at merge, and an entry that no longer breaks it fails here until it is removed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ruleSetMessages } from '../../src/_internal/rule-set-engine.js';
import { baseMessages } from '../../src/core/base-messages.js';
import { coreMessages } from '../../src/core/messages.js';
import * as api from '../../src/index.js';
import { upkBooksMessages } from '../../src/revolving-fund/books/messages.js';
import { loanEventMessages } from '../../src/revolving-fund/events/messages.js';
import { groupLoanMessages } from '../../src/revolving-fund/group/messages.js';
import { kolektibilitasMessages } from '../../src/revolving-fund/kolektibilitas/messages.js';
import { revolvingFundPaymentMessages } from '../../src/revolving-fund/payments/messages.js';
import { portfolioMessages } from '../../src/revolving-fund/portfolio/messages.js';
import { revolvingFundScheduleMessages } from '../../src/revolving-fund/schedule/messages.js';
import { loanTermsMessages } from '../../src/revolving-fund/terms/messages.js';
import { statsMessages } from '../../src/tridaya/stats/messages.js';
import { type CodeSite, codeSites } from './code-sites.js';

const ROOT = join(__dirname, '..', '..');

type Catalogue = Readonly<Record<string, { readonly en: unknown; readonly id: unknown }>>;

/** Every message catalogue: the exported ones and those of the stages and of the core's parts. */
const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  ...Object.fromEntries(
    Object.entries(api).filter(
      ([name, value]) => /Messages$/.test(name) && typeof value === 'object' && value !== null,
    ),
  ),
  baseMessages,
  coreMessages,
  ruleSetMessages,
  upkBooksMessages,
  loanEventMessages,
  groupLoanMessages,
  kolektibilitasMessages,
  revolvingFundPaymentMessages,
  portfolioMessages,
  revolvingFundScheduleMessages,
  loanTermsMessages,
  statsMessages,
};

/** Codes of the error classes themselves, with no catalogue message (errors.ts, options.ts, calendar-date.ts). */
const ERROR_CODES = [
  'validation_failed',
  'parameter_not_found',
  'parameter_stale',
  'unknown_option',
  'unknown_time_zone',
];

/** Codes that several catalogues word each for its own records: one fault each (docs/core.md). */
const DOMAIN_WORDED = new Set([
  'invalid_option', // poverty, Tridaya (and its statistics), PKH: an option value not taken
  'invalid_bands', // poverty and Tridaya band tables
  'unknown_preset', // poverty and Tridaya preset names
  'invalid_group_key', // poverty and portfolio accumulators: a group key of the wrong kind
  'invalid_accumulator', // the accumulators' merge of something that is not one of theirs
  'accumulator_already_merged',
  'accumulator_mismatch',
  // The Tridaya statistics word these themselves rather than take the core's catalogue, which would
  // put `spearman` over its 6 kB bundle budget (issue 11): the same fault, the same channel.
  'required',
  'not_finite',
]);

/**
 * A safe (non-throwing) variant returns as a failed result the whole-input issue its throwing twin
 * throws: `safeDefineInstrument` beside `defineInstrument`, `safeParseWith` beside `parseWith`, and
 * the reader kit's `readWith`, which every hand reader runs with (the PKH family reader, which
 * pkhBenefit throws from, and `readerParse`, verifyGroup's twin of `safeParseWith`, among them) and
 * which must agree with `safeParseWith`. Given as a batch's row check, `checkBatch` makes that issue
 * the row's `unreadable_row`.
 */
const SAFE_TWIN = new Set([
  'src/tridaya/instrument.ts#unreadable_input',
  'src/core/parse.ts#unreadable_input',
  // The reader kit's `readWith`: `safeParseWith`'s result for a reader, on a bundle without zod.
  'src/_internal/zod-like-reader.ts#unreadable_input',
]);

/**
 * The places in other domains that raise a code in the wrong channel today (`file#code`), to be
 * fixed at merge by their owners' branches. Empty it; never add to it.
 */
const PENDING = new Set<string>([]);

type Channel =
  | 'issue'
  | 'input'
  | 'row'
  | 'ConfigurationError'
  | 'ParameterNotFoundError'
  | 'reason'
  | 'error code';

interface Row {
  readonly code: string;
  readonly fault: string;
  readonly channel: Channel;
}

/** The rows of the table in docs/core.md, section "One code per fault". */
function documented(): Map<string, Row> {
  const text = readFileSync(join(ROOT, 'docs', 'core.md'), 'utf8');
  const start = text.indexOf('## One code per fault');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  const table = section.slice(section.indexOf('| code | fault | channel |'));
  const rows = new Map<string, Row>();
  for (const line of table.split('\n').slice(2)) {
    const m = /^\| `([a-z0-9_]+)` \| (.+?) \| ([A-Za-z ]+) \| .+ \|$/.exec(line);
    if (m === null) break;
    const [, code, fault, channel] = m as unknown as [string, string, string, Channel];
    expect(rows.has(code), `${code} twice in the table`).toBe(false);
    rows.set(code, { code, fault, channel });
  }
  return rows;
}

const TABLE = documented();
const CATALOGUE_CODES = new Set(Object.values(CATALOGUES).flatMap((c) => Object.keys(c)));
const SITES = codeSites(ROOT, new Set([...CATALOGUE_CODES, ...ERROR_CODES]));

/** Why a place raises its code outside the table's channel, or undefined when it does not. */
function breach(site: CodeSite, channel: Channel): string | undefined {
  if (site.channel === 'configuration' && channel !== 'ConfigurationError') {
    return `a ConfigurationError, but the table says ${channel}`;
  }
  if (site.channel === 'reason' && channel !== 'reason')
    return `a reason, but the table says ${channel}`;
  if (site.channel === 'issue' && site.thrown && !['issue', 'input'].includes(channel)) {
    return `thrown in a ValidationError, but the table says ${channel}`;
  }
  if (site.channel === 'issue' && !site.thrown && channel === 'input') {
    return 'not thrown, but unreadable_input is only thrown (a row is unreadable_row)';
  }
  return undefined;
}

describe('one code per fault (issue 10, docs/core.md)', () => {
  it('reads the table and every catalogue', () => {
    expect(TABLE.size).toBeGreaterThan(200);
    expect(Object.keys(CATALOGUES)).toEqual(
      expect.arrayContaining(['povertyMessages', 'kpbMessages', 'tridayaMessages', 'pkhMessages']),
    );
    expect(SITES.length).toBeGreaterThan(400);
  });

  it('documents every code of every catalogue, and no other', () => {
    const missing = [...CATALOGUE_CODES, ...ERROR_CODES].filter((c) => !TABLE.has(c));
    expect(missing, 'add these codes to the table in docs/core.md').toEqual([]);
    const unknown = [...TABLE.keys()].filter(
      (c) => !CATALOGUE_CODES.has(c) && !ERROR_CODES.includes(c),
    );
    expect(unknown, 'the table names codes no catalogue holds').toEqual([]);
  });

  it('words a code held by several catalogues once, unless it is one fault worded per domain', () => {
    const templates = new Map<string, Set<unknown>>();
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const [code, entry] of Object.entries(catalogue)) {
        templates.set(code, (templates.get(code) ?? new Set()).add(entry.en));
      }
    }
    const worded = [...templates].filter(([, t]) => t.size > 1).map(([code]) => code);
    expect(worded.filter((c) => !DOMAIN_WORDED.has(c)).sort()).toEqual([]);
    expect(
      [...DOMAIN_WORDED].filter((c) => !worded.includes(c)),
      'no longer worded twice',
    ).toEqual([]);
  });

  it('raises every code in its channel, everywhere in src/', () => {
    const found: string[] = [];
    const pendingSeen = new Set<string>();
    for (const site of SITES) {
      const row = TABLE.get(site.code);
      if (row === undefined) continue;
      const why = breach(site, row.channel);
      if (why === undefined) continue;
      const key = `${site.where.replace(/:\d+$/, '')}#${site.code}`;
      if (SAFE_TWIN.has(key)) continue;
      if (PENDING.has(key)) pendingSeen.add(key);
      else found.push(`${site.where} ${site.code} (${site.builder}): ${why}`);
    }
    expect(found).toEqual([]);
    expect(
      [...PENDING].filter((k) => !pendingSeen.has(k)),
      'fixed: remove from PENDING',
    ).toEqual([]);
  });

  it('never throws unreadable_row, and only throws unreadable_input (or returns it from a safe twin), in the core and poverty', () => {
    const mine = SITES.filter((s) => /^src\/(core|poverty|_internal)\//.test(s.where));
    expect(mine.filter((s) => s.code === 'unreadable_row' && s.thrown).map((s) => s.where)).toEqual(
      [],
    );
    expect(
      mine
        .filter((s) => s.code === 'unreadable_input' && !s.thrown)
        .filter((s) => !SAFE_TWIN.has(`${s.where.replace(/:\d+$/, '')}#${s.code}`))
        .map((s) => s.where),
    ).toEqual([]);
  });

  // A thrown sample of each channel: the class the table names.
  const CLASS: Partial<Record<Channel, new (...args: never[]) => api.SejahteraError>> = {
    issue: api.ValidationError,
    input: api.ValidationError,
    ConfigurationError: api.ConfigurationError,
    ParameterNotFoundError: api.ParameterNotFoundError,
  };
  function* failingSource() {
    yield 1;
    throw new Error('disk gone');
  }
  const table = api.defineDatedTable({
    id: 't',
    description: 'contoh',
    unit: 'rupiah',
    values: { '2023-03-01': { value: 1, source: 'contoh' } },
  });
  const samples: [string, () => unknown][] = [
    ['invalid_value', () => api.roundRupiah(10, { mode: 'nearest' as never })],
    ['not_iterable', () => api.validateBatch(api.RupiahSchema, 5 as never)],
    ['unreadable_input', () => api.validateBatch(api.RupiahSchema, failingSource())],
    ['unreadable_input', () => api.povertyMeasuresFromText(failingSource() as never, { line: 1 })],
    ['unknown_option', () => api.roundRupiah(1234, { unti: 1000 } as never)],
    ['unknown_time_zone', () => api.fromJsDate(new Date(0), { zone: 'Mars/Olympus' })],
    ['parameter_not_found', () => api.valueAt(table, '2020-01-01')],
    [
      'invalid_option',
      () =>
        api.computePerCapitaExpenditure(
          { householdExpenditure: 1, size: 1 },
          { rounding: 'x' as never },
        ),
    ],
    ['invalid_option', () => api.povertyMeasuresBy([], 5 as never, { line: 1 })],
    ['invalid_line', () => api.povertyMeasures([], { line: -1 })],
    [
      'negative_expenditure',
      () => api.computePerCapitaExpenditure({ householdExpenditure: -1, size: 1 }),
    ],
    ['invalid_accumulator', () => api.createPovertyAccumulator({ line: 1 }).merge(5 as never)],
  ];
  it.each(samples)('a sample of %s is thrown with the class of its channel', (code, fn) => {
    const row = TABLE.get(code);
    const expected = row === undefined ? undefined : CLASS[row.channel];
    expect(expected).toBeDefined();
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(expected as never);
    const codes =
      error instanceof api.ValidationError
        ? error.issues.map((i) => i.code)
        : [(error as api.SejahteraError).code];
    expect(codes).toContain(code);
  });

  it('an unreadable row is a rejection, never thrown', () => {
    const row = Object.defineProperty({}, 'n', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    expect(TABLE.get('unreadable_row')?.channel).toBe('row');
    const r = api.validateBatch(z.object({ n: z.number() }), [row, { n: 5 }]);
    expect(r.rejected).toEqual([expect.objectContaining({ index: 0 })]);
    expect(r.rejected[0]?.issues.map((i) => i.code)).toEqual(['unreadable_row']);
    const household = Object.defineProperty({ size: 1 }, 'expenditurePerCapita', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    const m = api.povertyMeasures([{ expenditurePerCapita: 1, size: 1 }, household], { line: 2 });
    expect(m.rejected[0]?.issues.map((i) => i.code)).toEqual(['unreadable_row']);
  });
});
