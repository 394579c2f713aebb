import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paragraphsWithStyles, readDocxParts } from '../support/docx-parts';
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';
import { OrganisationPage } from './pages/organisation-page';

test.describe('a new user drafting a policy', () => {
  test('creates the demo, renames the organisation, edits the policy and exports it to Word', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const documents = new DocumentsPage(page);
    const editor = new EditorPage(page);
    const workspace = join(app.root, 'acme');

    await page.goto(app.url());
    await shell.screenshot('welcome');
    await shell.createWorkspace('demo', workspace);
    await expect(documents.row('Information Security Policy')).toBeVisible();
    await shell.screenshot('documents');

    await shell.goTo('organisation');
    await new OrganisationPage(page).setName('Tidewater Labs');
    await shell.screenshot('organisation');

    await shell.goTo('documents');
    await documents.open('Information Security Policy');
    await expect(editor.preview).toContainText('Tidewater Labs');
    await expect(
      editor.preview.locator('.field', { hasText: 'Tidewater Labs' }).first(),
    ).toBeVisible();

    await editor.appendText(
      '\n\n# Commitment of {{ organisation.name }}\n\nSigned for the board.\n',
    );
    await expect(
      editor.preview.locator('h1', { hasText: 'Commitment of Tidewater Labs' }),
    ).toBeVisible();
    await editor.expectSaved();
    await shell.screenshot('editor');

    const id = await editor.documentId();
    const saved = await readFile(join(workspace, 'documents', `${id}.md`), 'utf8');
    expect(saved).toContain('# Commitment of {{ organisation.name }}');

    const exported = await editor.exportToWord();
    expect(exported.name).toBe(`${id} Information Security Policy.docx`);
    await expect(
      page.getByTestId('toast-success').filter({ hasText: exported.name }),
    ).toBeVisible();
    const parts = readDocxParts(new Uint8Array(await readFile(exported.path)));
    const paragraphs = paragraphsWithStyles(parts['word/document.xml'] ?? '');
    expect(paragraphs).toContainEqual({ style: 'Heading1', text: 'Commitment of Tidewater Labs' });
    expect(app.consoleProblems).toEqual([]);
  });

  test('highlights an unfilled field in the preview and lists it first', async ({ page, app }) => {
    const shell = new AppPage(page);
    const editor = new EditorPage(page);
    await shell.start(app, 'demo');
    await new DocumentsPage(page).open('Information Security Policy');
    await editor.appendText('\n\nContact: {{ organisation.securityContact }}\n');
    const unfilled = editor.preview.locator('mark.field-unfilled', {
      hasText: 'Organisation security contact',
    });
    await expect(unfilled).toBeVisible();
    await expect(page.getByTestId('field-item').first()).toHaveAttribute(
      'data-field',
      'organisation.securityContact',
    );
    await expect(page.getByTestId('unfilled-count')).toContainText('1');
    await editor.expectSaved();
  });

  test('keeps an unsaved edit on screen when saving fails, and saves once the backend is back', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const editor = new EditorPage(page);
    await shell.start(app, 'demo');
    await new DocumentsPage(page).open('Backup Policy');
    const failing = (route: Route) => route.fulfill({ status: 500, body: 'down' });
    await page.route('**/api/documents.update', failing);
    await editor.appendText('\n\nRestore drills happen every quarter.\n');
    await expect(editor.saveState).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
    await expect(editor.content).toContainText('Restore drills happen every quarter.');
    await page.unroute('**/api/documents.update', failing);
    await page.keyboard.press('ControlOrMeta+s');
    await editor.expectSaved();
    const id = await editor.documentId();
    const saved = await readFile(join(app.root, 'demo', 'documents', `${id}.md`), 'utf8');
    expect(saved).toContain('Restore drills happen every quarter.');
  });
});
