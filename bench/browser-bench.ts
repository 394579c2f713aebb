import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { createBackend } from '../backend/compose';
import { createFixedClock } from '../backend/clock';
import { callApi } from '../backend/cli/call';
import { startHttpServer } from '../backend/http/server';
import { newToken } from '../backend/http/security';
import { ensureRendererBuilt, RENDERER_OUT } from '../scripts/build-renderer';
import { tenPagePolicy } from './ten-page-policy';
import { summarise, type Sample } from './measure';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const KEYSTROKES = 40;

export type BrowserBenchResult =
  | {
      keystrokeToPreview: Sample;
      firstPaint: Sample;
      bundleKb: number;
      bundleGzipKb: number;
      initialKb: number;
    }
  | { skipped: string };

const PAINT_RUNS = 7;

/**
 * Milliseconds from navigation to the documents list showing its rows, in fresh pages (warm HTTP
 * cache off), and the JavaScript the page loaded to get there.
 */
const firstPaint = async (browser: Browser, url: string) => {
  const times: number[] = [];
  let initialBytes = 0;
  for (let i = 0; i < PAINT_RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        void response.body().then(
          (b) => (bytes += b.length),
          () => undefined,
        );
      }
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByTestId('document-row').first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState('networkidle');
    initialBytes = bytes;
    await context.close();
  }
  return { firstPaint: summarise(times), initialKb: Math.round(initialBytes / 1024) };
};

/** JavaScript the renderer ships, raw and gzipped, in kilobytes. */
const bundleSize = async () => {
  const assets = join(RENDERER_OUT, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  const contents = await Promise.all(files.map((f) => readFile(join(assets, f))));
  const raw = contents.reduce((sum, c) => sum + c.length, 0);
  const gzip = contents.reduce((sum, c) => sum + gzipSync(c).length, 0);
  return { bundleKb: Math.round(raw / 1024), bundleGzipKb: Math.round(gzip / 1024) };
};

/**
 * Types into the editor of a ten-page policy in Chromium and measures, inside the page, the time
 * from each keydown to the first change of the preview's DOM.
 */
export const runBrowserBench = async (): Promise<BrowserBenchResult> => {
  if (!CHROMIUM) return { skipped: 'no system Chromium (/usr/bin/chromium) on this machine' };
  ensureRendererBuilt();
  const temp = await mkdtemp(join(tmpdir(), 'isms-bench-ui-'));
  const { dispatch } = createBackend({
    clock: createFixedClock(new Date('2026-11-28T09:00:00Z')),
    configDir: join(temp, 'config'),
  });
  const dir = join(temp, 'demo');
  await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
  const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
    (d) => d.templateId === 'information-security-policy',
  )!;
  const { body } = await callApi(dispatch, 'documents.get', { dir, id: policy.id });
  await callApi(dispatch, 'documents.update', { dir, id: policy.id, body: tenPagePolicy(body) });

  const token = newToken();
  const server = await startHttpServer({ dispatch, token, staticDir: RENDERER_OUT });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const url = `http://127.0.0.1:${server.port}/?workspace=${encodeURIComponent(dir)}#token=${token}`;
    const paint = await firstPaint(browser, url);
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    await page.getByTestId(`open-${policy.id}`).click();
    await page.getByTestId('preview-content').waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const state = { start: 0, latencies: [] as number[] };
      (globalThis as unknown as { __latency: typeof state }).__latency = state;
      document.addEventListener('keydown', () => (state.start = performance.now()), true);
      const preview = document.querySelector('[data-testid="preview"]')!;
      new MutationObserver(() => {
        if (state.start === 0) return;
        state.latencies.push(performance.now() - state.start);
        state.start = 0;
      }).observe(preview, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type('\n\n');
    await page.waitForTimeout(800);
    await page.evaluate(() => {
      (globalThis as unknown as { __latency: { latencies: number[] } }).__latency.latencies = [];
    });
    for (let i = 0; i < KEYSTROKES; i += 1) {
      await page.keyboard.type(i % 8 === 7 ? ' ' : 'x');
      await page.waitForTimeout(400);
    }
    const latencies = await page.evaluate(
      () => (globalThis as unknown as { __latency: { latencies: number[] } }).__latency.latencies,
    );
    return { keystrokeToPreview: summarise(latencies), ...paint, ...(await bundleSize()) };
  } finally {
    await browser.close();
    await server.close();
    await rm(temp, { recursive: true, force: true });
  }
};
