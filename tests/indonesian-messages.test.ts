import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasContextId } from '../src/_internal/context-id.js';
import * as contexts from '../src/_internal/contexts.js';
import * as api from '../src/index.js';
import { POVERTY_CONTEXTS, ROW_CONTEXTS, STATS_CONTEXTS } from '../src/_internal/context-names.js';

/** A context named in Indonesian (the library-wide table merges every part's own names). */
const named = (context: string): boolean => hasContextId(context);

// Issue 9, item 2: "Indonesian messages are wholly Indonesian". Every catalogue's Indonesian
// template is rendered (with placeholder facts and a neutral field name) and scanned for English.
//
// Convention (docs/core.md, "Messages"): a name from code in an Indonesian message (a field,
// option, function or preset name such as `decimalPlaces` or `memberId`) is written in backticks,
// which mark it as a name to type, not a word to read; the subject of a message is the caller's own
// key as written. Everything else is Indonesian. Units and notations shared by both languages
// (`YYYY-MM-DD`, `%`, `1.250.000`, `true`/`false` as values to type) are not words.

/**
 * English words that have no place in Indonesian prose. Not listed: words Indonesian has taken in
 * (KBBI) and the messages use as Indonesian: `valid`, `level`, `label`, `preset`, `spreadsheet`.
 */
const ENGLISH = new Set(
  (
    'the a an is are be must should of and or with without for from to at in on by as not ' +
    'required expected received value values item items table period grace recovery options ' +
    'option allocation budget merge snapshot accumulator levels code share members payment ' +
    'payments principal interest rate rule rules group groups ' +
    'number numbers whole positive negative greater less than least most more each every other ' +
    'same only when where which this that its it has have missing unknown'
  ).split(' '),
);

/**
 * Names that are not English words: a product name, and `NaN`, which a placeholder fact gives where
 * a template computes with a number (`index - 1`).
 */
const PROPER_NAMES = new Set(['JavaScript', 'NaN']);

const CATALOGUES = Object.entries(api).filter(
  ([name, value]) => /Messages$/.test(name) && typeof value === 'object' && value !== null,
) as [string, Record<string, { id: (p: unknown, path: unknown) => string }>][];

/** Facts as placeholders: each reads as «name», so only the template's own words are scanned. */
const facts = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'string' ? `«${key}»` : undefined),
    has: () => true,
  },
);

function englishIn(message: string): string[] {
  const prose = message
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ');
  const found: string[] = [];
  for (const word of prose.match(/[A-Za-z][A-Za-z_]*/g) ?? []) {
    if (PROPER_NAMES.has(word)) continue;
    if (/[a-z][A-Z]|_/.test(word))
      found.push(word); // camelCase or snake_case: a name from code
    else if (ENGLISH.has(word.toLowerCase())) found.push(word);
  }
  return found;
}

describe('Indonesian messages are wholly Indonesian (issue 9)', () => {
  it('finds the message catalogues', () => {
    expect(CATALOGUES.map(([name]) => name)).toEqual(
      expect.arrayContaining(['coreMessages', 'kpbMessages', 'povertyMessages', 'pkhMessages']),
    );
  });

  it('the scanner sees English and camelCase names outside backticks', () => {
    expect(englishIn('budget allocation tidak valid')).toEqual(['budget', 'allocation']);
    expect(englishIn('the table: level harus bilangan bulat')).toEqual(['the', 'table']);
    expect(englishIn('decimalPlaces harus 0-20')).toEqual(['decimalPlaces']);
    expect(englishIn('`decimalPlaces` harus 0-20')).toEqual([]);
    expect(englishIn('item 3 wajib diisi')).toEqual(['item']);
  });

  it.each(CATALOGUES)('%s: every Indonesian template', (_name, catalogue) => {
    const offenders: string[] = [];
    for (const [code, entry] of Object.entries(catalogue)) {
      for (const path of [['x'], [0], []]) {
        const message = entry.id(facts, path);
        const english = englishIn(message);
        if (english.length > 0) offenders.push(`${code}: ${english.join(', ')} in "${message}"`);
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });
});

/** Every context string the library's source gives an error ("loan", "budget allocation"). */
function contextsInSource(): Set<string> {
  const patterns = [
    /validationError\(\s*\[[\s\S]*?\]\s*,\s*'([^']+)'/g,
    /unreadableInput\(\s*\w+\s*,\s*'([^']+)'\s*\)/g,
    /guarded\(\s*'([^']+)'/g,
    /context:\s*'([^']+)'/g,
    /const context = '([^']+)'/g,
    /invalid\(\s*\[[\s\S]*?\]\s*,\s*'([^']+)'/g,
  ];
  const root = new URL('../src/', import.meta.url).pathname;
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const pattern of patterns) {
          for (const m of text.matchAll(pattern)) {
            if ((m[1] as string).length < 60) found.add(m[1] as string);
          }
        }
      }
    }
  };
  walk(root);
  return found;
}

