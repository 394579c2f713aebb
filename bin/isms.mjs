#!/usr/bin/env node
// The `isms` command: runs the TypeScript CLI through tsx so the checkout needs no build step.
import { register } from 'tsx/esm/api';

// `isms check DIR | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { runCli } = await import('../backend/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
