import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 10 ("each rule once"): the library's hand readers, which stand in for zod schemas on a
// function's own path, read with ONE kit (_internal/zod-like-reader.ts). zod's rules (a type issue
// and how the library maps it, a length in code points, a strict object's unknown keys cut to 40
// characters) are written in the kit and the two modules it shares with the core's mapping of zod
// issues, and nowhere else. This test fails when a second kit, or a private copy of one of those
// rules, comes back.

const src = join(__dirname, '..', '..', 'src');

/** The kit, and the two rule modules it shares with core/zod-issues.ts. */
const KIT = 'src/_internal/zod-like-reader.ts';
const RULES = ['src/_internal/zod-issue-shapes.ts', 'src/_internal/zod-length.ts'];

/** Every hand reader of a schema, and what it stands for. */
const READERS = [
  'src/kpb/group-reader.ts', // GroupSchema, MemberSchema
  'src/kpb/rule-set-reader.ts', // RuleSetSchema
  'src/revolving-fund/schedule/loan-reader.ts', // LoanSchema
  'src/revolving-fund/schedule/flat-total-reader.ts', // FlatTotalLoanSchema
  'src/revolving-fund/schedule/reader-fields.ts', // the fields both loan schemas share
  'src/revolving-fund/payments/input-reader.ts', // ScheduleInputSchema, PaymentSchema
  'src/tridaya/instrument-reader.ts', // InstrumentDefinitionSchema
  'src/pkh/family-reader.ts', // PkhFamilySchema
  'src/_internal/calendar-date-schema.ts', // CalendarDateSchema (calendarDateIssues)
];

/** Every TypeScript file under src/, by its path from the repository root, with its text. */
const files = new Map(
  (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`src/${file.split('\\').join('/')}`, readFileSync(join(src, file), 'utf8')]),
);
const text = (rel: string): string => files.get(rel) ?? '';

/**
 * The names the old kits and the readers' private copies gave zod's rules (not `typeIssue`, a name
 * poverty/household-checks.ts gives its wrapper of `numberTypeProblem`).
 */
const RULE_HELPERS =
  /\b(?:function|const|let)\s+(wrongType|typeProblem|lengthCheck|lengths|tooLong|cutKey|zodLengthOf|objectField|codePointLength)\b/g;

describe('one kit of hand readers (issue 10)', () => {
  it('has one kit: mirror-fields.ts is gone', () => {
    expect(existsSync(join(src, '_internal', 'mirror-fields.ts'))).toBe(false);
    expect([...files.keys()].filter((f) => /mirror/.test(f))).toEqual([]);
  });

  it('every hand reader reads with the kit', () => {
    for (const reader of READERS) {
      expect(files.has(reader), reader).toBe(true);
      expect(text(reader), reader).toMatch(
        /from '(?:\.\.\/)*(?:_internal\/|\.\/)zod-like-reader\.js'/,
      );
    }
  });

  it('no reader reaches past the kit for a zod rule, nor writes its own type issue', () => {
    for (const reader of READERS) {
      const source = text(reader);
      expect(source, reader).not.toMatch(/zod-length\.js|zod-issue-shapes\.js|describeType/);
      // A type issue is the kit's (required / invalid_type / not_finite / not_integer).
      expect(source, reader).not.toMatch(/'(?:required|not_finite|not_integer)'/);
    }
  });

  it('defines the rules of zod only in the kit and its two rule modules', () => {
    const found: string[] = [];
    for (const [rel, source] of files) {
      if (rel === KIT || RULES.includes(rel)) continue;
      for (const m of source.matchAll(RULE_HELPERS)) found.push(`${rel}#${m[1]}`);
    }
    expect(found).toEqual([]);
  });

  it('measures code points, and cuts unknown keys, only in the rule modules', () => {
    const codePoints: string[] = [];
    const unknownKeys: string[] = [];
    for (const [rel, source] of files) {
      if (rel === KIT || RULES.includes(rel)) continue;
      if (/\[\.\.\.\w+\]\.length|Array\.from\(\w+\)\.length/.test(source)) codePoints.push(rel);
      // The catalogues word `unrecognized_keys`; only the core's mapping of zod issues and the kit
      // raise it.
      const raises = /'unrecognized_keys'/.test(source) && !/messages\.ts$/.test(rel);
      if (raises && rel !== 'src/core/zod-issues.ts') unknownKeys.push(rel);
    }
    expect(codePoints).toEqual([]);
    expect(unknownKeys).toEqual([]);
  });

  it('shares the type-issue and unknown-key rules between the kit and the core mapping', () => {
    for (const rel of [KIT, 'src/core/zod-issues.ts']) {
      expect(text(rel), rel).toMatch(
        /import \{ cutKey, typeIssue \} from '[./]+(?:_internal\/)?zod-issue-shapes\.js'/,
      );
    }
    expect(text(KIT)).toMatch(/from '\.\/zod-length\.js'/);
  });
});
