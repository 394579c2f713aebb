import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import { TEST_RENDER_WORKERS } from '../support/render-limit';
import { startHttpServer, type RunningServer } from '../../backend/http/server';
import { newToken } from '../../backend/http/security';
import { createFixedClock } from '../../backend/clock';
import type { Dispatch } from '../../core/api/dispatch';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
export const README_SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

type AppServer = {
  /** The same API the page uses, in-process, to prepare data for a test. */
  readonly dispatch: Dispatch;
  /** The browser-mode server, serving the built renderer and the API. */
  readonly server: RunningServer;
  /** A fresh, empty folder for this test's workspaces. */
  readonly root: string;
  /** Address of the app with its launch token; `workspace` opens that folder. */
  readonly url: (workspace?: string) => string;
  /** Console errors and warnings the page printed. */
  readonly consoleProblems: string[];
};

/** A backend method whose answer the test's server holds back, as a slow machine would. */
export type SlowCall = { readonly method: string; readonly delayMs: number };

const slowed =
  (dispatch: Dispatch, slow: SlowCall | null): Dispatch =>
  async (method, input) => {
    if (slow && slow.method === method) await new Promise((r) => setTimeout(r, slow.delayMs));
    return dispatch(method, input);
  };

/** One browser-mode server per test, on its own settings folder and workspaces. */
export const test = base.extend<{ app: AppServer; slowCall: SlowCall | null }>({
  slowCall: [null, { option: true }],
  app: async ({ page, slowCall }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'isms-e2e-'));
    const { dispatch, outputs } = createBackend({
      configDir: join(root, 'config'),
      clock: createFixedClock(new Date('2026-11-28T09:00:00Z')),
      renderWorkers: TEST_RENDER_WORKERS,
    });
    const token = newToken();
    const server = await startHttpServer({
      dispatch: slowed(dispatch, slowCall),
      token,
      staticDir: RENDERER_DIR,
      downloads: outputs,
    });
    const consoleProblems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        consoleProblems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
    const url = (workspace?: string) =>
      `http://127.0.0.1:${server.port}/${workspace ? `?workspace=${encodeURIComponent(workspace)}` : ''}#token=${token}`;
    await use({ dispatch, server, root, url, consoleProblems });
    // The page goes first, so none of its requests or connections is left open on the server.
    await page.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
