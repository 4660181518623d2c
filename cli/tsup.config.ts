import { defineConfig } from 'tsup';
import { thirdPartyNotices } from './notices.js';

// ESM with a shebang, split into chunks so that a run loads its subcommand's code only (main.ts
// imports each subcommand when it runs). The library and what it needs (zod; decimal.js and date-fns
// too, were a subcommand to reach them) are bundled in, tree-shaken to what the command imports: a
// `poverty` worker thread then loads the part of the library it uses (0.28 MB as built, names kept),
// not the whole 0.54 MB minified `sejahtera/bundle`, and starts about 70 ms sooner
// (docs/cli.md, "Layout, and why"). A `sejahtera-cli` release therefore runs the library of its own
// commit, whatever `sejahtera` version an application installed beside it. papaparse, exceljs and
// hyparquet stay dependencies, loaded from node_modules. Whitespace and syntax are minified (less to
// parse in every thread); names are kept, so a stack trace stays readable.
export default defineConfig({
  entry: { cli: 'src/main.ts', worker: 'src/worker.ts', 'poverty-worker': 'src/poverty-worker.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  minifyWhitespace: true,
  minifySyntax: true,
  target: 'node20',
  platform: 'node',
  external: ['papaparse', 'exceljs', 'hyparquet'],
  noExternal: ['sejahtera', 'zod', 'decimal.js', 'date-fns'],
  banner: { js: '#!/usr/bin/env node' },
  // dist/THIRD-PARTY-NOTICES.md: the licences of the bundled packages (the library, zod).
  esbuildPlugins: [thirdPartyNotices('dist')],
});
