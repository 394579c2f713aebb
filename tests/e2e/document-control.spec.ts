import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocxParts } from '../support/docx-parts';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentControlPanel } from './pages/document-control-panel';
import { EditorPage } from './pages/editor-page';

test.describe('document control', () => {
  test('approves a policy, edits it, sees "changed since approval" and compares the versions', async ({
    page,
    app,
  }) => {
    // Creating the demo freezes its 62 approved versions; on a loaded machine that takes a while.
    test.setTimeout(180_000);
    const shell = new AppPage(page);
    const editor = new EditorPage(page);
    const control = new DocumentControlPanel(page);
    const workspace = join(app.root, 'demo');
    await app.dispatch('workspace.create', { dir: workspace, from: 'demo' });
    const listed = await app.dispatch('documents.list', { dir: workspace });
    const drafts = (listed.ok ? (listed.data as { id: string; status: string }[]) : []).filter(
      (d) => d.status === 'draft',
    );
    const id = drafts[0]!.id;

    await page.goto(app.url(workspace));
    await page.getByTestId(`open-${id}`).click();
    await expect(page.getByTestId('editor')).toBeVisible();
    await expect(control.state).toHaveAttribute('data-state', 'draft');

    await control.submitForReview();
    await control.approve('First issue after review by the ISMS working group');
    await expect(control.state).toHaveAttribute('data-state', 'approved');
    await expect(page.getByTestId('editor-version')).toHaveText('v1.0');
    await shell.screenshot('document-approved');

    await editor.appendText('\n\nStaff confirm this policy every year.\n');
    await editor.expectSaved();
    await expect(control.state).toHaveAttribute('data-state', 'draft');
    await expect(control.state.getByTestId('changed-since-approval')).toBeVisible();
    await expect(page.getByTestId('editor-version')).toHaveText('v1.1');

    await control.openComparison();
    await expect(control.compare.getByTestId('compare-from')).toHaveValue('1.0');
    await expect(control.compare.getByTestId('compare-to')).toHaveValue('current');
    await expect(control.compare.getByTestId('compare-right').locator('ins')).toContainText(
      'Staff confirm this policy every year.',
    );
    await shell.screenshot('compare-versions');
    const redline = readDocxParts(new Uint8Array(await readFile(await control.downloadRedline())));
    expect(redline['word/document.xml']).toMatch(/<w:ins [^>]*>[\s\S]*Staff confirm this policy/);
    await control.compare.getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('editor-back').click();
    const row = page.locator(`[data-testid="document-row"][data-document-id="${id}"]`);
    await expect(row.getByTestId('changed-since-approval')).toBeVisible();
    await expect(row).toContainText('1.1 (1.0 approved)');
    await expect(page.getByTestId(`delete-${id}`)).toHaveCount(0);
    expect(app.consoleProblems).toEqual([]);
  });
});
