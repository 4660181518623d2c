import { defineConfig } from 'tsup';

// One ESM file with a shebang; the library, papaparse and zod stay dependencies (not bundled), so the
// command always runs the `sejahtera` version npm installed beside it.
export default defineConfig({
  entry: { cli: 'src/main.ts', worker: 'src/worker.ts', 'poverty-worker': 'src/poverty-worker.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: false,
  target: 'node20',
  platform: 'node',
  external: ['sejahtera', 'papaparse', 'zod', 'exceljs', 'hyparquet'],
  banner: { js: '#!/usr/bin/env node' },
});
