import type { Dispatch } from '../../core/api/dispatch';
import { processOutput, type CliOutput } from './output';
import { GENERAL } from './usage';

/**
 * Runs one CLI invocation and returns its exit code; never calls process.exit itself. The
 * commands, their option parser and the engine are loaded only for a real command, so
 * `isms --help` starts with nothing but this file and the usage text.
 */
export const runCli = async (
  argv: readonly string[],
  io: CliOutput = processOutput,
  dispatch?: Dispatch,
): Promise<number> => {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(GENERAL);
    return command ? 0 : 2;
  }
  // An unchanged workspace checked before: its answer, without loading the engine.
  const replayed =
    command === 'check' && !dispatch
      ? await (await import('./check-memo')).replayCheck(rest, io)
      : null;
  if (replayed !== null) return replayed;
  const { runCommand } = await import('./run-command');
  return runCommand(command, rest, io, dispatch);
};
