// Runs the ```ts blocks of README.md and docs/*.md and asserts their `//=> value` comments.
// A line `expression; //=> value` (or an expression line followed by `//=> value` lines) becomes an
// assertion that the expression equals the value (`toEqual`; objects with `toMatchObject`, since a
// guide shows the fields that matter). A value that is prose or elided (`...`, `{ total, valid }`)
// cannot be evaluated and is left out; the count of assertions made is itself asserted, so a change
// that silently stops checking fails here. A line documented to throw (`expr; // throws Name` or
// `// throws Name, code 'x'` under it) asserts the error's class name (and code). Blocks that need the
// reader's own data (`declare`) are only type-checked (scripts/check-doc-blocks.mjs), and so is a block
// preceded by `<!-- doc-test: skip <reason> -->` (none today: keep it that way).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without declarations
import { docFiles, importPrelude, tsBlocks } from '../../scripts/check-doc-blocks.mjs';

interface Block {
  file: string;
  line: number;
  code: string;
  /** Why the block is only type-checked: the `<!-- doc-test: skip <reason> -->` marker above it. */
  skip?: string;
}

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIR = join(ROOT, '.doc-blocks-run');

/** A value written in a comment, as JavaScript, or undefined when it is prose or elided. */
function commentValue(text: string): { ok: true; value: unknown } | { ok: false } {
  let t = text.trim();
  // A remark in parentheses after the value: `375283 (exact half, rounded half-up)`.
  for (;;) {
    const m = /^(.*\S)\s+\([^()]*\)$/.exec(t);
    if (m === null || m[1] === undefined) break;
    t = m[1];
  }
  if (t.includes('...') || t.includes('…')) return { ok: false };
  try {
    return { ok: true, value: new Function(`return (${t});`)() };
  } catch {
    return { ok: false };
  }
}

/** Whether a line holds a whole expression: brackets balanced, not the tail of a longer one. */
function whole(code: string): boolean {
  if (/^\s/.test(code) || /^[)}\].,]/.test(code)) return false;
  let depth = 0;
  for (const c of code.replace(/'(?:[^'\\]|\\.)*'/g, "''")) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The line without a trailing `// remark` (a `//` inside quotes is kept). */
function codePart(line: string): string {
  let quote: string | undefined;
  for (let k = 0; k < line.length; k++) {
    const c = line[k] as string;
    if (quote !== undefined) {
      if (c === '\\') k++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[k + 1] === '/') return line.slice(0, k).trimEnd();
  }
  return line;
}

/** `throws Name` (optionally `, code 'x'`) in a remark: the error a line is documented to throw. */
function thrownIn(remark: string): { name: string; code: string | undefined } | undefined {
  const m = /^throws\s+([A-Z]\w*)(?:.*?\bcode\s+'([a-z_]+)')?/.exec(remark.trim());
  return m?.[1] === undefined ? undefined : { name: m[1], code: m[2] };
}

function throwsCall(
  code: string,
  thrown: { name: string; code: string | undefined },
  where: string,
) {
  return `__throws(() => (${code}), ${JSON.stringify(thrown.name)}, ${JSON.stringify(thrown.code ?? null)}, ${JSON.stringify(where)});`;
}

function specifier(spec: string): string {
  if (spec === 'sejahtera') return join(ROOT, 'src/index.ts');
  const sub = /^sejahtera\/([\w-]+)$/.exec(spec);
  return sub ? join(ROOT, `src/${sub[1]}/index.ts`) : spec;
}

