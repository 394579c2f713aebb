import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { RegistersPage } from './pages/registers-page';

/** Elements in `scope` whose text is cut off: wider than their box, or ending in an ellipsis. */
const cutOff = (page: Page, scope: string) =>
  page.locator(scope).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...root.querySelectorAll('*')]
        // Seen on screen: laid out and more than the 1px box of a screen-reader-only caption.
        .filter(
          (el): el is HTMLElement =>
            el instanceof HTMLElement && el.offsetParent !== null && el.offsetWidth > 1,
        )
        .filter((el) => {
          const style = getComputedStyle(el);
          const clips = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
          return (own && clips && el.scrollWidth > el.clientWidth + 1) || /…$/.test(el.innerText);
        })
        .map((el) => el.innerText || el.getAttribute('placeholder') || el.tagName),
    ),
  );

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('the risk method, heat maps, acknowledgements register and History tab show their whole text', async ({
      page,
      app,
    }) => {
      // Making the demo in-process takes a minute or more on a busy machine.
      test.setTimeout(420_000);
      const dir = join(app.root, 'demo');
      expect((await app.dispatch('workspace.create', { dir, from: 'demo' })).ok).toBe(true);
      await page.goto(app.url(dir));
      const registers = new RegistersPage(page);
      await registers.open('risks');
      const shot = (name: string) =>
        page.screenshot({ path: join(SCREENSHOT_DIR, `narrow-${size.width}-${name}.png`) });
      await shot('risks');
      expect(await cutOff(page, '[data-testid="risk-method"]'), 'risk method').toEqual([]);
      expect(await cutOff(page, '.heat-maps'), 'heat maps').toEqual([]);

      await registers.open('acknowledgements');
      await shot('acknowledgements');
      const search = page.getByTestId('register-search');
      const placeholder = (await search.getAttribute('placeholder')) ?? '';
      const fits = await search.evaluate((input: HTMLInputElement, text) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        const style = getComputedStyle(input);
        probe.font = `${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return probe.measureText(text).width <= room;
      }, placeholder);
      expect(fits, `search placeholder "${placeholder}" fits`).toBe(true);
      // One line: the text's boxes all share one top.
      const lines = await page.locator('.page-header h1').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, 'the register title stays on one line').toBe(1);

      // A document's History tab: its revision history and "Compare versions…" stay inside
      // the side panel (a four-column table ran "VersionDate" together and cut the changes off).
      await page.getByTestId('nav-documents').click();
      await new DocumentsPage(page).open('Information Security Policy');
      await page.getByTestId('side-tab-history').click();
      const history = page.getByTestId('history-panel');
      await expect(history.getByTestId('revision-row')).toHaveCount(3);
      await expect(history.getByTestId('revision-row').last()).toContainText(
        '1.0 · 2026-10-05 · Priya Shah',
      );
      await shot('history');
      const outside = await history.evaluate((panel) => {
        const right = panel.getBoundingClientRect().right + 1;
        return [...panel.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > right)
          .map((el) => (el as HTMLElement).innerText || el.tagName);
      });
      expect(outside, 'nothing in the History tab reaches past the panel').toEqual([]);
    });
  });
}
