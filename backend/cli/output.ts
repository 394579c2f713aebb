/** What a command prints; tests capture it instead of the process streams. */
export type CliOutput = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** A failure the CLI reports on stderr and turns into an exit code; 2 means the call was wrong. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
