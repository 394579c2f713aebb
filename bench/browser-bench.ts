import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { callApi } from '../backend/cli/call';
import type { Dispatch } from '../core/api/dispatch';
import { withBrowserSession, type Skipped } from './browser-session';
import { summarise, type Sample } from './measure';
import { figure, timed, type Row } from './table';
import { tenPagePolicy } from './ten-page-policy';

/** How many fresh pages time the first paint, and how many keys are typed into the policy. */
export type BrowserBenchOptions = { readonly paintRuns: number; readonly keystrokes: number };

const DEFAULTS: BrowserBenchOptions = { paintRuns: 9, keystrokes: 60 };

/** The one-minute load average, to one decimal, as the figures beside it were taken. */
const loadNow = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

/** The lowest and highest load average seen over a measurement, as text. */
const loadRange = (loads: readonly number[]) => {
  const low = Math.min(...loads);
  const high = Math.max(...loads);
  return low === high ? `${low}` : `${low}-${high}`;
};

/** One JavaScript file of the built renderer, in kilobytes. */
export type Chunk = { readonly file: string; readonly kb: number; readonly gzipKb: number };

export type BrowserBenchResult =
  | {
      keystrokeToPreview: Sample;
      /** Typing in a paragraph that holds a placeholder (`{{ organisation.name }}`). */
      keystrokeWithPlaceholder: Sample;
      firstPaint: Sample;
      /** Until every row shows its state and unfilled count (documents.list has answered). */
      listComplete: Sample;
      chunks: readonly Chunk[];
      bundleKb: number;
      bundleGzipKb: number;
      initialKb: number;
      /** One-minute load average before and after the keystrokes were typed. */
      load: string;
      /** The same around the first-paint runs. */
      paintLoad: string;
    }
  | Skipped;

/**
 * Runs in the page before its own code: notes the frame in which the documents list first shows a
 * row, and the one in which no row still waits for its state, so the figures do not include the
 * time the test driver takes to notice. (Plain JavaScript: it is sent to the page as text.)
 */
