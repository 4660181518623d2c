// Ctrl-C (SIGINT) stops the built command cleanly: exit 130 with the summary so far.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, folder } from './run.js';

describe('sejahtera and Ctrl-C', { timeout: 300_000 }, () => {
  it('validate stops at the next row, prints the summary so far and exits 130', async () => {
    const f = folder();
    const rows = 1_000_000;
    f.write('big.csv', `expenditurePerCapita,size\n${'450000,4\n'.repeat(rows)}`);
    const child = spawn(
      process.execPath,
      [CLI, 'validate', 'big.csv', '--as', 'household', '--lang', 'en'],
      {
        cwd: f.dir,
        // 64 KiB chunks (about 140): with 2 MiB ones the file is 5 chunks, and on a loaded machine the
        // signal could arrive after the last of them had been read (seen once in CI).
        env: { ...process.env, SEJAHTERA_CLI_CHUNK_BYTES: String(2 ** 16) },
      },
    );
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', () => {
      if (!signalled) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(code).toBe(130);
    const match = stderr.match(
      /validate: ([\d,]+) rows, ([\d,]+) passed, 0 rejected, .*\(interrupted\)/,
    );
    expect(match, stderr).not.toBeNull();
    const read = Number((match?.[1] ?? '').replace(/,/g, ''));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(rows);
  });
});
