import { join } from 'node:path';
import { callApi } from '../../backend/cli/call';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { OrganisationPage } from './pages/organisation-page';

test('an invalid field does not hold back the valid ones, and a reload with it asks first', async ({
  page,
  app,
}) => {
  const dir = join(app.root, 'acme');
  await callApi(app.dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
  await page.goto(app.url(dir));
  await new AppPage(page).goTo('organisation');
  const organisation = new OrganisationPage(page);

  await organisation.field('org-name').fill('Acme Group');
  await organisation.field('org-headcount').fill('-1');
  await expect(organisation.errorOf('org-headcount')).toContainText('Use 0 or more.');

  // The name is saved while the headcount stays invalid and unsaved.
  await expect
    .poll(async () => (await callApi(app.dispatch, 'profile.get', { dir })).organisation.name, {
      timeout: 15_000,
    })
    .toBe('Acme Group');
  expect((await callApi(app.dispatch, 'profile.get', { dir })).organisation.headcount).toBeNull();
  await expect(organisation.saveState).toHaveAttribute('data-state', 'unsaved');

  // Reloading with the invalid edit on screen warns first.
  const warned = organisation.acceptNextLeaveWarning();
  await page.reload();
  expect(await warned).toBe('beforeunload');
  await new AppPage(page).goTo('organisation');
  await expect(organisation.field('org-name')).toHaveValue('Acme Group');
  await expect(organisation.field('org-headcount')).toHaveValue('');
  await expect(organisation.saveState).toHaveAttribute('data-state', 'saved');
});