describe('error contexts in Indonesian (issue 9: "budget allocation tidak valid")', () => {
  it('every context in the source has an Indonesian name', () => {
    const contexts = contextsInSource();
    // The core names its contexts where it raises them (_internal/contexts.ts, checked below).
    expect(contexts.size).toBeGreaterThan(40);
    expect([...contexts].filter((c) => !named(c))).toEqual([]);
  });

  it('every context named where it is raised, and every domain map, reads wholly Indonesian', () => {
    const names = [
      ...Object.values(contexts).map((c) => c.id),
      ...Object.values(POVERTY_CONTEXTS),
      ...Object.values(STATS_CONTEXTS),
      ...Object.values(ROW_CONTEXTS),
    ];
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((name) => englishIn(name).length > 0)).toEqual([]);
    const core = Object.values(contexts);
    expect(core.length).toBe(new Set(core.map((c) => c.en)).size);
  });

  it('a function raising a named context says it in Indonesian (addMonths, roundRupiah, spearman)', () => {
    const id = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as api.SejahteraError).messages.id;
      }
      throw new Error('did not throw');
    };
    expect(id(() => api.addMonths('2024-02-30', 1))).toMatch(/^tanggal tidak valid/);
    expect(id(() => api.roundRupiah(Number.NaN))).toMatch(/^pembulatan tidak valid/);
    expect(id(() => api.formatRupiah(1.5))).toMatch(
      /^format rupiah \(`formatRupiah`\) tidak valid/,
    );
    expect(id(() => api.spearman([1, 2], [1, 2]))).toMatch(/^korelasi Spearman tidak valid/);
    expect(id(() => api.classifyByPovertyLine(-1, { line: 500_000 }))).toMatch(
      /^klasifikasi tidak valid/,
    );
  });

  it('the issue example and others read wholly Indonesian', () => {
    const thrown = (f: () => unknown): api.SejahteraError => {
      try {
        f();
      } catch (e) {
        return e as api.SejahteraError;
      }
      throw new Error('did not throw');
    };
    expect(
      thrown(() => (api.allocateDayaBudget as (...a: unknown[]) => unknown)(-5)).messages.id,
    ).toMatch(/^alokasi anggaran tidak valid/);
    expect(thrown(() => api.parseLoan({})).messages.id).toMatch(/^pinjaman tidak valid/);
    expect(
      thrown(() => api.validateBatch(api.PovertyRecordSchema, 5 as never)).messages.id,
    ).toMatch(/^kumpulan baris tidak valid/);
    // The issue's `decimalPlaces` example: the option problem is told in Indonesian too.
    const report = thrown(() =>
      api.upkMonthlyReport([], undefined, { month: '2024-06', decimalPlaces: 99 }),
    );
    expect(report.messages.id).toContain('`decimalPlaces` harus bilangan bulat 0 sampai 20');
    expect(englishIn(report.messages.id)).toEqual([]);
    const portfolio = thrown(() => api.portfolioIndicators([], { decimalPlaces: 99 }));
    expect(portfolio.messages.id).toContain('`decimalPlaces` harus bilangan bulat 0 sampai 20');
    expect(englishIn(portfolio.messages.id)).toEqual([]);
    // A caller's own context is the caller's word, printed as given.
    expect(
      thrown(() => api.parseWith(api.PovertyRecordSchema, null, { context: 'data survei' }))
        .messages.id,
    ).toMatch(/^data survei tidak valid/);
  });
});
