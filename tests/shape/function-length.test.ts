// Functions a person can hold in their head (issue 10): no function in src/ runs over 60 lines unless
// the line directly above it says why, `// Long on purpose: <benchmark name and figure>`. Lines are
// counted as /work/wt/tools/fnlen.mjs counts them: from the line of the body's `{` to the line of its
// `}`, inclusive, for declarations, methods, constructors, getters, arrows and function expressions.
// KNOWN lists today's offenders, which are being shrunk; it may only shrink: an entry that is no
// longer over the limit fails here until it is removed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIMIT = 60;
const REASON = /^\s*\/\/ Long on purpose: \S/;

/** Whether the run of `//` comment lines directly above `line` starts with the reason. */
function reasonAbove(lines: readonly string[], line: number): boolean {
  let at = line - 1;
  const comment = (k: number) => /^\s*\/\//.test(lines[k] ?? '');
  while (at > 0 && comment(at) && comment(at - 1) && !REASON.test(lines[at] ?? '')) at--;
  return REASON.test(lines[at] ?? '');
}

interface LongFunction {
  /** `file#name`: a named function by its name, an anonymous one by where it sits. */
  readonly key: string;
  readonly lines: number;
  readonly where: string;
  readonly explained: boolean;
}

function nameOf(node: ts.Node, enclosing: string | undefined): string {
  const own = (node as { name?: ts.Node }).name;
  if (own !== undefined) return own.getText();
  const parent = node.parent;
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
    parent.initializer === node
  ) {
    return parent.name.getText();
  }
  return `${enclosing ?? '(module)'}>(anonymous)`;
}

/** Every function of one source text longer than `limit` lines. */
function longFunctions(file: string, text: string, limit = LIMIT): LongFunction[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: LongFunction[] = [];
  const visit = (node: ts.Node, enclosing: string | undefined): void => {
    let inner = enclosing;
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isConstructorDeclaration(node) ||
        ts.isGetAccessorDeclaration(node)) &&
      node.body !== undefined
    ) {
      const name = nameOf(node, enclosing);
      inner = name;
      const first = sf.getLineAndCharacterOfPosition(node.body.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.body.getEnd()).line;
      const count = last - first + 1;
      if (count > limit) {
        // The line directly above the function (above its `const` for an arrow held in a variable).
        let head: ts.Node = node;
        if (ts.isVariableDeclaration(node.parent)) head = node.parent.parent.parent ?? node.parent;
        const startLine = sf.getLineAndCharacterOfPosition(head.getStart(sf)).line;
        found.push({
          key: `${file}#${name}`,
          lines: count,
          where: `${file}:${first + 1}`,
          explained: reasonAbove(lines, startLine),
        });
      }
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sf, undefined);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Today's offenders (file#function), shrunk by the branches of issue 10 in parallel. Remove an entry
 * once its function is at most 60 lines; never add one (say why with `// Long on purpose:` instead).
 */
const KNOWN: readonly string[] = [];

const offenders = sourceFiles('src').flatMap((file) =>
  longFunctions(file.split('\\').join('/'), readFileSync(file, 'utf8')),
);

describe('function length (at most 60 lines unless it says why)', () => {
  it('counts lines as fnlen.mjs does, and honours the comment run only directly above', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, k) => `  x += ${k};`).join('\n');
    const src = [
      `function ok() {\n${body(60)}\n}`,
      `function long() {\n${body(61)}\n}`,
      `// Long on purpose: bench "x" 2.1 M rows/s against 1.4 M split\nfunction fast() {\n${body(70)}\n}`,
      `// Long on purpose: bench "y" 3 M rows/s\n\nconst gap = () => {\n${body(62)}\n};`,
      `const arrow = (a: number) => {\n${body(61)}\n};`,
      `export function outer() {\n  return [1].map(() => {\n${body(61)}\n  });\n}`,
    ].join('\n\n');
    const found = longFunctions('t.ts', src);
    expect(found.map((f) => [f.key, f.lines, f.explained])).toEqual([
      ['t.ts#long', 61, false],
      ['t.ts#fast', 70, true],
      ['t.ts#gap', 62, false],
      ['t.ts#arrow', 61, false],
      ['t.ts#outer', 63, false],
      ['t.ts#outer>(anonymous)', 61, false],
    ]);
  });

  it('no function in src/ is over the limit unless it says why or is a known offender', () => {
    const unexplained = offenders
      .filter((f) => !f.explained && !KNOWN.includes(f.key))
      .map((f) => `${f.where} ${f.key} (${f.lines} lines)`);
    expect(unexplained).toEqual([]);
  });

  it('every known offender is still over the limit (remove the entries that are not)', () => {
    const still = new Set(offenders.filter((f) => !f.explained).map((f) => f.key));
    expect(KNOWN.filter((key) => !still.has(key))).toEqual([]);
  });
});