/** The block as a module whose `//=>` comments call `__doc(actual, expected, where)`. */
function instrument(block: Block): { source: string; assertions: number } {
  const lines = block.code.split('\n');
  const out: string[] = [];
  let assertions = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const where = `${block.file}:${block.line + i}`;
    // `expression; // throws ParameterNotFoundError ...` on one line.
    const inlineThrow =
      /^(?!\s*(?:const|let|var|import|declare|type)\b)(\S.*?);?\s*\/\/\s*(throws\s.*)$/.exec(line);
    const thrownInline = inlineThrow?.[2] === undefined ? undefined : thrownIn(inlineThrow[2]);
    if (inlineThrow?.[1] !== undefined && thrownInline !== undefined && whole(inlineThrow[1])) {
      out.push(throwsCall(inlineThrow[1], thrownInline, where));
      assertions++;
      continue;
    }
    const inline = /^(?!\s*(?:const|let|var|import|declare|type)\b)(\S.*?);?\s*\/\/=>\s*(.+)$/.exec(
      line,
    );
    if (
      inline?.[1] !== undefined &&
      inline[2] !== undefined &&
      !inline[1].trim().startsWith('//') &&
      whole(inline[1]) &&
      (i === 0 || whole((lines[i - 1] as string).replace(/\/\/.*$/, '').trim() || 'x'))
    ) {
      const v = commentValue(inline[2]);
      if (v.ok) {
        out.push(`__doc((${inline[1]}), (${JSON.stringify(v.value)}), ${JSON.stringify(where)});`);
        assertions++;
        continue;
      }
    }
    // `//=> value` (or `// throws Name`) on its own lines after a one-line expression statement.
    const own = /^\s*\/\/=>\s*(.+)$/.exec(line);
    const last = out[out.length - 1];
    const prev = last === undefined ? undefined : codePart(last);
    const ownThrow = /^\s*\/\/\s*(throws\s.*)$/.exec(line);
    const thrownOwn = ownThrow?.[1] === undefined ? undefined : thrownIn(ownThrow[1]);
    if (
      thrownOwn !== undefined &&
      prev !== undefined &&
      !prev.startsWith('__') &&
      whole(prev.replace(/;$/, '')) &&
      !/^(const|let|var|import|declare|type|for|if)\b/.test(prev)
    ) {
      out[out.length - 1] = throwsCall(prev.replace(/;$/, ''), thrownOwn, where);
      assertions++;
      continue;
    }
    const before = i >= 2 ? (lines[i - 2] as string).replace(/\/\/.*$/, '').trim() : '';
    if (
      own?.[1] !== undefined &&
      prev !== undefined &&
      !prev.startsWith('__') &&
      whole(prev.replace(/;$/, '')) &&
      (before === '' || /[;{]$/.test(before) || whole(before)) &&
      !/^(const|let|var|import|declare|type|for|if)\b/.test(prev)
    ) {
      let text = own[1];
      let j = i + 1;
      while (j < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[j] as string)) {
        text += ` ${(lines[j] as string).replace(/^\s*\/\//, '').trim()}`;
        j++;
      }
      const v = commentValue(text);
      if (v.ok) {
        out[out.length - 1] =
          `__doc((${prev.replace(/;$/, '')}), (${JSON.stringify(v.value)}), ${JSON.stringify(where)});`;
        assertions++;
        i = j - 1;
        continue;
      }
    }
    out.push(
      line.replace(/from '(sejahtera(?:\/[\w-]+)?)'/g, (_m, s: string) => `from '${specifier(s)}'`),
    );
  }
  return { source: `${out.join('\n')}\nexport {};\n`, assertions };
}

const blocks: Block[] = (docFiles() as string[]).flatMap((f) => tsBlocks(f) as Block[]);
const runnable = blocks.filter((b) => !/^\s*declare\s/m.test(b.code));
let total = 0;

(globalThis as Record<string, unknown>).__doc = (
  actual: unknown,
  expected: unknown,
  where: string,
) => {
  // Intl separates 'Rp' and the digits with a no-break space; the guides print a plain one.
  const plain = JSON.parse(JSON.stringify(actual ?? null).replace(/[\u00a0\u202f]/g, ' '));
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(plain, where).toMatchObject(expected as object);
  } else expect(plain, where).toEqual(expected);
};

(globalThis as Record<string, unknown>).__throws = (
  run: () => unknown,
  name: string,
  code: string | null,
  where: string,
) => {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${where} throws`).toBeInstanceOf(Error);
  expect((thrown as Error).name, where).toBe(name);
  if (code !== null) expect((thrown as { code?: unknown }).code, where).toBe(code);
};

describe('code blocks of README.md and docs/*.md', () => {
  mkdirSync(DIR, { recursive: true });
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  for (const block of runnable) {
    const where = `${block.file}:${block.line}`;
    const test = block.skip === undefined ? it : it.skip;
    test(`${where} runs and its //=> values hold${block.skip === undefined ? '' : ` (skipped: ${block.skip})`}`, async () => {
      const prelude: string = await importPrelude(block.code);
      const { source, assertions } = instrument({ ...block, code: prelude + block.code });
      total += assertions;
      const file = join(DIR, `${block.file.replace(/[/.]/g, '_')}_L${block.line}.ts`);
      // Every `sejahtera` import points at the sources, so no build is needed.
      writeFileSync(
        file,
        source.replace(
          /from '(sejahtera(?:\/[\w-]+)?)'/g,
          (_m, s: string) => `from '${specifier(s)}'`,
        ),
      );
      await import(file);
    });
  }

  it('reads a skip marker above a fence, and only there', () => {
    const file = join(DIR, 'marker.md');
    writeFileSync(
      file,
      [
        '<!-- doc-test: skip needs a network -->',
        '',
        '```ts',
        '1 + 1; //=> 2',
        '```',
        'text',
        '```ts',
        '2 + 2; //=> 4',
        '```',
      ].join('\n'),
    );
    const [first, second] = tsBlocks(file) as Block[];
    expect(first?.skip).toBe('needs a network');
    expect(second?.skip).toBeUndefined();
    expect(instrument(second as Block).assertions).toBe(1);
  });

  it('no block of the guides is skipped', () => {
    expect(blocks.filter((b) => b.skip !== undefined).map((b) => `${b.file}:${b.line}`)).toEqual(
      [],
    );
  });

  it('asserted a good share of the documented values', () => {
    expect(total).toBeGreaterThanOrEqual(45);
  });
});
