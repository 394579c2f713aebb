import { expect, test } from './fixtures';
import { seriousViolations } from './pages/accessibility';
import { AppPage } from './pages/app-page';
import { ManagementReviewScreen } from './pages/management-review-page';
import { RegistersPage } from './pages/registers-page';

test.describe('management review', () => {
  test('from a blank workspace: figures frozen at the meeting, later changes shown, actions carried forward', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const registers = new RegistersPage(page);
    const reviews = new ManagementReviewScreen(page);
    await shell.start(app, 'blank');

    await registers.open('nonconformities');
    await registers.add({ raisedOn: '2026-05-04', description: 'Restore test not done in May' });

    await reviews.open();
    await expect(page.getByText('No reviews recorded yet.')).toBeVisible();
    const first = await reviews.record('2026-06-30');
    expect(first).toBe('MR-001');
    await expect(reviews.figure('d', 'Nonconformities open')).toHaveText('1');
    await expect(page.getByTestId('mr-figures-e')).toHaveCount(0);
    await expect(page.getByTestId('mr-changes')).toHaveCount(0);

    await page.getByTestId('mr-note-d').fill('One nonconformity open; restore tests slipped.');
    await page.getByTestId('mr-decisions').fill('Restore tests become monthly');
    await page.getByTestId('mr-add-action').click();
    await page.getByTestId('mr-action-text-0').fill('Schedule monthly restore tests');
    await reviews.expectSaved();
    expect(await seriousViolations(page), 'management review').toEqual([]);
    await shell.screenshot('management-review');

    // A nonconformity recorded later, dated before the meeting: the record keeps its figure.
    await registers.open('nonconformities');
    await registers.add({ raisedOn: '2026-06-01', description: 'Leaver account left active' });
    await reviews.open();
    await expect(reviews.figure('d', 'Nonconformities open')).toHaveText('1');
    await expect(page.getByTestId('mr-changes')).toContainText(
      'Nonconformities open: 1 at the meeting, 2 now',
    );
    await expect(page.getByTestId('mr-note-d')).toHaveValue(
      'One nonconformity open; restore tests slipped.',
    );

    const second = await reviews.record('2026-12-15');
    expect(second).toBe('MR-002');
    await expect(page.getByTestId('mr-carried')).toContainText('Schedule monthly restore tests');
    await expect(reviews.figure('a', 'Actions from earlier reviews still open')).toHaveText('1');
    await expect(reviews.figure('d', 'Nonconformities open')).toHaveText('2');
    await page.getByTestId('mr-carried-status-0').selectOption('done');
    await reviews.expectSaved();
    expect(await seriousViolations(page), 'second review').toEqual([]);
  });

  test('from the demo: the recorded review agrees with its registers and its actions carry forward', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const reviews = new ManagementReviewScreen(page);
    await shell.start(app, 'demo');
    await reviews.open();
    await expect(reviews.editor).toContainText('MR-001');
    // The same date format in the list of reviews and in the review's own heading.
    await expect(page.locator('#mr-title')).toHaveText('MR-001: review of 2026-11-12');
    await expect(page.getByRole('button', { name: /MR-001/ })).toContainText('2026-11-12');
    await expect(reviews.figure('f', 'Risks assessed')).toHaveText('30');
    await expect(page.getByTestId('mr-changes')).toHaveCount(0);
    await expect(page.getByTestId('mr-note-a')).toHaveValue(/first management review/);

    await reviews.record('2027-05-20');
    await expect(page.getByTestId('mr-carried').getByRole('row')).toHaveCount(6);
    await expect(page.getByTestId('mr-carried')).toContainText('Publish a monthly security');
  });
});
