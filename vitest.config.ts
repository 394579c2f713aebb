import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'backend/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
    testTimeout: 30_000,
    // Hooks build demo workspaces; on a busy 2-core machine that can take longer than 10 s.
    hookTimeout: 60_000,
    // Workspaces are real folders under the OS temp dir; keep files from interfering.
    pool: 'forks',
  },
});
