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
  const edits: { start: number; end: number; block: boolean; freeze?: boolean }[] = [];
  const frozen = frozenLater(file);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      const freeze = ts.isIdentifier(declaration.name) && frozen.has(declaration.name.text);
      if (init === undefined || !(freeze || runsCode(init))) continue;
      const text = init.getText(file);
      if (!freeze && KNOWN_PURE.some((re) => re.test(text))) continue;
      // `{ ... } as const satisfies T` must keep its assertion on the literal: wrap it in a block.
      let inner: ts.Expression = init;
      let block = false;
      while (ts.isSatisfiesExpression(inner) || ts.isAsExpression(inner)) {
        if (ts.isAsExpression(inner) && inner.type.getText(file) === 'const') block = true;
        inner = inner.expression;
      }
      edits.push({
        start: init.getStart(file),
        end: (block ? init : inner).getEnd(),
        block,
        freeze,
      });
    }
  }
  // The `deepFreeze(NAME);` statements folded into NAME's initializer are removed.
  for (const statement of file.statements) {
    if (freezeTarget(statement) !== undefined && frozen.has(freezeTarget(statement) as string)) {
      edits.push({ start: statement.getStart(file), end: statement.getEnd(), block: false });
    }
  }
  let out = source;
  for (const { start, end, block, freeze } of edits.sort((a, b) => b.start - a.start)) {
    if (freeze === undefined) {
      out = out.slice(0, start) + out.slice(end);
      continue;
    }
    const expression = freeze ? `deepFreeze(${out.slice(start, end)})` : out.slice(start, end);
    const wrapped = block
      ? `/* @__PURE__ */ (() => { return ${expression}; })()`
      : `/* @__PURE__ */ (() => (${expression}))()`;
    out = out.slice(0, start) + wrapped + out.slice(end);
  }
  return out;
}

/** `NAME` when the statement is `deepFreeze(NAME);`. */
function freezeTarget(statement: ts.Statement): string | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const call = statement.expression;
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const [arg] = call.arguments;
  if (!ts.isIdentifier(call.expression) || call.expression.text !== 'deepFreeze') return undefined;
  return arg !== undefined && ts.isIdentifier(arg) ? arg.text : undefined;
}

/**
 * The module-level consts frozen by a later top-level `deepFreeze(NAME);` statement. A bundler must
 * keep such a statement (a call), and with it the value, in every bundle that reaches the module;
 * folded into the initializer (`const NAME = deepFreeze(...)`), the freeze runs at the same point for
 * every reader of the value and goes away with the value when nothing uses it.
 */
function frozenLater(file: ts.SourceFile): Set<string> {
  const consts = new Set<string>();
  const out = new Set<string>();
  for (const statement of file.statements) {
    if (
      ts.isVariableStatement(statement) &&
      (statement.declarationList.flags & ts.NodeFlags.Const) !== 0
    ) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer !== undefined) consts.add(d.name.text);
      }
    }
    const target = freezeTarget(statement);
    if (target !== undefined && consts.has(target)) out.add(target);
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
