import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { RegistersPage } from './pages/registers-page';

test.describe('people', () => {
  test('from a blank workspace: a CSV of people is imported and they become owners to choose from', async ({
    page,
    app,
  }) => {
    const { shell, registers } = await RegistersPage.start(page, app, 'blank', 'people');
    // A reference with nothing to choose says where its entries come from.
    await registers.open('metrics');
    await page.getByTestId('register-add').click();
    const nothing = registers.panel.getByTestId('nothing-to-choose');
    await expect(nothing).toHaveText(
      'Nothing to choose yet: add an objective under Registers › Objectives first.',
    );
    await nothing.getByRole('button').click();
    await expect(page.getByTestId('register-objectives')).toBeVisible();

    // With nobody in the workspace, a person field points to where people come from.
    await registers.open('risks');
    await page.getByTestId('register-add').click();
    // One under each person field of the form (owner, accepted by).
    const hints = registers.panel.getByTestId('no-people-hint');
    await expect(hints).toHaveCount(2);
    await expect(hints.first()).toContainText('Nobody to choose');
    await registers.panel.getByTestId('no-people-link').first().click();
    await expect(page.getByTestId('register-people')).toBeVisible();
    await expect(page.getByText('No people yet.')).toBeVisible();

    // A file with a bad row is refused whole, every bad row listed.
    const bad = join(app.root, 'bad-people.csv');
    await writeFile(bad, 'Name,E-mail\nPriya Shah,priya@example.co.uk\n,nobody@example.co.uk\n');
    await registers.import(bad);
    const problems = page.getByTestId('import-problem');
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toContainText('3');
    await expect(problems.first()).toContainText('a name is required');
    await expect(registers.rows).toHaveCount(0);

    const good = join(app.root, 'people.csv');
    await writeFile(
      good,
      'Name,Job title,E-mail\nPriya Shah,Head of Operations,priya@example.co.uk\nTom Okafor,IT Manager,tom@example.co.uk\n',
    );
    await registers.import(good);
    await expect(registers.rows).toHaveCount(2);
    await expect(registers.row('tom-okafor')).toContainText('IT Manager');
    await shell.screenshot('people-register');

    await registers.open('risks');
    await page.getByTestId('register-add').click();
    const owner = registers.panel.getByTestId('field-owner');
    await expect(owner.locator('option')).toContainText(['Priya Shah', 'Tom Okafor']);
    await registers.fill('title', 'Customer data copied to a personal laptop');
    await owner.selectOption('tom-okafor');
    await registers.fill('likelihood', '3');
    await registers.fill('impact', '4');
    await registers.panel.getByTestId('entry-create').click();
    await expect(registers.row('R-001')).toContainText('Tom Okafor');
    expect(app.consoleProblems).toEqual([]);
  });
});
