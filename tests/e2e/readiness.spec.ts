import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/accessibility';
import { AppPage } from './pages/app-page';
import { ReadinessPage } from './pages/readiness-page';

test.describe('readiness and the Stage 1 pack', () => {
  test('a blank workspace scores 0 and says what to do first; the links lead to the fix', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const readiness = new ReadinessPage(page);
    await shell.start(app, 'blank');
    await readiness.open();
    await expect(readiness.summary()).toContainText('0%');
    await expect(readiness.summary()).toContainText('Not ready for Stage 1');
    await expect(readiness.areaBars()).toHaveCount(11);
    await expect(readiness.nextSteps()).toHaveCount(5);
    await expect(readiness.nextSteps().first()).toContainText('scope statement');
    // Nothing approved yet: the pack panel says what such a pack holds before it is built.
    await expect(page.getByTestId('pack-none-approved')).toContainText(
      'No document is approved yet',
    );
    await readiness.nextSteps().first().getByTestId('finding-link').click();
    await expect(page.getByTestId('screen-organisation')).toBeVisible();
  });

  test('the demo: readiness view in light and dark themes passes axe; the pack builds with a progress bar and downloads', async ({
    page,
    app,
  }) => {
    test.setTimeout(240_000);
    const shell = new AppPage(page);
    const readiness = new ReadinessPage(page);
    await shell.start(app, 'demo');
    await readiness.open();
    await expect(readiness.summary()).toContainText('Not ready for Stage 1');
    expect(await seriousViolations(page), 'light').toEqual([]);
    await shell.screenshot('readiness');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await seriousViolations(page), 'dark').toEqual([]);
    await shell.screenshot('readiness-dark');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));

    await expect(page.getByTestId('pack-none-approved')).toHaveCount(0);
    const download = await readiness.buildPack(false);
    expect(download.suggestedFilename()).toBe('BWA Stage 1 pack.zip');
    const file = join(app.root, 'pack.zip');
    await download.saveAs(file);
    const files = unzipSync(new Uint8Array(await readFile(file)));
    expect(Object.keys(files)).toContain('MANIFEST.sha256');
    expect(strFromU8(files['01 Readiness/Readiness report.txt']!)).toContain('not ready');
    await expect(readiness.result()).toContainText('Saved BWA Stage 1 pack.zip');
  });

  test('cancelling the pack stops it and saves nothing', async ({ page, app }) => {
    test.setTimeout(240_000);
    const shell = new AppPage(page);
    const readiness = new ReadinessPage(page);
    await shell.start(app, 'demo');
    await readiness.open();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await readiness.startPack(true);
    await readiness.cancelPack();
    await expect(readiness.result()).toContainText('Cancelled; nothing was saved.', {
      timeout: 120_000,
    });
    expect(downloaded).toBe(false);
  });
});
