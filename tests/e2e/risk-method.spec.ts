import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { RegistersPage } from './pages/registers-page';

test.describe('the risk method and the climate-change conclusion', () => {
  test('from a blank workspace: the proposed method is approved in the app, and a later change asks for approval again', async ({
    page,
    app,
  }) => {
    const { shell, registers } = await RegistersPage.start(page, app, 'blank', 'people');
    await registers.add({ name: 'Maria Okafor', jobTitle: 'Chief Executive' });
    await registers.expectSaved();

    await registers.open('risks');
    const state = page.getByTestId('risk-method-state');
    await expect(state).toHaveText('Proposed: not yet approved by top management');
    await page.getByTestId('risk-method-toggle').click();
    const approve = page.getByTestId('risk-method-approve');
    await expect(approve).toBeDisabled();
    await page.getByTestId('risk-method-approver').selectOption({ label: 'Maria Okafor' });
    await page.getByTestId('risk-method-approved-on').fill('2026-11-20');
    await approve.click();
    await expect(state).toHaveText('Approved by Maria Okafor on 2026-11-20');
    await expect(state).toHaveAttribute('data-status', 'approved');
    await shell.screenshot('risk-method-approved');

    // A threshold that is not above acceptance is named and cannot be saved.
    await page.getByTestId('risk-method-toggle').click();
    await page.getByTestId('risk-method-high').fill('6');
    await expect(
      page.getByText('High from: must be above the acceptance threshold (6).'),
    ).toBeVisible();
    await expect(page.getByTestId('risk-method-save')).toBeDisabled();
    await page.getByTestId('risk-method-high').fill('16');
    await page.getByTestId('risk-method-save').click();
    await page.getByTestId('dialog').getByTestId('dialog-confirm').click();
    await expect(state).toHaveText('Proposed: not yet approved by top management');
    await expect(page.getByTestId('risk-method')).toContainText('High from 16');
    // Saved to the workspace as a proposal: the approval belonged to the old thresholds.
    const stored = JSON.parse(
      await readFile(join(app.root, 'blank', 'workspace.json'), 'utf8'),
    ) as { registers: { riskMethod: Record<string, unknown> } };
    const { highThreshold, status, approvedBy } = stored.registers.riskMethod;
    expect({ highThreshold, status, approvedBy }).toEqual({
      highThreshold: 16,
      status: 'proposed',
      approvedBy: null,
    });

    await registers.open('context-issues');
    await expect(page.getByTestId('climate-state')).toHaveText('Not yet decided');
    await page.getByTestId('climate-toggle').click();
    await page.getByTestId('climate-relevant').selectOption('false');
    await page.getByTestId('climate-decided-on').fill('2026-11-20');
    await expect(page.getByTestId('climate-save')).toBeDisabled();
    await page.getByTestId('climate-reason').fill('Fully remote company on a multi-region cloud.');
    await page.getByTestId('climate-save').click();
    await expect(page.getByTestId('climate-state')).toHaveText(
      'Not relevant, decided on 2026-11-20',
    );
    expect(app.consoleProblems).toEqual([]);
  });
});
