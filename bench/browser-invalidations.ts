import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { callApi } from '../backend/cli/call';
import { openPolicyForTyping, prepareTenPagePolicy } from './browser-bench';
import { withBrowserSession } from './browser-session';
import { summariseInvalidations } from './trace-invalidations';

// `npx tsx bench/browser-invalidations.ts [--keys N] [trace.json]`: types N keys into the
// ten-page policy with Chromium's invalidation tracking on and prints, per key, which elements
// had their style, layout or paint invalidated and why, and how large each painted area was.
// The question it answers: does a keystroke repaint only the changed line and preview block?

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.frame',
];

const args = process.argv.slice(2);
const keysAt = args.indexOf('--keys');
const keys = keysAt >= 0 ? Number(args[keysAt + 1]) : 10;
const file = args.find((a) => a.endsWith('.json'));
// `--style CSS` adds a style sheet before typing, to try a change without a build.
const styleAt = args.indexOf('--style');
const style = styleAt >= 0 ? args[styleAt + 1] : undefined;

const main = async () => {
  const result = await withBrowserSession(
    'invalidations',
    prepareTenPagePolicy,
    async ({ browser, url, dispatch, dir }) => {
      const policy = (await callApi(dispatch, 'documents.list', { dir })).find(
        (d) => d.templateId === 'information-security-policy',
      )!;
      const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
      await page.goto(url);
      await openPolicyForTyping(page, policy.id);
      if (style) await page.addStyleTag({ content: style });
      await page.keyboard.type('\n\n');
      await page.waitForTimeout(1500);
      await browser.startTracing(page, { categories: CATEGORIES });
      for (let i = 0; i < keys; i += 1) {
        await page.keyboard.type(i % 8 === 7 ? ' ' : 'x');
        await page.waitForTimeout(400);
      }
      const raw = await browser.stopTracing();
      if (file) await writeFile(file, raw);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.getDocument', { depth: -1 });
      // The trace names painted elements by Chromium's node ID: name them by tag and class.
      const describe = async (nodeId: number) => {
        try {
          const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
            backendNodeIds: [nodeId],
          });
          const { node } = await cdp.send('DOM.describeNode', { nodeId: nodeIds[0]! });
          const attrs = node.attributes ?? [];
          const cls = attrs[attrs.indexOf('class') + 1];
          return `${node.nodeName.toLowerCase()}${attrs.includes('class') && cls ? `.${cls.split(' ').join('.')}` : ''}`;
        } catch {
          return `node ${nodeId}`;
        }
      };
      return summariseInvalidations(raw, keys, describe);
    },
  );
  console.log(typeof result === 'string' ? result : result.skipped);
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
