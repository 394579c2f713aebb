import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { callApi } from '../backend/cli/call';
import type { Dispatch } from '../core/api/dispatch';
import { withBrowserSession } from './browser-session';
import { summariseTrace, type TraceSummary } from './trace-summary';

export const SCROLL_RISKS = 10_000;
const SCROLL_SECONDS = 6;
const PIXELS_PER_FRAME = 48;

export type ScrollResult = {
  fps: number;
  frameMedianMs: number;
  frameP95Ms: number;
  longFrames: number;
  frames: number;
};

const TREATMENTS = ['modify', 'retain', 'avoid', 'share'];
const STATUSES = ['identified', 'assessed', 'treating', 'treated'];

/** A CSV of generated risks, imported through the same API the app's Import button uses. */
const riskCsv = (count: number) => {
  const rows = ['Risk,Likelihood,Impact,Treatment,Status,Residual likelihood,Residual impact'];
  for (let i = 0; i < count; i += 1) {
    const l = (i % 5) + 1;
    const im = ((i * 7) % 5) + 1;
    rows.push(
      `Generated risk ${i + 1}: service ${i % 97} exposed through weakness ${i % 13},${l},${im},` +
        `${TREATMENTS[i % 4]},${STATUSES[i % 4]},${Math.max(1, l - 1)},${Math.max(1, im - 2)}`,
    );
  }
  return `${rows.join('\n')}\n`;
};

/** Fills a workspace's risk register with `count` risks. */
const addGeneratedRisks = async (dispatch: Dispatch, dir: string, count: number) => {
  const data = Buffer.from(riskCsv(count), 'utf8').toString('base64');
  await callApi(dispatch, 'registers.import', { dir, register: 'risks', format: 'csv', data });
};

const openRiskTable = async (page: Page) => {
  await page.getByTestId('workspace-name').waitFor();
  await page.getByTestId('nav-registers').click();
  await page.getByTestId('nav-register-risks').click();
  await page.locator('[data-testid="register-row"]').first().waitFor({ timeout: 60_000 });
};

// Sent as source text: the bench runs under tsx, whose helpers do not exist inside the page.
// Scrolls from top to bottom at a steady speed, one step per animation frame, and measures inside
// the page how long each frame took.
const SCROLL_SCRIPT = (selector: string, seconds: number, step: number) => `(async () => {
  const scroller = document.querySelector('${selector}') ?? { scrollTop: 0, clientHeight: 0, scrollHeight: 1 };
  const times = [];
  await new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    const frame = (now) => {
      times.push(now - last);
      last = now;
      scroller.scrollTop += ${step};
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) scroller.scrollTop = 0;
      if (now - start < ${seconds * 1000}) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  const frames = times.slice(1);
  const total = frames.reduce((sum, t) => sum + t, 0);
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] * 10) / 10;
  return {
    fps: Math.round((frames.length / total) * 10000) / 10,
    frameMedianMs: at(0.5),
    frameP95Ms: at(0.95),
    longFrames: frames.filter((t) => t > 50).length,
    frames: frames.length,
  };
})()`;

const scrollRiskTable = (page: Page, step: number) =>
  page.evaluate<ScrollResult>(
    SCROLL_SCRIPT('[data-testid="register-table-risks"]', SCROLL_SECONDS, step),
  );

/** Animation frames per second of the same page when nothing scrolls: what the machine allows. */
const idleFrameRate = (page: Page) => page.evaluate<ScrollResult>(SCROLL_SCRIPT('#none', 2, 0));

export type RegisterScrollBench =
  | { scroll: ScrollResult; idle: ScrollResult; risks: number; load: number; trace?: TraceSummary }
  | { skipped: string };

/**
 * A blank workspace with 10,000 generated risks, opened in the browser mode in Chromium: the risk
 * table is scrolled top to bottom and the frame rate measured in the page. With `trace`, the
 * scroll is recorded with Chromium's performance trace and summarised (where the frame time goes).
 */
export const runRegisterScrollBench = async (
  options: { trace?: boolean; traceFile?: string; pixelsPerFrame?: number } = {},
): Promise<RegisterScrollBench> => {
  // Blank rather than the demo: listing the demo's 46 documents would render 10,000 risks each.
  const prepare = async (dispatch: Dispatch, dir: string) => {
    await callApi(dispatch, 'workspace.create', { dir, from: 'blank' });
    await addGeneratedRisks(dispatch, dir, SCROLL_RISKS);
  };
  return withBrowserSession('scroll', prepare, async ({ browser, url }) => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    await openRiskTable(page);
    const load = loadavg()[0] ?? 0;
    if (options.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const scroll = await scrollRiskTable(page, options.pixelsPerFrame ?? PIXELS_PER_FRAME);
    const raw = options.trace ? await browser.stopTracing() : null;
    if (raw && options.traceFile) await writeFile(options.traceFile, raw);
    const trace = raw ? summariseTrace(raw) : undefined;
    const idle = await idleFrameRate(page);
    return { scroll, idle, risks: SCROLL_RISKS, load: Math.round(load * 10) / 10, trace };
  });
};

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
];
