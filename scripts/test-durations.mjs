#!/usr/bin/env node
/* global process, console */
// Writes tests/support/test-durations.json (the order vitest runs files in on a fresh clone,
// longest first) from a JSON report: `npx vitest run --reporter=json --outputFile=r.json`, then
// `node scripts/test-durations.mjs r.json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = JSON.parse(readFileSync(process.argv[2] ?? 'vitest-report.json', 'utf8'));
const durations = report.testResults
  .map((file) => [
    relative(root, file.name).split('\\').join('/'),
    Math.round(file.endTime - file.startTime),
  ])
  .sort((a, b) => b[1] - a[1]);
const out = join(root, 'tests', 'support', 'test-durations.json');
writeFileSync(out, `${JSON.stringify(Object.fromEntries(durations), null, 2)}\n`);
console.log(`${durations.length} files written to ${relative(root, out)}`);
