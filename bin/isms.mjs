#!/usr/bin/env node
// The `isms` command: runs the TypeScript CLI through tsx so the checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../backend/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
