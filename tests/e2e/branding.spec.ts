import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  ImageRun,
} from 'docx';
import { sampleLogo } from '../../core/docx/fixtures/sample-policy';
import { readDocxParts } from '../support/docx-parts';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BrandingPage, colourOf, rgb } from './pages/branding-page';
import { EditorPage } from './pages/editor-page';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** A customer's own Word policy: headings, a nested list, a table and a picture. */
const customerPolicy = async (path: string) => {
  const logo = sampleLogo(60, 20);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Remote Working Rules', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Purpose', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Staff may work from home when the rules below are followed.'),
          new Paragraph({ text: 'Devices', bullet: { level: 0 } }),
          new Paragraph({ text: 'Company laptops only', bullet: { level: 1 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Place'), cell('Allowed')] }),
              new TableRow({ children: [cell('Home'), cell('Yes')] }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: logo.data,
                transformation: { width: 60, height: 20 },
              }),
            ],
          }),
        ],
      },
    ],
  });
  await writeFile(path, await Packer.toBuffer(doc));
};

test.describe('branding and Word import', () => {
  test('imports a Word file, then a new brand colour shows in the preview and the Word export', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const branding = new BrandingPage(page);
    const editor = new EditorPage(page);
    await shell.start(app, 'blank', 'brand-blank');

    // Import in the browser mode: an upload, then the report of what was left out.
    const file = join(app.root, 'remote-working.docx');
    await customerPolicy(file);
    await branding.upload('import-docx', file);
    const dialog = page.getByTestId('dialog');
    await expect(dialog).toContainText('Imported remote-working.docx as ISMS-POL-001');
    await expect(dialog.getByTestId('dialog-items')).toContainText('Images (1)');
    await expect(dialog.getByTestId('dialog-items')).toContainText('1 table(s)');
    await dialog.getByTestId('dialog-cancel').click();
    await expect(page.getByText('Remote Working Rules')).toBeVisible();

    // Branding: the screen's own preview follows the colour and the cover layout.
    await branding.open();
    await branding.setColour('0B6E4F');
    await expect.poll(() => colourOf(branding.previewHeading())).toBe(rgb('0B6E4F'));
    await branding.chooseCover('banner');
    await expect(page.getByTestId('brand-cover')).toHaveClass(/cover-banner/);
    await shell.screenshot('branding');

    // A logo that is not an image is refused where it is chosen; nothing changes.
    const notImage = join(app.root, 'logo.png');
    await writeFile(notImage, 'not an image');
    await branding.upload('choose-logo', notImage);
    await expect(page.getByTestId('toast-error')).toContainText(
      'logo.png is not a PNG or JPEG image',
    );
    await expect(page.getByTestId('logo-path')).toContainText('No logo');

    // The editor's preview and the exported Word file use the same colour.
    await page.getByTestId('nav-documents').click();
    await page.getByText('Remote Working Rules').first().click();
    await expect(page.getByTestId('editor')).toBeVisible();
    const heading = page.getByTestId('preview-content').locator('h1').first();
    await expect(heading).toHaveText('Purpose');
    await expect.poll(() => colourOf(heading)).toBe(rgb('0B6E4F'));
    const exported = await editor.exportToWord();
    const parts = readDocxParts(new Uint8Array(await readFile(exported.path)));
    expect(parts['word/styles.xml']).toMatch(
      /w:styleId="Heading1"[\s\S]*?<w:color w:val="0B6E4F"\/>/,
    );
    expect(parts['word/document.xml']).toContain('w:fill="0B6E4F"');
    expect(parts['word/document.xml']).toContain('Company laptops only');
    expect(app.consoleProblems).toEqual([]);
  });
});
