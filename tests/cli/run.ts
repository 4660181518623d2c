// Runs the built `sejahtera` command in a child process, as a user would, over files in a temporary
// folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temporary folder with helpers to write and read files in it. */
export function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'sejahtera-cli-'));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | Uint8Array) {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    },
    read: (name: string) => readFileSync(join(dir, name), 'utf8'),
    run(args: readonly string[], input?: string, env: Record<string, string> = {}): Run {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}
