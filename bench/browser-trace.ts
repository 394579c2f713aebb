import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { callApi } from '../backend/cli/call';
import {
  openPolicyForTyping,
  PLACEHOLDER_PARAGRAPH,
  prepareTenPagePolicy,
  typeAndMeasure,
} from './browser-bench';
import { withBrowserSession } from './browser-session';
import { summarise } from './measure';
import { summariseTrace, type TraceSummary } from './trace-summary';

// `npx tsx bench/browser-trace.ts [keystroke|placeholder|paint] [trace.json]`: records a Chromium
// performance trace of typing into the ten-page policy (`placeholder`: into a paragraph that starts
// with a placeholder), or of opening the app on the documents list, and
// prints where the renderer's main thread spent its time. With a file name, the raw trace is
// written there too (open it in Chromium's Performance panel).

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'blink.user_timing',
];

const traced = async (
  browser: Browser,
  page: Page | undefined,
  file: string | undefined,
  run: () => Promise<unknown>,
) => {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const measured = await run();
  const raw = await browser.stopTracing();
  if (file) await writeFile(file, raw);
  return { measured, trace: summariseTrace(raw) };
};

/** Re-reads a trace written earlier: `npx tsx bench/browser-trace.ts summary trace.json`. */
const summariseFile = async (file: string) => {
  const { readFile } = await import('node:fs/promises');
  printTrace(file, summariseTrace(await readFile(file)), 1);
};

const printTrace = (label: string, trace: TraceSummary, per: number) => {
  console.log(`\n${label}: main-thread events (wall ms, CPU ms, count; per unit = / ${per})`);
  for (const e of trace.events) {
    const each = (e.cpuMs / per).toFixed(1);
    console.log(
      `  ${e.name.padEnd(20)} ${String(e.ms).padStart(7)} ${String(e.cpuMs).padStart(7)} ${String(e.count).padStart(6)}   CPU ${each} per unit`,
    );
  }
  console.log('JavaScript self time by function (ms):');
  for (const f of trace.functions) console.log(`  ${String(f.ms).padStart(6)}  ${f.name}`);
  console.log('Workers, JavaScript self time by function (ms):');
  for (const f of trace.workerFunctions) console.log(`  ${String(f.ms).padStart(6)}  ${f.name}`);
};

/** Opening the app on the documents list, after one warm-up visit, and what it fetched when. */
const tracePaint = async (browser: Browser, url: string, file: string | undefined) => {
  const warm = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await warm.goto(url);
  await warm.getByTestId('document-row').first().waitFor();
  // The checked list renders every document in the backend: let it finish, or the traced visit
  // would wait behind it.
  await warm.getByTestId('document-pending').first().waitFor({ state: 'detached' });
  await warm.close();
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const { measured, trace } = await traced(browser, page, file, async () => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByTestId('document-row').first().waitFor();
    return page.evaluate(() => performance.now());
  });
  printTrace(`First paint (${Math.round(measured as number)} ms)`, trace, 1);
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => [Math.round(e.startTime), Math.round(e.startTime + e.duration), e.name] as const),
  );
  console.log('Resources (start-end, ms after navigation):');
  for (const [start, end, name] of entries) console.log(`  ${start}-${end}  ${name.slice(-90)}`);
};

/** Typing into the ten-page policy. */
const traceKeystrokes = async (
  browser: Browser,
  url: string,
  policyId: string,
  file: string | undefined,
  paragraphStart: string,
) => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(url);
  await openPolicyForTyping(page, policyId);
  const { measured, trace } = await traced(browser, page, file, () =>
    typeAndMeasure(page, undefined, paragraphStart),
  );
  const s = summarise(measured as number[]);
  printTrace(`Keystrokes: median ${s.median} ms, p95 ${s.p95} ms, n=${s.count}`, trace, s.count);
};

const main = async () => {
  const mode = process.argv[2] ?? 'keystroke';
  const file = process.argv[3];
  if (mode === 'summary' && file) return summariseFile(file);
  const result = await withBrowserSession(
    'trace',
    prepareTenPagePolicy,
    async ({ browser, url, dispatch, dir }) => {
      if (mode === 'paint') return tracePaint(browser, url, file);
      const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
        (d) => d.templateId === 'information-security-policy',
      )!;
      const start = mode === 'placeholder' ? PLACEHOLDER_PARAGRAPH : '';
      return traceKeystrokes(browser, url, policy.id, file, start);
    },
  );
  if (result && 'skipped' in result) console.log(result.skipped);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
