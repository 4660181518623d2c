// Runs every bench/*.bench.ts (core, kpb, pkh, poverty, revolving-fund, tridaya; or those whose name
// contains the first argument):
//   npm run bench            all benchmarks
//   npm run bench -- kpb     only bench/kpb.bench.ts
// Each benchmark module exports `run(): Promise<void>` and prints its own table.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
