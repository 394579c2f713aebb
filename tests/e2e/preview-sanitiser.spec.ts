import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi } from '../../backend/cli/call';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

const HOSTILE = [
  '# Hostile preview',
  '<script>window.__ran = "script"</script>',
  '<img src="/probe-image.png" onerror="window.__ran = \'onerror\'">',
  '<a href="javascript:window.__ran = \'href\'">html link</a> and <span onclick="x()">span</span>',
  '[markdown link](javascript:window.__ran="markdown")',
  '<svg onload="window.__ran = \'svg\'"><circle r="5"></circle></svg>',
  '<iframe src="/probe-frame"></iframe><style>body { display: none }</style>',
  '<details open ontoggle="window.__ran = \'toggle\'">details</details>',
  'Last paragraph',
].join('\n\n');

/**
 * Watches the preview from now on and records anything unsafe it ever shows, including the
 * states between keystrokes (the page's own echo of a keystroke, before the worker's answer).
 */
const watchPreview = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __unsafe: string[] }).__unsafe = seen;
    const check = (root: Element) => {
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'style', 'svg', 'details', 'object', 'embed'].includes(tag)) {
          seen.push(tag);
        }
        for (const attr of Array.from(el.attributes)) {
          if (attr.name.startsWith('on')) seen.push(`${tag}[${attr.name}]`);
          if (/^\s*javascript:/i.test(attr.value)) seen.push(`${tag}[${attr.name}=javascript:]`);
        }
      }
    };
    const preview = document.querySelector('[data-testid="preview-content"]')!;
    check(preview);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) if (node instanceof Element) check(node);
      }
    }).observe(preview, { childList: true, subtree: true });
  });

test('the preview never shows a script, an event handler or a javascript: link, while typing too', async ({
  page,
  app,
}) => {
  const dir = join(app.root, 'acme');
  await callApi(app.dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
  const { id } = await callApi(app.dispatch, 'documents.create', {
    dir,
    templateId: 'information-security-policy',
  });
  // No newline at the end: the cursor lands at the end of the last paragraph.
  await writeFile(join(dir, 'documents', `${id}.md`), HOSTILE);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const editor = new EditorPage(page);

  await page.goto(app.url(dir));
  await page.getByTestId(`open-${id}`).click();
  await expect(editor.preview).toContainText('Last paragraph');
  await watchPreview(page);
  // Typed inside a plain paragraph (shown by the page itself first), then as a new block.
  await editor.appendText(' with [a typed link](javascript:window.__ran="typed")');
  await expect(editor.preview).toContainText('with a typed link');
  await editor.appendText('\n\n<img src="/probe-typed.png" onerror="window.__ran=\'typed\'">');
  await editor.appendText('\n\nEnd.');
  await expect(editor.preview).toContainText('End.');

  const preview = await editor.preview.innerHTML();
  expect(preview).not.toMatch(/<script|<iframe|<style|<svg|<details|\son\w+=|javascript:/i);
  await expect(editor.preview.locator('a', { hasText: 'markdown link' })).toHaveCount(1);
  await expect(editor.preview.locator('a', { hasText: 'a typed link' })).not.toHaveAttribute(
    'href',
    /javascript/i,
  );
  expect(await page.evaluate(() => (globalThis as { __ran?: string }).__ran)).toBeUndefined();
  expect(
    await page.evaluate(() => (globalThis as unknown as { __unsafe: string[] }).__unsafe),
  ).toEqual([]);
  expect(requests.filter((url) => url.includes('/probe'))).toEqual([]);
});
