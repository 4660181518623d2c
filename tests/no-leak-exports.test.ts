// No identifier leaves the library: every public function of every subpath, given a NIK written in any
// spelling (separators, Unicode digits) at any place of a valid input (a value, a key, a number), never
// returns an issue, reason or rejection, nor throws an error, from which the 16 digits can be read back
// (after stripping every separator and reading every script's digits as ASCII).
import { inspect } from 'node:util';
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as kpb from '../src/kpb/index.js';
import * as poverty from '../src/poverty/index.js';
import * as revolvingFund from '../src/revolving-fund/index.js';
import * as tridaya from '../src/tridaya/index.js';
import { pathsOf, replaceAt } from './helpers/fuzz.js';

// biome-ignore lint/suspicious/noExplicitAny: the walk calls every export with anything
type Fn = (...args: any[]) => unknown;

// ---------------------------------------------------------------------------------------------------
// Reading digits back the way an attacker would.

/** The digit value of a Unicode decimal digit: Nd digits come in contiguous runs of 0-9. */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  let start = cp;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

/** Letters break a run; every other non-digit (spaces, dashes, quotes, brackets, `*`) is dropped. */
function digitsOf(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (/\p{Nd}/u.test(ch)) out += ch >= '0' && ch <= '9' ? ch : digitValue(ch);
    else if (/\p{L}/u.test(ch)) out += '|';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// NIK spellings.

const SEPARATORS = [
  ' ',
  '-',
  '.',
  '\t',
  '\u00A0', // no-break space
  '\u202F', // narrow no-break space
  '\u200B', // zero-width space
  '\u2060', // word joiner
  '\uFEFF', // zero-width no-break space
  '\u2011', // non-breaking hyphen
  '/',
  '_',
  ' - ',
];
const ZEROS = [
  0x30, // ASCII
  0xff10, // full-width
  0x0660, // Arabic-Indic
  0x06f0, // extended Arabic-Indic
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0e50, // Thai
  0x1d7ce, // mathematical bold
];

const inScript = (digits: string, zero: number) =>
  Array.from(digits, (d) => String.fromCodePoint(zero + Number(d))).join('');

const spelled = (digits: string, zero: number, sep: string, style: number): string => {
  const d = inScript(digits, zero);
  const chars = Array.from(d);
  switch (style) {
    case 0:
      return d;
    case 1: // 4-4-4-4
      return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join(sep);
    case 2: // 6-6-4 (region, date of birth, serial)
      return [chars.slice(0, 6), chars.slice(6, 12), chars.slice(12)]
        .map((c) => c.join(''))
        .join(sep);
    case 3: // every digit
      return chars.join(sep);
    default: // inside text
      return `NIK: ${d}.`;
  }
};

// Real province codes first (no real NIK starts with 10 or 90, so the library's own limits such as
// 10^15 or Number.MAX_SAFE_INTEGER are never taken for one).
const PROVINCE_CODES = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53];
const digits16 = fc
  .tuple(
    fc.constantFrom(
      ...PROVINCE_CODES,
      61,
      62,
      63,
      64,
      65,
      71,
      72,
      73,
      74,
      75,
      76,
      81,
      82,
      91,
      92,
      94,
    ),
    fc.stringMatching(/^[0-9]{14}$/),
  )
  .map(([p, rest]) => `${p}${rest}`);
const spelling = fc.record({
  digits: digits16,
  zero: fc.constantFrom(...ZEROS),
  sep: fc.constantFrom(...SEPARATORS),
  style: fc.integer({ min: 0, max: 4 }),
  as: fc.constantFrom('value', 'value', 'key', 'number', 'map-key'),
  place: fc.nat(),
  seed: fc.nat(),
});

// ---------------------------------------------------------------------------------------------------
// Valid inputs to start from (a NIK is then put at one place of them).

