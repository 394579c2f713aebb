import fc from 'fast-check';
import { parseArgs } from 'node:util';
import {
  checkMarkers,
  checkPreview,
  checkWord,
  surrounding,
  value,
} from '../tests/support/escaping-property';

// `npm run sweep:escaping -- --seeds 11-60 --runs 2000`: the escaping property test of
// `npm test`, run over many more seeds and inputs than a test run can afford. Every seed runs to
// its end or to its first failure, and the failing input is printed so it can become a named
// test; the exit code is 1 when any seed failed.

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '11-60' },
    runs: { type: 'string', default: '2000' },
    markers: { type: 'string', default: '500' },
    word: { type: 'string', default: '50' },
  },
});

const seedList = (spec: string): number[] =>
  spec.split(',').flatMap((part) => {
    const [from = '', to = from] = part.split('-');
    const first = Number(from);
    return Array.from({ length: Number(to) - first + 1 }, (_, i) => first + i);
  });

type Outcome = { output: string; seed: number; runs: number; failed: boolean; ms: number };

const report = (outcome: Outcome, details: fc.RunDetails<[string, string, string]>) => {
  const { output, seed, runs, ms } = outcome;
  const state = details.failed ? `FAILED after ${details.numRuns}` : 'ok';
  console.log(`seed ${seed} ${output}: ${runs} runs ${state} (${Math.round(ms)} ms)`);
  if (details.failed) {
    console.log(`  input: ${JSON.stringify(details.counterexample)}`);
    console.log(`  error: ${String(details.errorInstance).split('\n')[0]}`);
  }
};

const run = async () => {
  const outcomes: Outcome[] = [];
  const sizes = {
    preview: Number(values.runs),
    markers: Number(values.markers),
    word: Number(values.word),
  };
  for (const seed of seedList(values.seeds)) {
    for (const output of ['preview', 'markers', 'word'] as const) {
      const numRuns = sizes[output];
      if (numRuns <= 0) continue;
      const started = performance.now();
      const details =
        output === 'word'
          ? await fc.check(fc.asyncProperty(surrounding, value, surrounding, checkWord), {
              numRuns,
              seed,
            })
          : fc.check(
              fc.property(
                surrounding,
                value,
                surrounding,
                output === 'preview' ? checkPreview : checkMarkers,
              ),
              { numRuns, seed },
            );
      const runs = details.failed ? details.numRuns : numRuns;
      const outcome = {
        output,
        seed,
        runs,
        failed: details.failed,
        ms: performance.now() - started,
      };
      outcomes.push(outcome);
      report(outcome, details);
    }
  }
  const total = (output: string) =>
    outcomes.filter((o) => o.output === output).reduce((sum, o) => sum + o.runs, 0);
  const failed = outcomes.filter((o) => o.failed);
  console.log(
    `\nTotal: preview ${total('preview')}, markers ${total('markers')}, word ${total('word')} runs; ` +
      `${failed.length} failed (${failed.map((o) => `${o.seed}/${o.output}`).join(', ') || 'none'})`,
  );
  process.exitCode = failed.length > 0 ? 1 : 0;
};

await run();
