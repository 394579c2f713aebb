import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { PolicyDecisionsTab } from './pages/organisation-page';
import { ReadinessPage } from './pages/readiness-page';

test.describe('policy decisions', () => {
  test('a blank workspace lists each decision as not taken; the readiness link opens them', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const readiness = new ReadinessPage(page);
    await shell.start(app, 'blank');
    await readiness.open();
    await expect(page.getByText(/^Decision not taken: /)).toHaveCount(9);
    await page.getByRole('button', { name: 'Open Policy decisions' }).first().click();
    const decisions = new PolicyDecisionsTab(page);
    await expect(page.getByTestId('policy-decisions')).toBeVisible();
    await expect(decisions.state('rtoHours')).toHaveText(
      'To be confirmed: proposed, never confirmed',
    );
    await expect(page.getByText('Nobody holds the top management role')).toBeVisible();
    await expect(page.getByTestId('decision-confirm-rtoHours')).toBeDisabled();
  });

  test('the demo: change a value, see it become a proposal, confirm it as top management', async ({
    page,
    app,
  }) => {
    test.setTimeout(180_000);
    const shell = new AppPage(page);
    await shell.start(app, 'demo');
    const decisions = new PolicyDecisionsTab(page);
    await decisions.open();
    await expect(decisions.state('rtoHours')).toHaveText('Confirmed by Maria Okafor on 2026-09-08');
    await decisions.setValue('rtoHours', '8');
    await expect(decisions.state('rtoHours')).toHaveText(
      'To be confirmed: changed since "24 hours" was confirmed on 2026-09-08',
    );
    await shell.screenshot('policy-decisions');
    await decisions.confirm('rtoHours');
    await expect(decisions.state('rtoHours')).toHaveText('Confirmed by Maria Okafor on 2026-11-28');
    await expect(page.getByTestId('profile-save-state')).toHaveAttribute('data-state', 'saved', {
      timeout: 15_000,
    });
    const saved = await app.dispatch('decisions.list', { dir: join(app.root, 'demo') });
    expect(saved.ok && saved.data).toMatchObject({
      decisions: expect.arrayContaining([
        expect.objectContaining({ key: 'rtoHours', value: '8 hours', state: 'confirmed' }),
      ]),
    });
    expect(app.consoleProblems).toEqual([]);
  });
});
