import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { callApi } from '../backend/cli/call';
import { startHttpServer } from '../backend/http/server';
import { newToken } from '../backend/http/security';
import {
  openPolicyForTyping,
  PLACEHOLDER_PARAGRAPH,
  prepareTenPagePolicy,
  typeAndMeasure,
} from './browser-bench';
import { withBrowserSession } from './browser-session';
import { summarise } from './measure';
import { keystrokeCpu, type KeystrokeCpu } from './trace-keystroke';

// `npx tsx bench/browser-compare.ts --old DIR [--rounds N] [--keys N] [--placeholder]`: keystroke
// to preview in the current build and in another (an earlier commit's `vite build --outDir DIR`),
// served alternately from one workspace, so both see the same machine. Each run is traced and
// reports the page's main-thread CPU per key by kind, which a busy machine inflates less than
// latency. `--placeholder` types in a paragraph that starts with a placeholder, as the bench's
// second keystroke row does.

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    keys: { type: 'string', default: '60' },
    placeholder: { type: 'boolean', default: false },
  },
});
const paragraphStart = values.placeholder ? PLACEHOLDER_PARAGRAPH : '';
if (!values.old) throw new Error('--old DIR names the build to compare with');
const oldDir = values.old;

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

const load = () => loadavg()[0]!.toFixed(1);

const typeTraced = async (browser: Browser, url: string, policyId: string, keys: number) => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(url);
  await openPolicyForTyping(page, policyId);
  await browser.startTracing(page, { categories: CATEGORIES });
  const latencies = await typeAndMeasure(page, keys, paragraphStart);
  const cpu = keystrokeCpu(await browser.stopTracing(), keys);
  await page.close();
  return { latency: summarise(latencies), cpu };
};

const row = (label: string, loads: string, run: Awaited<ReturnType<typeof typeTraced>>) => {
  const c: KeystrokeCpu = run.cpu;
  const f = (n: number) => n.toFixed(1).padStart(5);
  return `${label.padEnd(4)} load ${loads.padEnd(9)} median ${f(run.latency.median)} p95 ${f(run.latency.p95)} n=${run.latency.count} | CPU/key input ${f(c.input)} script ${f(c.script)} style ${f(c.style)} layout ${f(c.layout)} prepaint ${f(c.prePaint)} paint ${f(c.paint)} layerize+commit ${f(c.commit)} frames ${f(c.frames)} total ${f(c.total)}`;
};

const main = async () => {
  const keys = Number(values.keys);
  const result = await withBrowserSession(
    'compare',
    prepareTenPagePolicy,
    async ({ browser, url, dispatch, dir }) => {
      const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
        (d) => d.templateId === 'information-security-policy',
      )!;
      // Each run types into the policy as prepared: a paragraph an earlier run left would hold
      // the new one's text, and the page echoes only a paragraph whose text is found once.
      const { body } = await callApi(dispatch, 'documents.get', { dir, id: policy.id });
      const token = newToken();
      const server = await startHttpServer({ dispatch, token, staticDir: oldDir });
      const oldUrl = `http://127.0.0.1:${server.port}/?workspace=${encodeURIComponent(dir)}#token=${token}`;
      try {
        for (let round = 0; round < Number(values.rounds); round += 1) {
          for (const [label, address] of [
            ['old', oldUrl],
            ['new', url],
          ] as const) {
            await callApi(dispatch, 'documents.update', { dir, id: policy.id, body });
            const before = load();
            const run = await typeTraced(browser, address, policy.id, keys);
            console.log(row(label, `${before}-${load()}`, run));
          }
        }
      } finally {
        await server.close();
      }
    },
  );
  if (result && 'skipped' in result) console.log(result.skipped);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