const MARK_LIST_FRAMES = `
  const marks = { row: 0, complete: 0 };
  globalThis.__listFrames = marks;
  let row = false;
  new MutationObserver((records, observer) => {
    if (!row && document.querySelector('[data-testid="document-row"]')) {
      row = true;
      requestAnimationFrame((time) => { marks.row = time; });
    }
    if (row && !document.querySelector('[data-testid="document-pending"]')) {
      requestAnimationFrame((time) => { marks.complete = time; });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Milliseconds from navigation to the frame that shows the documents list's rows, in fresh pages
 * (no HTTP or code cache), and the JavaScript the page loaded to get there.
 */
const firstPaint = async (browser: Browser, url: string, runs: number) => {
  const times: number[] = [];
  const complete: number[] = [];
  const loads = [loadNow()];
  let initialBytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.addInitScript({ content: MARK_LIST_FRAMES });
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
    type Marks = { __listFrames: { row: number; complete: number } };
    await page.waitForFunction(
      () => (globalThis as unknown as Marks).__listFrames.row > 0,
      undefined,
      {
        timeout: 120_000,
      },
    );
    await page.waitForFunction(
      () => (globalThis as unknown as Marks).__listFrames.complete > 0,
      undefined,
      {
        timeout: 300_000,
      },
    );
    const marks = await page.evaluate(() => ({ ...(globalThis as unknown as Marks).__listFrames }));
    times.push(marks.row);
    complete.push(marks.complete);
    await page.waitForLoadState('networkidle');
    initialBytes = bytes;
    await context.close();
    loads.push(loadNow());
  }
  return {
    firstPaint: summarise(times),
    listComplete: summarise(complete),
    initialKb: Math.round(initialBytes / 1024),
    paintLoad: loadRange(loads),
  };
};

/** Every JavaScript chunk the renderer ships, raw and gzipped, largest first. */
const chunkSizes = async (rendererDir: string) => {
  const assets = join(rendererDir, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  const chunks = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(join(assets, file));
      const kb = Math.round(bytes.length / 1024);
      return { file, kb, gzipKb: Math.round(gzipSync(bytes).length / 1024) };
    }),
  );
  chunks.sort((a, b) => b.kb - a.kb);
  const bundleKb = chunks.reduce((sum, c) => sum + c.kb, 0);
  const bundleGzipKb = chunks.reduce((sum, c) => sum + c.gzipKb, 0);
  return { chunks, bundleKb, bundleGzipKb };
};

/** The demo with its information security policy grown to about ten pages. */
export const prepareTenPagePolicy = async (dispatch: Dispatch, dir: string) => {
  await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
  const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
    (d) => d.templateId === 'information-security-policy',
  )!;
  const { body } = await callApi(dispatch, 'documents.get', { dir, id: policy.id });
  await callApi(dispatch, 'documents.update', { dir, id: policy.id, body: tenPagePolicy(body) });
};

/** Opens the ten-page policy with the cursor at the end of its text. */
export const openPolicyForTyping = async (page: Page, policyId: string): Promise<void> => {
  await page.getByTestId(`open-${policyId}`).click();
  await page.getByTestId('preview-content').waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
};

/**
 * Types into the open editor and measures, inside the page, the time from each keydown to the
 * first change of the preview's DOM.
 */
export const typeAndMeasure = async (
  page: Page,
  keystrokes = DEFAULTS.keystrokes,
  paragraphStart = '',
): Promise<number[]> => {
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
  if (paragraphStart) await page.keyboard.insertText(paragraphStart);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    (globalThis as unknown as { __latency: { latencies: number[] } }).__latency.latencies = [];
  });
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.type(i % 8 === 7 ? ' ' : 'x');
    await page.waitForTimeout(400);
  }
  return page.evaluate(
    () => (globalThis as unknown as { __latency: { latencies: number[] } }).__latency.latencies,
  );
};

/** The start of the paragraph the bench's second keystroke row types into. */
export const PLACEHOLDER_PARAGRAPH = 'Owned by {{ organisation.name }}: ';

/** Keystroke to preview, first paint of the documents list and the renderer's JavaScript. */
export const runBrowserBench = async (
  options: BrowserBenchOptions = DEFAULTS,
): Promise<BrowserBenchResult> =>
  withBrowserSession('ui', prepareTenPagePolicy, async (session) => {
    const { browser, url, dispatch, dir } = session;
    const paint = await firstPaint(browser, url, options.paintRuns);
    const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
      (d) => d.templateId === 'information-security-policy',
    )!;
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    const before = loadNow();
    // `--keys 0` times only the first paint.
    if (options.keystrokes > 0) await openPolicyForTyping(page, policy.id);
    const latencies = options.keystrokes > 0 ? await typeAndMeasure(page, options.keystrokes) : [];
    // A paragraph that holds a placeholder: echoed by the page from the values the worker sent.
    const withPlaceholder =
      options.keystrokes > 0
        ? await typeAndMeasure(page, options.keystrokes, PLACEHOLDER_PARAGRAPH)
        : [];
    return {
      keystrokeToPreview: summarise(latencies),
      keystrokeWithPlaceholder: summarise(withPlaceholder),
      ...paint,
      ...(await chunkSizes(session.rendererDir)),
      load: loadRange([before, loadNow()]),
    };
  });

/** The browser figures as rows of the bench table, one row per JavaScript chunk. */
export const browserBenchRows = async (options?: BrowserBenchOptions): Promise<Row[]> => {
  const browser = await runBrowserBench(options);
  if ('skipped' in browser) return [figure('Browser figures', `skipped: ${browser.skipped}`)];
  return [
    timed(
      'Keystroke to preview, 10-page policy, Chromium, plain paragraph (echoed by the page)',
      browser.keystrokeToPreview,
      '16 ms / p95 33 ms',
      `load average ${browser.load}, n=${browser.keystrokeToPreview.count}`,
    ),
    timed(
      'Keystroke to preview, same, paragraph with a placeholder',
      browser.keystrokeWithPlaceholder,
      '16 ms / p95 33 ms',
      `load average ${browser.load}, n=${browser.keystrokeWithPlaceholder.count}`,
    ),
    timed(
      'First paint of the documents list, Chromium',
      browser.firstPaint,
      '1 s',
      `load average ${browser.paintLoad}, n=${browser.firstPaint.count}`,
    ),
    timed(
      'Documents list with every state and count, Chromium',
      browser.listComplete,
      '',
      `load average ${browser.paintLoad}`,
    ),
    figure(
      'Renderer JavaScript, all chunks',
      `${browser.bundleKb} KB (${browser.bundleGzipKb} KB gz)`,
    ),
    ...browser.chunks.map((chunk) =>
      figure(`  chunk ${chunk.file}`, `${chunk.kb} KB (${chunk.gzipKb} KB gz)`),
    ),
    figure('Renderer JavaScript loaded for the documents list', `${browser.initialKb} KB`),
  ];
};
