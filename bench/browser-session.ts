import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createBackend } from '../backend/compose';
import { createFixedClock } from '../backend/clock';
import { startHttpServer } from '../backend/http/server';
import { newToken } from '../backend/http/security';
import type { Dispatch } from '../core/api/dispatch';
import { ensureRendererBuilt, RENDERER_OUT } from '../scripts/build-renderer';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export type BrowserSession = {
  readonly browser: Browser;
  readonly dispatch: Dispatch;
  /** The app's address in browser mode, opening the prepared workspace. */
  readonly url: string;
  readonly dir: string;
  /** The built renderer being served. */
  readonly rendererDir: string;
};

export type Skipped = { readonly skipped: string };

/**
 * Everything a browser benchmark needs, started and stopped in one place: the built renderer, a
 * backend with a fixed clock in a temporary folder, a workspace made by `prepare`, the loopback
 * server of the browser mode and a headless system Chromium.
 */
export const withBrowserSession = async <T>(
  name: string,
  prepare: (dispatch: Dispatch, dir: string) => Promise<void>,
  run: (session: BrowserSession) => Promise<T>,
): Promise<T | Skipped> => {
  if (!CHROMIUM) return { skipped: 'no system Chromium (/usr/bin/chromium) on this machine' };
  // ISMS_BENCH_RENDERER serves another build (an earlier commit's) for a before/after comparison.
  const rendererDir = process.env['ISMS_BENCH_RENDERER'] ?? RENDERER_OUT;
  if (rendererDir === RENDERER_OUT) ensureRendererBuilt();
  const temp = await mkdtemp(join(tmpdir(), `isms-bench-${name}-`));
  try {
    const { dispatch } = createBackend({
      clock: createFixedClock(new Date('2026-11-28T09:00:00Z')),
      configDir: join(temp, 'config'),
    });
    const dir = join(temp, name);
    await prepare(dispatch, dir);
    const token = newToken();
    const server = await startHttpServer({ dispatch, token, staticDir: rendererDir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const url = `http://127.0.0.1:${server.port}/?workspace=${encodeURIComponent(dir)}#token=${token}`;
      return await run({ browser, dispatch, url, dir, rendererDir });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
