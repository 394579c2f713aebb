#!/usr/bin/env node
// The `isms` command. Runs the bundled JavaScript in out/cli (built by `npm install`, rebuilt here
// when a source changed since); ISMS_CLI_FROM_SOURCE=1, or a bundle that cannot be built, runs
// the TypeScript sources through tsx instead.
import { pathToFileURL } from 'node:url';

// `isms check DIR | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
// The general help loads nothing beyond the entry's own imports (backend/cli/main.ts).
const helpOnly = argv.length === 0 || ['--help', '-h', 'help'].includes(argv[0]);

const loadBundled = async () => {
  const { bundleIsFresh, buildCliBundle, CLI_ENTRY } = await import('./cli-bundle.mjs');
  const fresh = bundleIsFresh({ startOnly: helpOnly });
  if (!fresh && !(await buildCliBundle({ quiet: true }).catch(() => false))) return null;
  return (await import(pathToFileURL(CLI_ENTRY).href)).runCli;
};

const loadFromSource = async () => {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../backend/cli/main.ts')).runCli;
};

const runCli =
  (process.env.ISMS_CLI_FROM_SOURCE !== '1' && (await loadBundled())) || (await loadFromSource());
process.exitCode = await runCli(argv);
