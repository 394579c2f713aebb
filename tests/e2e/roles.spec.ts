import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';
import { RolesTab } from './pages/organisation-page';

test('a role marked not applicable and a custom role reach the roles document', async ({
  page,
  app,
}) => {
  const shell = new AppPage(page);
  const roles = new RolesTab(page);
  await shell.start(app, 'demo');

  await roles.open();
  await roles.markNotApplicable('dpo', 'under 250 staff and no large-scale special category data');
  await roles.addCustomRole('Privacy Champion', 'Aisha Khan (Data Protection Officer)');
  await roles.expectSaved();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);

  await shell.goTo('documents');
  await new DocumentsPage(page).open('ISMS Roles, Responsibilities and Authorities');
  const editor = new EditorPage(page);
  await expect(editor.preview).toContainText(
    'has no such role: under 250 staff and no large-scale special category data.',
  );
  await expect(editor.preview).toContainText('Privacy Champion');
  await expect(
    editor.preview.locator('.field-unfilled', { hasText: 'Data Protection Officer' }),
  ).toHaveCount(0);
});
