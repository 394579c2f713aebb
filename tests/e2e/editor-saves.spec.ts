import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';

test('slow saves of plain typing fetch neither the document nor its control state again', async ({
  page,
  app,
}) => {
  const shell = new AppPage(page);
  const editor = new EditorPage(page);
  await shell.start(app, 'demo');
  await new DocumentsPage(page).open('Backup Policy');
  await editor.expectSaved();
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(documents\.(?:get|control|update))$/.exec(request.url())?.[1];
    if (method) calls.push(method);
  });
  // A busy machine: each save takes a second and a half to answer.
  const slow = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  };
  await page.route('**/api/documents.update', slow);
  for (const words of ['Restores are tested', ' every quarter', ' by the IT team.']) {
    await editor.appendText(words);
    await page.waitForTimeout(1200);
  }
  await editor.expectSaved();
  const saves = calls.filter((c) => c === 'documents.update').length;
  expect(saves).toBeGreaterThanOrEqual(2);
  expect(calls.filter((c) => c === 'documents.get')).toEqual([]);
  // The first save may start a new revision (an approved document becomes a draft): one look.
  expect(calls.filter((c) => c === 'documents.control').length).toBeLessThanOrEqual(1);
  const id = await editor.documentId();
  const saved = await readFile(join(app.root, 'demo', 'documents', `${id}.md`), 'utf8');
  expect(saved).toContain('Restores are tested every quarter by the IT team.');
  // A new placeholder is a new field: the Fields tab learns of it.
  await editor.appendText(' Owner: {{ organisation.legal_name }}');
  await editor.expectSaved();
  await expect.poll(() => calls.filter((c) => c === 'documents.get').length).toBe(1);
});
