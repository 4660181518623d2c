// What the bundles are made of (issue 11): bundles an import of everything (`sejahtera`) and of one
// subpath from the TypeScript sources with esbuild (minified, ESM, browser, as scripts/bundle-size.mjs
// does from dist/), reads the metafile, and sums each input's bytes in the output by part: each
// domain's code, its message and label catalogues, its data tables, and each dependency. The gzip
// column is each part's share of the minified bytes applied to the bundle's gzip size (gzip does not
// split by input; the shares are the estimate). With `--own`, zod, decimal.js and date-fns are left
// external: the library's own code alone.
//   node scripts/bundle-breakdown.mjs [subpath] [--own]
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const sub = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const own = process.argv.includes('--own');
const entry = `${root}/src/${sub === '' ? '' : `${sub}/`}index.ts`;

/** The part an input belongs to. */
function partOf(file) {
  if (file.includes('node_modules/')) {
    const path = file.split('node_modules/')[1];
    if (path.startsWith('zod/')) {
      if (path.includes('/locales/')) return 'zod (locales)';
      if (path.includes('/mini/')) return 'zod/mini';
      if (path.includes('/classic/')) return 'zod (classic)';
      return 'zod (core)';
    }
    return path.split('/')[0];
  }
  const rel = file.replace(`${root}/`, '').replace(/^src\//, '');
  const domain = rel.startsWith('_internal/') ? 'core' : rel.split('/')[0];
  if (
    /(^|\/)data\/|national-lines|provincial-lines|-data\.ts$|presets?\.ts$|rule-sets\.ts$/.test(rel)
  ) {
    return `${domain}: data tables`;
  }
  if (/messages|issues\.ts$|labels|context/.test(rel)) return `${domain}: messages, labels`;
  return `${domain}: code`;
}

const out = await build({
  stdin: {
    contents: `import * as s from '${entry}'; console.log(s);`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
  external: own ? ['zod', 'zod/*', 'decimal.js', 'date-fns', 'date-fns/*'] : [],
});
const bytes = out.outputFiles[0].contents;
const gzip = gzipSync(bytes).length;
const inputs = Object.values(out.metafile.outputs)[0].inputs;
const by = new Map();
let total = 0;
for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
  const key = partOf(file);
  by.set(key, (by.get(key) ?? 0) + bytesInOutput);
  total += bytesInOutput;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `sejahtera${sub === '' ? '' : `/${sub}`}${own ? ' (own code, dependencies external)' : ''}: ${kb(bytes.length)} kB minified, ${kb(gzip)} kB gzip`,
);
console.log('| part | minified kB | share | gzip kB (est.) |');
console.log('|---|---:|---:|---:|');
for (const [key, n] of [...by].sort((a, b) => b[1] - a[1])) {
  if (n < 50) continue;
  console.log(
    `| ${key} | ${kb(n)} | ${((100 * n) / total).toFixed(1)}% | ${kb((gzip * n) / total)} |`,
  );
}
