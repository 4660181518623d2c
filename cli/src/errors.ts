/**
 * A usage, configuration or unreadable-file error: the command prints its one-line message on
 * standard error and exits with code 2.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Throws a {@link CliError}. */
export function fail(message: string): never {
  throw new CliError(message);
}