const nik = '3304124505850001';
const member = { nik, kk: '3304120101150001', birthDate: '1985-05-05', desa: '3304122001' };
const groupInput = {
  id: 'G1',
  desa: '3304122001',
  members: [member, { ...member, nik: '3304120505850002', kk: '3304120101150002' }],
  savingsStartDate: '2024-01-15',
  firstLoanDate: '2024-04-15',
  jointLiabilityStatement: true,
};
const kpbOptions = {
  ruleSet: 'pkkpm-default',
  asOf: '2024-06-01',
  registry: [{ nik, desil: 2, activeGroupId: 'G9' }],
};
const loan = {
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 4,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
};
const schedule = root.buildSchedule(loan as never);
const payments = [{ paidOn: '2024-02-15', amount: 318_000 }];
const assessment = {
  ...root.assessLoan(schedule, payments, { asOf: '2024-05-01' } as never),
  ksm: 'A',
};
const household = { expenditurePerCapita: 450_000, size: 4, weight: 1, kelurahan: 'K' };
const instrumentDefinition = {
  id: 'inst',
  scale: { min: 1, max: 5 },
  items: [
    { id: 's1', daya: 'sosial' },
    { id: 'e1', daya: 'ekonomi' },
    { id: 'l1', daya: 'lingkungan' },
  ],
};
const instrument = root.defineInstrument(instrumentDefinition as never);
const datedTable = {
  id: 'table',
  description: 'd',
  unit: 'u',
  values: { '2024-03-01': { value: 1, source: 's' } },
};
const kolTable = {
  id: 'kol',
  source: 'test',
  unit: 'days',
  levels: [
    { level: 1, code: 'lancar', label: { id: 'L', en: 'C' }, from: 0, to: 30, provisionRate: '0' },
    { level: 2, code: 'macet', label: { id: 'M', en: 'L' }, from: 31, provisionRate: 1 },
  ],
};
const record = z.object({ id: z.string(), amount: z.number().int() }).strict();
const recordMap = z.record(z.string(), z.number().max(10));

/** Start inputs for each export (argument lists); functions not listed get the generic ones. */
const seeds: Record<string, unknown[][]> = {
  parseNik: [[nik, { referenceDate: '2024-06-01' }]],
  parseKk: [['3304120101150001', {}]],
  verifyMember: [[member, kpbOptions]],
  verifyGroup: [[groupInput, kpbOptions]],
  verifyGroups: [
    [[groupInput, { ...groupInput, id: 'G2' }], kpbOptions],
    [[groupInput, { ...groupInput, id: nik }], kpbOptions],
  ],
  createRegistry: [[[{ nik, desil: 2, activeGroupId: 'G', previouslyFunded: false }]]],
  summarizeVerification: [[{ valid: [], rejected: [{ index: 0, issues: [] }], duplicates: [] }]],
  defineRuleSet: [[kpb.kpbRuleSets['ksm-p2kp'], { id: 'x', member: { maxAge: 65 } }]],
  resolveRuleSet: [['kube-2020']],
  provinceName: [['33']],
  ageAt: [['1985-05-05', '2024-06-01']],
  povertyMeasures: [
    [[household, household], { line: 500_000 }],
    [new Map([['a', household]]), { line: 500_000 }],
  ],
  povertyMeasuresBy: [
    [[household, { ...household, kelurahan: 'L' }], 'kelurahan', { line: 500_000 }],
    [[household], (r: { kelurahan: string }) => r.kelurahan, { line: 500_000 }],
  ],
  createPovertyAccumulator: [[{ line: 500_000 }]],
  parsePovertyRecord: [[household]],
  safeParsePovertyRecord: [[household]],
  classifyByPovertyLine: [[450_000, { line: 500_000 }]],
  classifyFamilyWelfare: [[{}, { version: 'bkkbn-2015' }]],
  classifyRiceEquivalent: [[{ expenditurePerCapita: 100_000, ricePrice: 10_000, area: 'rural' }]],
  computePerCapitaExpenditure: [[{ householdExpenditure: 2_000_000, size: 4 }]],
  definePovertyLineTable: [[datedTable]],
  povertyLineAt: [[{ date: '2024-06-30', area: 'urban' }]],
  buildSchedule: [[loan]],
  parseLoan: [[loan]],
  safeParseLoan: [[loan]],
  applyPayments: [[schedule, payments, { allocation: 'principal-first' }]],
  assessLoan: [[schedule, payments, { asOf: '2024-05-01' }]],
  assessLoans: [[[{ schedule, payments, id: 'L1' }], { asOf: '2024-05-01' }]],
  assessLoanStream: [[[{ schedule, payments, id: 'L1' }], { asOf: '2024-05-01' }]],
  classifyKolektibilitas: [
    [kolTable, { daysPastDue: 3, missedInstalments: 1, monthsInArrears: 0 }],
  ],
  resolveKolektibilitasTable: [[kolTable]],
  checkKolektibilitasTable: [[kolTable]],
  parseKolektibilitasTable: [[kolTable]],
  safeParseKolektibilitasTable: [[kolTable]],
  portfolioIndicators: [[[assessment, assessment], { groupBy: 'ksm' }]],
  portfolioIndicatorsBy: [[[assessment], 'ksm', {}]],
  createPortfolioAccumulator: [[{ groupBy: 'ksm' }]],
  splitGroupLoan: [
    [
      schedule,
      [
        { memberId: 'A', share: 1 },
        { memberId: 'B', share: '2' },
      ],
    ],
  ],
  assessGroup: [
    [
      {
        schedule,
        members: [
          { memberId: 'A', share: 1 },
          { memberId: 'B', share: 1 },
        ],
      },
      [{ memberId: 'A', paidOn: '2024-02-15', amount: 100_000 }],
      { asOf: '2024-05-01' },
    ],
  ],
  defineInstrument: [[instrumentDefinition]],
  safeDefineInstrument: [[instrumentDefinition]],
  scoreResponses: [
    [
      instrument,
      [
        { s1: 4, e1: 2, l1: 3 },
        { id: 'r', answers: { s1: 1 } },
      ],
    ],
  ],
  scoreResponseColumns: [[instrument, { s1: [4, 2], e1: [2, 2], l1: [3, 3] }]],
  scoreTridaya: [[{ sosial: 70, ekonomi: 60, lingkungan: 59 }]],
  tridayaIndex: [[{ sosial: { percentage: 50 }, ekonomi: { percentage: 70 } }]],
  allocateDayaBudget: [[1_000_000, { sosial: 1, ekonomi: 2, lingkungan: 1 }]],
  dayaBudgetShares: [[{ sosial: 100, ekonomi: 200, lingkungan: 100 }]],
  effectivenessRatio: [[18, 20]],
  classifyPercentage: [[50, 'likert-3-equal']],
  bandsForScale: [[{ min: 1, max: 5 }, 'likert-3-equal']],
  categorize: [[[1, 2, 3, 4], { method: 'tercile' }]],
  roundRupiah: [[1234, { unit: 1000 }]],
  allocateRupiah: [[1000, [1, 2]]],
  defineDatedTable: [[datedTable]],
  valueAt: [[root.BPS_POVERTY_LINES.total, '2024-06-30']],
  parseCalendarDate: [['2024-01-31']],
  validateBatch: [
    [
      record,
      [
        { id: 'a', amount: 1 },
        { id: 'b', amount: 2 },
      ],
    ],
    [recordMap, [{ a: 1 }]],
  ],
  validateStream: [[record, [{ id: 'a', amount: 1 }]]],
  checkBatch: [[[{ id: 'a', amount: 1 }], (row: unknown) => root.safeParseWith(record, row)]],
  parseWith: [
    [record, { id: 'a', amount: 1 }],
    [recordMap, { a: 1 }],
  ],
  safeParseWith: [
    [record, { id: 'a', amount: 1 }],
    [recordMap, { a: 1 }],
  ],
  createIssue: [['custom', ['a'], { id: 'x' }]],
  validationError: [[[{ code: 'custom', path: ['a'], params: { id: 'x' }, message: 'm' }], 'x']],
};
const generic: unknown[][] = [['x'], ['2024-01-31', { a: 'x' }], [[{ id: 'x', a: 1 }], {}]];

