import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { RegistersPage } from './pages/registers-page';

const NONCONFORMITY = { raisedOn: '2026-05-04', description: 'Restore test not done in May' };

/**
 * Lets the first `lost` attempts of the register save reach the server and be carried out, then
 * drops the connection before the browser sees the answer, as a reset under load would.
 */
const loseAnswers = async (page: Page, lost: number): Promise<{ attempts: () => number }> => {
  let attempts = 0;
  await page.route('**/api/registers.save', async (route: Route) => {
    attempts += 1;
    if (attempts > lost) return route.continue();
    await route.fetch();
    await route.abort('connectionreset');
  });
  return { attempts: () => attempts };
};

test.describe('a slow or lost answer from the local server', () => {
  test.describe('a slow answer', () => {
    test.use({ slowCall: { method: 'registers.save', delayMs: 8_000 } });

    test('a save that takes 8 seconds is reported as saved', async ({ page, app }) => {
      const { registers } = await RegistersPage.start(page, app, 'blank', 'nonconformities');
      await page.getByTestId('register-add').click();
      for (const [key, value] of Object.entries(NONCONFORMITY)) await registers.fill(key, value);
      await registers.panel.getByTestId('entry-create').click();
      await expect(page.getByTestId('toast-success')).toContainText('Added NC-001', {
        timeout: 30_000,
      });
      await expect(page.getByTestId('toast-error')).toHaveCount(0);
      await expect(registers.rows).toHaveCount(1);
    });
  });

  test('an answer lost after the entry was saved: the retry adds nothing and reports success', async ({
    page,
    app,
  }) => {
    const { registers } = await RegistersPage.start(page, app, 'blank', 'nonconformities');
    const lost = await loseAnswers(page, 1);
    await registers.add(NONCONFORMITY);
    await expect(page.getByTestId('toast-success')).toContainText('Added NC-001');
    expect(lost.attempts()).toBe(2);
    await expect(registers.rows).toHaveCount(1);
    // Read again from disk, not from the page's memory.
    await page.reload();
    await registers.open('nonconformities');
    await expect(registers.rows).toHaveCount(1);
  });

  test('no answer at all: says it could not confirm, shows the register as saved, no duplicate', async ({
    page,
    app,
  }) => {
    const { registers } = await RegistersPage.start(page, app, 'blank', 'nonconformities');
    await loseAnswers(page, 99);
    await page.getByTestId('register-add').click();
    for (const [key, value] of Object.entries(NONCONFORMITY)) await registers.fill(key, value);
    await registers.panel.getByTestId('entry-create').click();
    const message = page.getByTestId('toast-error');
    await expect(message).toContainText('Could not confirm whether the nonconformity was saved', {
      timeout: 20_000,
    });
    await expect(message).not.toContainText('Could not add');
    await expect(registers.row('NC-001')).toBeVisible();
    await expect(registers.rows).toHaveCount(1);

    // The server answers again; Add pressed once more with the same values is the same request,
    // answered with what the first attempt did: NC-001, not a second entry.
    await page.unroute('**/api/registers.save');
    await registers.panel.getByTestId('entry-create').click();
    await expect(page.getByTestId('toast-success')).toContainText('Added NC-001');
    await expect(registers.rows).toHaveCount(1);
    await page.reload();
    await registers.open('nonconformities');
    await expect(registers.rows).toHaveCount(1);
    await expect(registers.row('NC-002')).toHaveCount(0);
  });
});
