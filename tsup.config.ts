import { defineConfig, type Options } from 'tsup';
import { annotatePurePlugin } from './scripts/annotate-pure.js';

const entry = {
  index: 'src/index.ts',
  'poverty/index': 'src/poverty/index.ts',
  'revolving-fund/index': 'src/revolving-fund/index.ts',
  'kpb/index': 'src/kpb/index.ts',
  'tridaya/index': 'src/tridaya/index.ts',
  'pkh/index': 'src/pkh/index.ts',
};
const common: Options = {
  target: 'node20',
  external: ['zod', 'decimal.js', 'date-fns'],
  // Module-level values (schemas, presets) become droppable by a user's bundler: docs/browser.md.
  esbuildPlugins: [annotatePurePlugin()],
};

/**
 * `SEJAHTERA_NO_DTS=1` (tests/cli/global-setup.ts) builds the JavaScript only. `tsup --no-dts` cannot
 * be used for that: it turns the declarations-only build below into a bundled ESM build of the entry
 * points, which overwrites dist/index.js and the subpaths' index.js, so scripts/bundle-size.mjs then
 * measured other files and reported ten bundles over their limits.
 */
const noDts = process.env.SEJAHTERA_NO_DTS === '1';

export default defineConfig([
  // ESM: one file per source module (dist mirrors src), so a user's bundler keeps only the modules
  // an import reaches ("sideEffects": false): a function that needs no decimal arithmetic never
  // loads decimal.js, one that needs no schema never loads zod.
  {
    ...common,
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    // The three builds run in parallel: each cleans only its own files.
    clean: ['**/*.js', '**/*.js.map'],
  },
  // CommonJS (Node's require) and the type declarations: bundled per entry point, as before.
  {
    ...common,
    entry,
    format: ['cjs'],
    dts: !noDts,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    clean: ['**/*.cjs', '**/*.cjs.map', '**/*.d.cts'],
  },
  // The ESM type declarations, one per entry point.
  ...(noDts
    ? []
    : [
        { ...common, entry, format: ['esm'], dts: { only: true }, clean: ['**/*.d.ts'] } as Options,
      ]),
]);