// ---------------------------------------------------------------------------------------------------
// Calling and collecting what the library produced.

/** Runs a call through to the end: awaits a promise, drains an (async) iterator, uses accumulators. */
async function run(fn: Fn, args: unknown[], extra: unknown): Promise<unknown[]> {
  const out: unknown[] = [];
  const attempt = async (step: () => unknown): Promise<unknown> => {
    try {
      let value = step();
      if (value instanceof Promise) value = await value;
      out.push(value);
      return value;
    } catch (error) {
      out.push(error);
      return undefined;
    }
  };
  const value = await attempt(() => fn(...args));
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string | symbol, unknown>;
    if (typeof v[Symbol.asyncIterator] === 'function' || typeof v.next === 'function') {
      await attempt(async () => {
        const items: unknown[] = [];
        for await (const item of value as AsyncIterable<unknown>) {
          items.push(item);
          if (items.length > 50) break;
        }
        return items;
      });
    }
    // Accumulators: feed them the mutated data too.
    if (typeof v.add === 'function' && typeof v.result === 'function') {
      const acc = v as {
        add(x: unknown): unknown;
        addAll(x: unknown): unknown;
        merge(x: unknown): unknown;
        result(): unknown;
        snapshot?: () => unknown;
      };
      await attempt(() => acc.add(extra));
      await attempt(() => acc.addAll([extra, extra]));
      await attempt(() => acc.merge(extra));
      await attempt(() => acc.result());
      if (typeof acc.snapshot === 'function') await attempt(() => acc.snapshot?.());
    }
  }
  return out;
}

