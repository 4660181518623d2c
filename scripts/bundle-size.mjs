// What a user's bundle costs: bundles a one-line import of each entry point with esbuild (minified,
// zod and the other dependencies included, as a browser dashboard would ship them) and prints the
// gzip size. Run after `npm run build`: `node scripts/bundle-size.mjs`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const cases = [
  [
    'sejahtera (roundRupiah only)',
    `import { roundRupiah } from '${root}/dist/index.js'; console.log(roundRupiah('1.5'));`,
  ],
  ['sejahtera (everything)', `import * as s from '${root}/dist/index.js'; console.log(s);`],
  ['sejahtera/poverty', `import * as s from '${root}/dist/poverty/index.js'; console.log(s);`],
  [
    'sejahtera/revolving-fund',
    `import * as s from '${root}/dist/revolving-fund/index.js'; console.log(s);`,
  ],
  ['sejahtera/kpb', `import * as s from '${root}/dist/kpb/index.js'; console.log(s);`],
  ['sejahtera/tridaya', `import * as s from '${root}/dist/tridaya/index.js'; console.log(s);`],
  ['sejahtera/pkh', `import * as s from '${root}/dist/pkh/index.js'; console.log(s);`],
  [
    'sejahtera/pkh (pkhBenefit only)',
    `import { pkhBenefit } from '${root}/dist/pkh/index.js'; console.log(pkhBenefit);`,
  ],
];
const dir = mkdtempSync(join(tmpdir(), 'sejahtera-size-'));
const rows = [];
for (const [name, source] of cases) {
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, source);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    nodePaths: [join(root, 'node_modules')],
  });
  const bytes = out.outputFiles[0].contents;
  rows.push({
    import: name,
    'minified kB': (bytes.length / 1024).toFixed(1),
    'gzip kB': (gzipSync(bytes).length / 1024).toFixed(1),
  });
}
rmSync(dir, { recursive: true, force: true });
console.table(rows);
