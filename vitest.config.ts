import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { useTestCacheDir } from './tests/support/test-cache-dir';

// Vitest's default is one worker fewer than the cores: a single file at a time on a 2-core
// machine, though most files spend much of their time waiting on child processes, worker
// threads and the disk. VITEST_MAX_WORKERS overrides the count.
const workers = Number(process.env['VITEST_MAX_WORKERS']) || Math.max(2, availableParallelism());

// The time each file took in a recent full run (refresh with `node scripts/test-durations.mjs`).
const RECORDED = JSON.parse(
  readFileSync(join(import.meta.dirname, 'tests', 'support', 'test-durations.json'), 'utf8'),
) as Readonly<Record<string, number>>;

/**
 * Longest file first, by the time it took last (vitest's own cache when this checkout has run
 * it, else the recorded durations, as on a fresh CI clone): a long file started last would keep
 * the run going alone after the other workers finished. Files with no figure (new ones) go first.
 */
class LongestFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const duration = (spec: TestSpecification): number => {
      const path = relative(root, spec.moduleId).split('\\').join('/');
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
      return cached?.duration ?? RECORDED[path] ?? Number.POSITIVE_INFINITY;
    };
    const ranked = files.map((spec) => ({ spec, ms: duration(spec) }));
    ranked.sort((a, b) => b.ms - a.ms);
    return Promise.resolve(ranked.map((r) => r.spec));
  }
}

// Caches go to this run's own temporary folder, never the user's (see test-cache-dir.ts).
const cacheDir = useTestCacheDir();

export default defineConfig({
  test: {
    env: { ISMS_CACHE_DIR: cacheDir },
    include: [
      'core/**/*.test.ts',
      'backend/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
    // A test's first export starts the render workers and loads fonts: about 14 s at load 7 with
    // two test files running side by side, 32 s at load 20. Time limits bound a hung test; the
    // speed targets live in `npm run bench`.
    testTimeout: 60_000,
    // Hooks build demo workspaces; on a busy 2-core machine that can take longer than 10 s.
    hookTimeout: 60_000,
    // Workspaces are real folders under the OS temp dir; keep files from interfering.
    pool: 'forks',
    maxWorkers: workers,
    sequence: { sequencer: LongestFirstSequencer },
    // The demo workspace, built once for the run and copied by the tests that start from it.
    globalSetup: ['tests/support/demo-cache-setup.ts'],
  },
});
