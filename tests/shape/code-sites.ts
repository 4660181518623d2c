// Where the library raises each issue code, found in the source with the TypeScript compiler: every
// call whose first argument is a string literal naming a known code, classified by the function
// called (its builder) into the channel the code is raised in. Used by one-code-per-fault.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The channel a code is raised in (docs/core.md, "One code per fault"). */
export type Channel = 'issue' | 'configuration' | 'reason';

/** One place that raises a code. */
export interface CodeSite {
  readonly code: string;
  readonly channel: Channel;
  /** `src/...:line` */
  readonly where: string;
  /** The builder called (`createIssue`, `kit.configurationError`, ...). */
  readonly builder: string;
  /** Whether the issue ends up thrown from the call that raises it (inside a `throw` or an error builder). */
  readonly thrown: boolean;
}

// The builders of each channel, by the text of the callee (the last two segments of a member access).
const CONFIGURATION = new Set([
  'configurationError',
  'kit.configurationError',
  'configError',
  'ruleSetError',
  'accumulatorError',
  'ConfigurationError',
]);
const REASON = new Set(['reason', 'kit.reason']);
const ISSUE = new Set([
  'createIssue',
  'fail',
  'outOfRange',
  'failWith',
  'kit.issue',
  'kit.failWith',
  'scheduleKit.failWith',
  'scheduleKit.issue',
  'paymentsKit.failWith',
  'paymentsKit.issue',
  'kpbIssue',
  'povertyIssue',
  'tridayaIssue',
  'kolektibilitasIssue',
  'report',
  'issue',
  'safeIssue',
  'buildIssue',
]);
// Calls whose result is thrown by the enclosing call (an issue passed to them is not a rejection).
const THROWERS =
  /^(validationError|invalid|invalidIn|failWith|fail|outOfRange|tridayaValidationError|buildValidationError|kit\.invalid|kit\.failWith|scheduleKit\.failWith|paymentsKit\.failWith)$/;

// The builders that take the catalogues first (tridaya/kit.ts).
const WITH_CATALOGS = /^(failWith|issueWith|configurationErrorWith)$/;

/** The string literals an argument can be: itself, or both branches of a conditional. */
function literals(arg: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(arg)) return [arg];
  if (ts.isConditionalExpression(arg))
    return [...literals(arg.whenTrue), ...literals(arg.whenFalse)];
  if (ts.isParenthesizedExpression(arg)) return literals(arg.expression);
  return [];
}

function calleeText(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) {
    const left = ts.isIdentifier(expr.expression)
      ? expr.expression.text
      : ts.isPropertyAccessExpression(expr.expression)
        ? expr.expression.name.text
        : '?';
    return `${left}.${expr.name.text}`;
  }
  return '?';
}

function channelOf(builder: string): Channel | undefined {
  if (CONFIGURATION.has(builder)) return 'configuration';
  if (REASON.has(builder)) return 'reason';
  if (ISSUE.has(builder)) return 'issue';
  return undefined;
}

/** Whether an issue built at `node` is passed to a ConfigurationError builder (a table's `params.issues`). */
function inConfigurationError(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (
      (ts.isCallExpression(at) || ts.isNewExpression(at)) &&
      CONFIGURATION.has(calleeText(at.expression))
    ) {
      return true;
    }
    if (ts.isFunctionLike(at) || ts.isBlock(at)) return false;
  }
  return false;
}

function isThrown(node: ts.Node, builder: string): boolean {
  if (THROWERS.test(builder)) return true;
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (ts.isThrowStatement(at)) return true;
    if (ts.isCallExpression(at) && THROWERS.test(calleeText(at.expression))) return true;
    if (ts.isFunctionLike(at) || ts.isBlock(at)) return false;
  }
  return false;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Every call in `src/` that raises one of `codes` with a literal first argument. */
export function codeSites(root: string, codes: ReadonlySet<string>): CodeSite[] {
  const sites: CodeSite[] = [];
  for (const file of files(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.[0]) {
        const callee = calleeText(node.expression);
        // `failWith(catalogs, 'code', ...)`: the code is the second argument.
        const withCatalogs = WITH_CATALOGS.test(callee);
        const builder = withCatalogs ? callee.replace(/With$/, '') : callee;
        const own = channelOf(builder);
        const channel = own === 'issue' && inConfigurationError(node) ? 'configuration' : own;
        const arg = withCatalogs ? node.arguments[1] : node.arguments[0];
        if (channel !== undefined && arg !== undefined) {
          for (const literal of literals(arg)) {
            if (!codes.has(literal.text)) continue;
            const line = sf.getLineAndCharacterOfPosition(literal.getStart()).line + 1;
            sites.push({
              code: literal.text,
              channel,
              builder,
              where: `${relative(root, file)}:${line}`,
              thrown: channel === 'issue' && isThrown(node, builder),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
