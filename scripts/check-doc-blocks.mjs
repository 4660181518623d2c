// Type-checks every ```ts code block of README.md and docs/*.md under plain `tsc --strict` (the
// options a user's project most likely has), against the sources through the `sejahtera` path
// mapping of tsconfig.json. Each block is its own module. Run by `npm run check:docs` (in CI through
// `npm run lint`). The `//=>` values are asserted by tests/doc-blocks.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function docFiles() {
  return [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
}

/** A marker on the line before a block's fence (blank lines between allowed): it is not run. */
const SKIP_MARKER = /^<!--\s*doc-test:\s*skip\s+(.+?)\s*-->\s*$/;

/** The reason of the skip marker above the fence at index `fence`, if there is one. */
function skipReason(lines, fence) {
  let k = fence - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  return k >= 0 ? SKIP_MARKER.exec(lines[k].trim())?.[1] : undefined;
}

/**
 * The ```ts blocks of a Markdown file, with the line each starts on and, for a block preceded by
 * `<!-- doc-test: skip <reason> -->`, the reason it is only type-checked, not run.
 */
export function tsBlocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks = [];
  let current;
  lines.forEach((line, i) => {
    if (current === undefined && /^```ts\s*$/.test(line))
      current = { file, line: i + 2, code: [], skip: skipReason(lines, i) };
    else if (current !== undefined && /^```\s*$/.test(line)) {
      blocks.push({ ...current, code: current.code.join('\n') });
      current = undefined;
    } else if (current !== undefined) current.code.push(line);
  });
  return blocks;
}

/**
 * Guides show calls without their import lines; a block that has no `import` gets one for every
 * exported value of the package it names (from `sejahtera`, or the subpath for names only a subpath
 * exports), so that it compiles exactly as a user's file with those imports would.
 */
export async function importPrelude(code) {
  if (/^\s*import\s/m.test(code)) return '';
  const root = Object.keys(await import('../src/index.ts'));
  const subpaths = {};
  for (const sub of ['poverty', 'revolving-fund', 'kpb', 'tridaya', 'pkh']) {
    subpaths[sub] = Object.keys(await import(`../src/${sub}/index.ts`));
  }
  const used = new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const bySpec = new Map();
  const add = (spec, name) => bySpec.set(spec, [...(bySpec.get(spec) ?? []), name]);
  for (const name of used) {
    if (root.includes(name)) add('sejahtera', name);
    else {
      const sub = Object.keys(subpaths).find((k) => subpaths[k].includes(name));
      if (sub !== undefined) add(`sejahtera/${sub}`, name);
    }
  }
  return [...bySpec]
    .map(([spec, names]) => `import { ${names.join(', ')} } from '${spec}';\n`)
    .join('');
}

if (process.argv[1] && basename(process.argv[1]) === 'check-doc-blocks.mjs') {
  const dir = '.doc-blocks';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const files = [];
  for (const file of docFiles()) {
    for (const block of tsBlocks(file)) {
      const name = `${file.replace(/[/.]/g, '_')}_L${block.line}.ts`;
      const prelude = await importPrelude(block.code);
      writeFileSync(
        join(dir, name),
        `// ${file}:${block.line}\n${prelude}${block.code}\nexport {};\n`,
      );
      files.push(name);
    }
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../tsconfig.json',
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: false,
        exactOptionalPropertyTypes: false,
        noUnusedLocals: false,
        noEmit: true,
        types: ['node'],
      },
      include: files,
    }),
  );
  try {
    execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
    console.log(`doc blocks: ${files.length} ts blocks type-check under --strict`);
  } catch {
    console.error(
      'doc blocks: some ts blocks of README.md or docs/*.md do not type-check (file_Lline.ts = file:line)',
    );
    process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
