// Builds what the command-line tests run, as a user would get it: the library's dist (the JavaScript
// only, SEJAHTERA_NO_DTS=1 in tsup.config.ts, when it is missing or older than src/, about 30 s; the
// same JavaScript as `npm run build`, which adds the types) and the CLI's cli/dist (which bundles the
// library's source, src/, resolved through tsconfig.json's paths). Skipped when both are newer than their sources, so the second time-zone run costs
// nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export default function setup(): void {
  const tsup = join(root, 'node_modules', '.bin', 'tsup');
  const librarySource = newest(join(root, 'src'));
  if (builtAt(join(root, 'dist', 'index.js')) < librarySource) {
    execFileSync(tsup, [], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, SEJAHTERA_NO_DTS: '1' },
    });
  }
  // The single-file builds (docs/scale.md), for tests/scale.
  if (builtAt(join(root, 'dist', 'sejahtera.global.js')) < librarySource) {
    execFileSync(tsup, ['--config', 'tsup.bundle.config.ts'], { cwd: root, stdio: 'ignore' });
  }
  const cli = join(root, 'cli');
  // The command bundles the library's source (cli/tsup.config.ts): rebuilt when either changed.
  if (
    builtAt(join(cli, 'dist', 'cli.js')) <
    Math.max(newest(join(cli, 'src')), statSync(join(cli, 'tsup.config.ts')).mtimeMs, librarySource)
  ) {
    execFileSync(tsup, [], { cwd: cli, stdio: 'ignore' });
  }
}
