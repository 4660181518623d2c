import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'poverty/index': 'src/poverty/index.ts',
    'revolving-fund/index': 'src/revolving-fund/index.ts',
    'kpb/index': 'src/kpb/index.ts',
    'tridaya/index': 'src/tridaya/index.ts',
    'pkh/index': 'src/pkh/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  external: ['zod', 'decimal.js', 'date-fns'],
});
