/**
 * The `sejahtera` command: subcommands over the library's text schemas, for data pipelines.
 * Exit codes: 0 all rows passed, 1 rows were rejected, 2 usage / configuration / unreadable file,
 * 130 interrupted.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { stop } from './common.js';
import { prestartPovertyWorkers } from './early-workers.js';
import { CliError } from './errors.js';

type Run = (argv: string[]) => Promise<number>;

/**
 * V8's young-generation collections (scavenges) done by the thread that allocates, not shared out to
 * V8's helper threads, for `poverty` (its V8 flags are the process's, so its worker threads too). A
 * scavenge there finds little alive (about 30 kB of 16 MB: the rows of the piece being read), and
 * handing out that little work and waiting for it cost more than the work: over 10 M rows, 270
 * scavenges took 290 ms in all, 0.6 to 1.1 ms each, and 180 to 210 ms without helpers
 * (`--trace-gc-nvp`); on two cores the helpers also take time from the other thread. The flag is read
 * at each scavenge, so setting it at run time takes effect at once (docs/cli.md, session 12).
 */
const SCAVENGE_FLAG = '--no-parallel-scavenge';

/**
 * The subcommands, each loaded when it runs (a run loads the library and the readers it needs, not
 * every subcommand's).
 */
const COMMANDS: Readonly<Record<string, { load: () => Promise<Run>; summary: string }>> = {
  validate: {
    load: async () => (await import('./validate.js')).runValidate,
    summary: 'check every row of a file against a record type (household, loan, member...)',
  },
  poverty: {
    load: async () => (await import('./poverty.js')).runPoverty,
    summary: 'P0, P1, P2 per group of a household file',
  },
  schedule: {
    load: async () => (await import('./schedule.js')).runSchedule,
    summary: "each loan's repayment schedule, one row per instalment",
  },
  assess: {
    load: async () => (await import('./assess.js')).runAssess,
    summary: 'loan assessments on a date and portfolio indicators (PAR, LAR, RR) by a column',
  },
  verify: {
    load: async () => (await import('./verify.js')).runVerify,
    summary: 'KPB/KUBE/KSM eligibility of groups and members, with reasons (NIKs masked)',
  },
  score: {
    load: async () => (await import('./score.js')).runScore,
    summary: 'Tridaya scores per respondent, with an instrument file',
  },
};

function version(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const HELP = `Usage: sejahtera <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Inputs: CSV (delimiter , ; or tab detected; BOM; quoted fields), JSON Lines, JSON; a file or
standard input. Outputs: --format csv|json|jsonl to standard output or --out <file>.
Run 'sejahtera <command> --help' for a command's options.

Options:
  -h, --help     this help
  -v, --version  the version
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (command === undefined) {
    process.stderr.write(
      `sejahtera: unknown command '${first}'; the commands are ${Object.keys(COMMANDS).join(', ')} (see sejahtera --help)\n`,
    );
    return 2;
  }
  // Ctrl-C: stop reading at the next row and print the summary so far; a second Ctrl-C ends at once.
  process.on('SIGINT', () => {
    if (stop.requested) process.exit(130);
    stop.requested = true;
  });
  // A poverty run over a large CSV file on several threads: its workers load while this thread loads
  // the library and opens the file (the pool adopts them; unused ones end with the process).
  if (first === 'poverty') {
    // Young-generation collections on this thread alone: see SCAVENGE_FLAG.
    setFlagsFromString(SCAVENGE_FLAG);
    prestartPovertyWorkers(rest);
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`sejahtera ${first}: ${error.message}\n`);
      return 2;
    }
    const code = (error as { code?: unknown })?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(
        `sejahtera ${first}: ${(error as Error).message} (see sejahtera ${first} --help)\n`,
      );
      return 2;
    }
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      const path = (error as { path?: unknown }).path;
      process.stderr.write(
        `sejahtera ${first}: cannot ${path === undefined ? 'read or write' : `use ${String(path)}`}: ${code}\n`,
      );
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // After Ctrl-C the input may still be open: leave now rather than read it to its end.
    if (stop.requested) process.exit(code);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `sejahtera: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
