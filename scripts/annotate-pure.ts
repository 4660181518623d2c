// An esbuild plugin for the build (tsup.config.ts): wraps every module-level `const` whose
// initializer runs code (a zod schema chain, a frozen preset, a compiled table) in a
// `/* @__PURE__ */` IIFE, in the built files only. A user's bundler may then drop the value when
// nothing imported uses it: without this, any import of the package brought every schema (and zod)
// along, because a bundler must keep a top-level call it cannot prove free of side effects.
// The value is still computed once, at import, in the same order; only its removal is allowed.
// Doing it at build time keeps the sources as written (no wrapper around every schema to maintain).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** esbuild already knows these have no side effects. */
const KNOWN_PURE = [/^new (Weak)?(Map|Set)(<[^()]*>)?\(\)$/, /^Symbol\(/];

/** Does evaluating `node` run code (a call, `new`, a tagged template) outside a function body? */
function runsCode(node: ts.Node): boolean {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return false;
  if (
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isTaggedTemplateExpression(node)
  ) {
    return true;
  }
  return ts.forEachChild(node, runsCode) ?? false;
}

/** The source with each such initializer wrapped; unchanged when there is none. */
export function annotatePure(fileName: string, source: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; block: boolean }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init === undefined || !runsCode(init)) continue;
      const text = init.getText(file);
      if (KNOWN_PURE.some((re) => re.test(text))) continue;
      // `{ ... } as const satisfies T` must keep its assertion on the literal: wrap it in a block.
      let inner: ts.Expression = init;
      let block = false;
      while (ts.isSatisfiesExpression(inner) || ts.isAsExpression(inner)) {
        if (ts.isAsExpression(inner) && inner.type.getText(file) === 'const') block = true;
        inner = inner.expression;
      }
      edits.push({ start: init.getStart(file), end: (block ? init : inner).getEnd(), block });
    }
  }
  let out = source;
  for (const { start, end, block } of edits.sort((a, b) => b.start - a.start)) {
    const expression = out.slice(start, end);
    const wrapped = block
      ? `/* @__PURE__ */ (() => { return ${expression}; })()`
      : `/* @__PURE__ */ (() => (${expression}))()`;
    out = out.slice(0, start) + wrapped + out.slice(end);
  }
  return out;
}

/** The esbuild plugin: applies {@link annotatePure} to the library's TypeScript sources. */
export function annotatePurePlugin(): Plugin {
  return {
    name: 'annotate-pure',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: annotatePure(args.path, await readFile(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
