import { defineConfig, type Options } from 'tsup';

// Single-file builds of the whole library with zod, decimal.js and date-fns inside, for engines that
// load one file and give no Node APIs (a database's JavaScript UDFs, a worker runtime, a browser
// page without a bundler): docs/scale.md. Built after the main build (`npm run build`), which cleans
// dist/**/*.js at its start.
const common: Options = {
  entry: { sejahtera: 'src/index.ts' },
  platform: 'neutral',
  target: 'es2020',
  bundle: true,
  noExternal: [/.*/],
  minify: true,
  treeshake: true,
  dts: false,
  sourcemap: false,
  clean: false,
  // `structuredClone` where the engine has none (scripts/bundle-shims.ts).
  inject: ['scripts/bundle-shims.ts'],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
    options.conditions = ['import', 'default'];
  },
};

export default defineConfig([
  // ESM: `import { povertyMeasures } from 'sejahtera/bundle'`.
  { ...common, format: ['esm'], outExtension: () => ({ js: '.bundle.mjs' }) },
  // CommonJS, for `require('sejahtera/bundle')`.
  { ...common, format: ['cjs'], outExtension: () => ({ js: '.bundle.cjs' }) },
  // A classic script defining one global `sejahtera` (BigQuery's OPTIONS (library = ...)).
  {
    ...common,
    format: ['iife'],
    globalName: 'sejahtera',
    outExtension: () => ({ js: '.global.js' }),
  },
]);
