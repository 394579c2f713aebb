import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('offers to restore the last good version of a damaged workspace and keeps the damaged file', async ({
  page,
  app,
}) => {
  const dir = join(app.root, 'client-a');
  expect((await app.dispatch('workspace.create', { dir, from: 'demo' })).ok).toBe(true);
  const profile = await app.dispatch('profile.get', { dir });
  if (!profile.ok) throw new Error(profile.error.message);
  // A second save leaves the first version as workspace.json.bak.
  await app.dispatch('profile.update', { dir, patch: profile.data as Record<string, unknown> });
  const damaged = '{\n  "schemaVersion": 1,\n  "organisation": { "name": "Half-edited\n';
  await writeFile(join(dir, 'workspace.json'), damaged);

  await page.goto(app.url(dir));
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText('This workspace file is damaged');
  await expect(dialog).toContainText('workspace.json');
  await expect(dialog).toContainText(/line \d+/);
  await dialog.getByTestId('dialog-confirm').click();

  await expect(page.getByTestId('workspace-name')).toContainText('Brightwater Analytics');
  const kept = (await readdir(dir)).filter((name) => name.startsWith('workspace.json.replaced-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe(damaged);
  expect(JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8'))).toMatchObject({
    schemaVersion: 2,
  });
});

test('leaves a damaged workspace untouched when the user declines to restore', async ({
  page,
  app,
}) => {
  const dir = join(app.root, 'client-b');
  await app.dispatch('workspace.create', { dir, from: 'blank', name: 'Client B' });
  const profile = await app.dispatch('profile.get', { dir });
  if (!profile.ok) throw new Error(profile.error.message);
  await app.dispatch('profile.update', { dir, patch: profile.data as Record<string, unknown> });
  await writeFile(join(dir, 'workspace.json'), '{ not json');

  await page.goto(app.url(dir));
  await page.getByTestId('dialog').getByTestId('dialog-cancel').click();
  await expect(page.getByRole('alert')).toContainText('workspace.json');
  expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe('{ not json');
});
