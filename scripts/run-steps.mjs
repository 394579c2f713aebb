#!/usr/bin/env node
/* global process, console, performance, Buffer */
// Runs npm scripts in stages: `node scripts/run-steps.mjs "typecheck lint" test:unit` runs
// typecheck and lint at the same time, then test:unit once both passed. Scripts run together
// have their output held and printed whole when each ends, so logs do not interleave; a stage
// of one script streams its output. Prints how long each script and stage took, and stops at the
// first stage with a failure (the exit code is the failing script's).
import { spawn } from 'node:child_process';

const stages = process.argv.slice(2).map((arg) => arg.split(/[\s,]+/).filter(Boolean));
if (stages.length === 0 || stages.some((s) => s.length === 0)) {
  console.error('usage: node scripts/run-steps.mjs "script script..." "script..." ...');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
const stamp = () => new Date().toISOString().slice(11, 19);

const runScript = (name, stream) =>
  new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(npm, ['run', '--silent', name], {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (code, signal) => {
      if (held.length > 0) process.stdout.write(Buffer.concat(held));
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      console.log(`[steps ${stamp()}] ${name}: ${status} in ${seconds(start)} s`);
      resolve(code ?? 1);
    });
  });

const total = performance.now();
for (const stage of stages) {
  const start = performance.now();
  console.log(`[steps ${stamp()}] starting ${stage.join(' + ')}`);
  const codes = await Promise.all(stage.map((name) => runScript(name, stage.length === 1)));
  console.log(`[steps ${stamp()}] ${stage.join(' + ')}: ${seconds(start)} s`);
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    console.log(`[steps] stopped after a failure; ${seconds(total)} s in all`);
    process.exit(failed);
  }
}
console.log(`[steps ${stamp()}] all passed in ${seconds(total)} s`);
