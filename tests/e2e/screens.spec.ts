import { join } from 'node:path';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/accessibility';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';

// CodeMirror's scroller holds a focusable contenteditable; axe does not count that as keyboard
// access to the scroll region.
const EXCLUDE = ['.cm-scroller'];

test.describe('main screens', () => {
  test('welcome, documents, templates, organisation, editor and settings pass an accessibility scan', async ({
    page,
    app,
  }) => {
    // Eleven full-page axe scans in two themes: several minutes on a busy 2-core machine.
    test.slow();
    const shell = new AppPage(page);
    await page.goto(app.url());
    await expect(page.getByTestId('welcome')).toBeVisible();
    expect(await seriousViolations(page, EXCLUDE), 'welcome').toEqual([]);

    await shell.createWorkspace('demo', join(app.root, 'demo'));
    expect(await seriousViolations(page, EXCLUDE), 'documents').toEqual([]);

    await shell.goTo('templates');
    await expect(page.getByTestId('template-statement-of-applicability')).toBeVisible();
    await shell.screenshot('templates');
    expect(await seriousViolations(page, EXCLUDE), 'templates').toEqual([]);

    await shell.goTo('organisation');
    for (const tab of ['profile', 'scope', 'documents', 'people', 'parameters']) {
      await page.getByTestId(`org-tab-${tab}`).click();
      expect(await seriousViolations(page, EXCLUDE), `organisation ${tab}`).toEqual([]);
    }
    await page.getByTestId('org-tab-people').click();
    await shell.screenshot('people-and-roles');

    await shell.goTo('settings');
    expect(await seriousViolations(page, EXCLUDE), 'settings').toEqual([]);

    await shell.goTo('documents');
    await new DocumentsPage(page).open('Statement of Applicability');
    await expect(page.getByTestId('preview-content')).toContainText('5.1');
    expect(await seriousViolations(page, EXCLUDE), 'editor').toEqual([]);
    expect(app.consoleProblems).toEqual([]);
  });

  test('groups the template library by clause and by Annex A theme, and adds a numbered document', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    await shell.start(app, 'blank');
    await shell.goTo('templates');
    await page.getByTestId('group-by-theme').click();
    await expect(page.getByRole('heading', { name: /Technological controls/ })).toBeVisible();
    const card = page.getByTestId('template-backup-policy');
    await expect(card).toContainText('8.13');
    await page.getByTestId('add-backup-policy').click();
    await expect(
      page.getByTestId('toast-success').filter({ hasText: 'ISMS-POL-001' }),
    ).toBeVisible();
    await page.getByTestId('group-by-clause').click();
    await expect(page.getByTestId('template-isms-scope')).toContainText('4.3');
  });

  test('switches to the dark theme and keeps it after a reload', async ({ page, app }) => {
    const shell = new AppPage(page);
    const workspace = await shell.start(app, 'demo');
    await shell.goTo('settings');
    await page.getByTestId('theme-dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(app.url(workspace));
    await expect(page.getByTestId('workspace-name')).toContainText('Brightwater Analytics');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await new DocumentsPage(page).open('Access Control Policy');
    await expect(page.getByTestId('preview-content')).toContainText('Brightwater');
    await shell.screenshot('editor-dark');
    expect(await seriousViolations(page, EXCLUDE), 'dark editor').toEqual([]);
  });
});
