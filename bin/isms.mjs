#!/usr/bin/env node
// The `isms` command. Runs the bundled JavaScript in out/cli (built by `npm install`, rebuilt here
// when a source changed since); ISMS_CLI_FROM_SOURCE=1, or a bundle that cannot be built, runs
// the TypeScript sources through tsx instead.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundleIsFresh, CLI_ENTRY } from './bundle-fresh.mjs';

// `isms check DIR | head` closes the pipe early; that is the reader's choice, not an error.
const quitOnClosedPipe = (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
};

let stdoutStream = null;
const streamWrite = (text) => {
  if (!stdoutStream) stdoutStream = process.stdout.on('error', quitOnClosedPipe);
  stdoutStream.write(text);
};

/**
 * Standard output written straight to its file descriptor: Node's stream for it (and, for a pipe,
 * the modules behind it) is made only if a write would block, and from then on carries the rest
 * in order.
 */
const writeOut = (text) => {
  if (stdoutStream) return streamWrite(text);
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    if (error.code !== 'EAGAIN') return quitOnClosedPipe(error);
    streamWrite(bytes.subarray(done));
  }
};

const io = {
  out: (text) => writeOut(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

const argv = process.argv.slice(2);
// The general help loads nothing beyond the entry's own imports (backend/cli/main.ts).
const helpOnly = argv.length === 0 || ['--help', '-h', 'help'].includes(argv[0]);

const loadBundled = async () => {
  if (!bundleIsFresh({ startOnly: helpOnly })) {
    const { buildCliBundle } = await import('./cli-bundle.mjs');
    if (!(await buildCliBundle({ quiet: true }).catch(() => false))) return null;
  }
  return (await import(pathToFileURL(CLI_ENTRY).href)).runCli;
};

const loadFromSource = async () => {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../backend/cli/main.ts')).runCli;
};

const runCli =
  (process.env.ISMS_CLI_FROM_SOURCE !== '1' && (await loadBundled())) || (await loadFromSource());
process.exitCode = await runCli(argv, io);