/** Every error, issue, reason and rejection inside what a call produced. */
function produced(value: unknown, found: unknown[] = [], seen = new Set<unknown>(), depth = 0) {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return found;
  seen.add(value);
  if (value instanceof Error) {
    found.push(value);
    return found;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.code === 'string' && typeof v.message === 'string') found.push(v);
  for (const key of ['issues', 'reasons', 'rejected', 'duplicates']) {
    if (Array.isArray(v[key])) found.push(v[key]);
  }
  const children = value instanceof Map ? [...value.values()] : Object.values(v);
  for (const child of children.slice(0, 200)) produced(child, found, seen, depth + 1);
  return found;
}

const json = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_k, x) => (typeof x === 'bigint' ? String(x) : x)) ?? '';
  } catch {
    return '';
  }
};

/** Every text a reader could take from one produced thing. */
function texts(thing: unknown): string[] {
  const out = [json(thing), inspect(thing, { depth: 10, showHidden: false })];
  if (thing instanceof Error) {
    const e = thing as Error & { messages?: unknown; params?: unknown; issues?: unknown };
    out.push(e.message, String(e.stack), json(e.messages), json(e.params), json(e.issues));
    if ('cause' in e) out.push(inspect(e.cause, { depth: 10 }), json(e.cause));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Mutations: the NIK put at one place of a start input.

type Spelling = {
  digits: string;
  zero: number;
  sep: string;
  style: number;
  as: string;
  place: number;
  seed: number;
};

function mutate(args: unknown[], s: Spelling): { args: unknown[]; text: string } {
  const text = spelled(s.digits, s.zero, s.sep, s.style);
  const places = args.flatMap((arg, a) => pathsOf(arg).map((path) => [a, path] as const));
  const [a, path] = places[s.place % places.length] as readonly [number, (string | number)[]];
  const changed = [...args];
  const at = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], args[a]);
  let replacement: unknown = text;
  if (s.as === 'number') replacement = Number(s.digits);
  else if (s.as === 'key' && at !== null && typeof at === 'object' && !Array.isArray(at)) {
    replacement = { ...(at as object), [text]: 1 };
  } else if (s.as === 'map-key') replacement = new Map([[text, at]]);
  changed[a] = replaceAt(args[a], path, replacement);
  return { args: changed, text };
}

// ---------------------------------------------------------------------------------------------------

const subpaths = { '.': root, poverty, 'revolving-fund': revolvingFund, kpb, tridaya };
const functions = new Map<string, Fn>();
for (const mod of Object.values(subpaths)) {
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function' && !/^[A-Z]/.test(name)) functions.set(name, value as Fn);
  }
}
const cases = [...functions.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('digitsOf reads a NIK back from any spelling (the checker itself)', () => {
  it('reads separators, full-width and other scripts', () => {
    expect(digitsOf('3304 1245\u00A00585\u200B0001')).toBe('3304124505850001');
    expect(digitsOf('３３０４１２４５０５８５０００１')).toBe('3304124505850001');
    expect(digitsOf(inScript('3304124505850001', 0x0966))).toBe('3304124505850001');
    expect(digitsOf('330412********01')).toBe('33041201');
    expect(digitsOf('NIK 1 and 2')).toBe('|||1|||2');
  });
});

describe('no public function lets a NIK out in any spelling (property over every export)', () => {
  it('walks every function of every subpath', () => {
    expect(cases.length).toBeGreaterThan(80);
    // Every function with a start input here is still exported (others get the generic inputs).
    const seeded = Object.keys(seeds).filter((n) => functions.has(n));
    expect(seeded.length).toBe(Object.keys(seeds).length);
    expect(seeded.length).toBeGreaterThan(60);
  });

  it.each(cases)('%s', async (name, fn) => {
    const starts = seeds[name] ?? generic;
    await fc.assert(
      fc.asyncProperty(spelling, async (s) => {
        const start = starts[s.seed % starts.length] as unknown[];
        const { args } = mutate(start, s);
        const extra = mutate([start[0] ?? {}], { ...s, place: s.place + 1 }).args[0];
        const results = await run(fn, args, extra);
        for (const thing of produced(results)) {
          for (const t of texts(thing)) {
            if (digitsOf(t).includes(s.digits)) {
              throw new Error(`${name} leaked ${s.digits} in: ${t.slice(0, 600)}`);
            }
          }
        }
      }),
      { numRuns: seeds[name] === undefined ? 25 : 120 },
    );
  });
});
