import { readFile } from 'node:fs/promises';
import { paragraphsWithStyles, readDocxParts } from '../support/docx-parts';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/accessibility';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';
import { RegistersPage } from './pages/registers-page';

/** The text of every table row of a Word file, cells joined by " | ". */
const tableRows = (documentXml: string) =>
  [...documentXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map(([cell]) =>
        paragraphsWithStyles(cell)
          .map((p) => p.text)
          .join(' '),
      )
      .join(' | '),
  );

/** axe-core violations a user would feel: serious or critical. */

const exportDocument = async (page: AppPage['page'], title: string) => {
  const shell = new AppPage(page);
  await shell.goTo('documents');
  await new DocumentsPage(page).open(title);
  const exported = await new EditorPage(page).exportToWord();
  const parts = readDocxParts(new Uint8Array(await readFile(exported.path)));
  return parts['word/document.xml'] ?? '';
};

test.describe('registers', () => {
  test('a risk added in the app shows in the heat map, filters the table and reaches the Risk Treatment Plan', async ({
    page,
    app,
  }) => {
    const { shell, registers } = await RegistersPage.start(page, app, 'demo', 'risks');
    const before = Number(await registers.heatCell('inherent', 5, 4).getAttribute('data-count'));

    await page.getByTestId('register-add').click();
    await registers.panel.getByTestId('entry-create').click();
    await expect(registers.panel.getByTestId('entry-errors')).toContainText('Risk: Required.');

    await registers.fill('title', 'Supplier API keys leaked in a public repository');
    await registers.fill('likelihood', '5');
    await registers.fill('impact', '4');
    await registers.fill('controls', '8.4, 5.19');
    await registers.panel.getByTestId('entry-create').click();
    await expect(registers.panel.getByTestId('entry-save-state')).toBeVisible();
    const id = (await registers.panel.getByRole('heading').innerText()).split(' ')[0]!;
    expect(id).toMatch(/^R-\d{3,}$/);
    await expect(registers.panel.getByTestId('computed-inherentScore')).toHaveText('20');
    await expect(registers.panel.getByTestId('computed-inherentLevel')).toHaveText('High');
    await expect(registers.heatCell('inherent', 5, 4)).toHaveAttribute(
      'data-count',
      String(before + 1),
    );

    await registers.fill('threat', 'Leaked credentials found by automated scanners');
    await registers.expectSaved();
    // Dates are typed and shown as YYYY-MM-DD, whatever the browser's locale; a half-typed one
    // is named as wrong and not saved.
    const assessed = registers.panel.getByTestId('field-assessedOn');
    await expect(assessed).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await assessed.fill('2026-11');
    await expect(
      registers.panel.getByText('Assessed on: enter a date as YYYY-MM-DD'),
    ).toBeVisible();
    await expect(registers.panel.getByTestId('entry-save-state')).not.toHaveAttribute(
      'data-state',
      'saved',
    );
    await assessed.fill('2026-11-20');
    await registers.expectSaved();
    await page.getByTestId('entry-close').click();
    await registers.search(id);
    await registers.row(id).click();
    await expect(registers.panel.getByTestId('field-assessedOn')).toHaveValue('2026-11-20');
    await registers.search('');
    await shell.screenshot('risk-register');

    await registers.heatCell('inherent', 5, 4).click();
    await expect(page.getByTestId('external-filter')).toContainText('likelihood 5, impact 4');
    await expect(registers.rows).toHaveCount(before + 1);
    await expect(registers.row(id)).toBeVisible();
    await registers.heatCell('inherent', 5, 4).click();
    await expect(page.getByTestId('external-filter')).toHaveCount(0);

    const documentXml = await exportDocument(page, 'Risk Treatment Plan');
    const row = tableRows(documentXml).find((r) => r.includes(id));
    expect(row).toContain('Supplier API keys leaked in a public repository');
    expect(row).toContain('20 (High)');
    expect(row).toContain('8.4');
    expect(app.consoleProblems).toEqual([]);
  });

  test('an SoA decision made in the app reaches the exported Statement of Applicability', async ({
    page,
    app,
  }) => {
    const { shell } = await RegistersPage.start(page, app, 'demo', 'soa');
    await expect(page.getByTestId('soa-row-5.1')).toBeVisible();
    await expect(page.getByTestId('soa-counter-undecided')).toContainText('0');

    await page.getByTestId('soa-open-7.4').click();
    const justification =
      'The landlord monitors the shared building; no premises of our own need monitoring.';
    await page.getByTestId('soa-justification-7.4').fill(justification);
    await page.getByTestId('soa-justification-7.4').blur();
    await expect(page.getByTestId('soa-save-state')).toHaveAttribute('data-state', 'saved');
    await page.getByTestId('soa-decision-7.4').selectOption('no');
    await expect(page.getByTestId('soa-save-state')).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('soa-row-7.4')).toContainText('Excluded');
    await shell.screenshot('statement-of-applicability');

    const documentXml = await exportDocument(page, 'Statement of Applicability');
    const rows = tableRows(documentXml).filter((r) =>
      r.includes('7.4 Physical security monitoring'),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.includes('Excluded') && r.includes(justification))).toBe(true);
    expect(app.consoleProblems).toEqual([]);
  });
});

test.describe('register screens', () => {
  test('are keyboard operable, pass an accessibility scan, guard referenced entries and export CSV', async ({
    page,
    app,
  }) => {
    // Four accessibility scans of large pages take a while on a busy machine.
    test.setTimeout(240_000);
    const shell = new AppPage(page);
    const registers = new RegistersPage(page);
    await shell.start(app, 'demo');
    for (const name of ['risks', 'soa', 'assets']) {
      await registers.open(name);
      expect(await seriousViolations(page), name).toEqual([]);
    }

    await registers.open('assets');
    await registers.row('A-001').getByTestId('open-A-001').focus();
    await page.keyboard.press('ArrowDown');
    await expect(registers.row('A-002').getByTestId('open-A-002')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(registers.panel.getByRole('heading')).toContainText('A-002');
    expect(await seriousViolations(page), 'asset form').toEqual([]);
    await page.keyboard.press('ArrowUp');

    await registers.row('A-001').getByTestId('delete-A-001').click();
    await page.getByTestId('dialog-confirm').click();
    await expect(page.getByTestId('dialog')).toContainText('still referred to');
    await expect(page.getByTestId('dialog-items')).toContainText('Risk register R-');
    await shell.screenshot('register-delete-references');
    await page.getByTestId('dialog-cancel').click();
    await expect(registers.row('A-001')).toBeVisible();

    const exported = await registers.export('csv');
    expect(exported.name).toMatch(/assets.*\.csv$/);
    expect(await readFile(exported.path, 'utf8')).toContain('A-001');
    expect(app.consoleProblems).toEqual([]);
  });
});
