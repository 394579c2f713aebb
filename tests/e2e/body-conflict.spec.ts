import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi } from '../../backend/cli/call';
import { writeFromAnotherProcess } from '../support/other-process';
import { createPolicyDraft } from '../support/policy-draft';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';

test('a body changed on disk by another program is not overwritten, and both texts are kept', async ({
  page,
  app,
}) => {
  const dir = join(app.root, 'acme');
  const { id, title } = await createPolicyDraft(app.dispatch, dir);
  const file = join(dir, 'documents', `${id}.md`);
  const copies = async () =>
    (await callApi(app.dispatch, 'documents.list', { dir })).filter((d) => d.id !== id);

  await page.goto(app.url(dir));
  await new AppPage(page).goTo('documents');
  await new DocumentsPage(page).open(title);
  const editor = new EditorPage(page);
  const conflict = page.getByTestId('body-conflict');

  // 1. Load theirs, keep mine as a copy.
  await writeFromAnotherProcess(file, '# Theirs\n\nWritten by a colleague.\n');
  await editor.appendText('\n\nMy first paragraph.\n');
  await expect(conflict).toContainText('changed on disk by another program');
  await expect(editor.saveState).toHaveAttribute('data-state', 'error');
  await new AppPage(page).screenshot('editor-body-conflict');
  expect(await readFile(file, 'utf8')).toBe('# Theirs\n\nWritten by a colleague.\n');
  await page.getByTestId('body-conflict-load-theirs').click();
  await expect(editor.content).toContainText('Written by a colleague.');
  await expect(conflict).toHaveCount(0);
  const [mineCopy] = await copies();
  expect(mineCopy?.title).toBe(`${title} (copy)`);
  const copied = await callApi(app.dispatch, 'documents.get', { dir, id: mineCopy!.id });
  expect(copied.body).toContain('My first paragraph.');

  // 2. Keep mine, their text kept as a copy.
  await writeFromAnotherProcess(file, '# Theirs again\n\nA second outside change.\n');
  await editor.appendText('\n\nMy second paragraph.\n');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('body-conflict-keep-mine').click();
  await editor.expectSaved();
  await expect(conflict).toHaveCount(0);
  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('Written by a colleague.');
  expect(saved).toContain('My second paragraph.');
  const bodies = await Promise.all(
    (await copies()).map(
      async (d) => (await callApi(app.dispatch, 'documents.get', { dir, id: d.id })).body,
    ),
  );
  expect(bodies).toContain('# Theirs again\n\nA second outside change.\n');
});
