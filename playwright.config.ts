import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { useTestCacheDir } from './tests/support/test-cache-dir';

// Debian's Chromium when present (CI and this kind of machine); Playwright's own browser on a
// developer's Mac or Windows machine after `npx playwright install chromium`.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

// Caches go to this run's own temporary folder, never the user's (see test-cache-dir.ts).
useTestCacheDir();

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/support/test-cache-dir.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test starts its own server on its own folders, so files can run side by side; the
  // tests of one file keep their order (the Electron spec shares one app between its tests).
  fullyParallel: false,
  workers: Number(process.env['PLAYWRIGHT_WORKERS']) || 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
