import { defineConfig } from 'tsup';

// ESM with a shebang; the library, papaparse and zod stay dependencies (not bundled), so the command
// always runs the `sejahtera` version npm installed beside it. Split into chunks, so that a run loads
// its subcommand's code only (main.ts imports each subcommand when it runs).
export default defineConfig({
  entry: { cli: 'src/main.ts', worker: 'src/worker.ts', 'poverty-worker': 'src/poverty-worker.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  target: 'node20',
  platform: 'node',
  external: ['sejahtera', 'papaparse', 'zod', 'exceljs', 'hyparquet'],
  banner: { js: '#!/usr/bin/env node' },
});
