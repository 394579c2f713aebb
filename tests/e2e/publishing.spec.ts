import { readFile } from 'node:fs/promises';
import { readPdf } from '../support/read-pdf';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { EditorPage } from './pages/editor-page';

test.describe('publishing', () => {
  test('exports the open document as a PDF with its contents and page numbers', async ({
    page,
    app,
  }) => {
    const shell = new AppPage(page);
    const documents = new DocumentsPage(page);
    const editor = new EditorPage(page);
    await shell.start(app, 'demo', 'pdf-demo');
    await documents.open('Information Security Policy');
    const id = await editor.documentId();

    const exported = await editor.exportToPdf();
    expect(exported.name).toBe(`${id} Information Security Policy.pdf`);
    await expect(
      page.getByTestId('toast-success').filter({ hasText: exported.name }),
    ).toBeVisible();
    const pdf = await readPdf(new Uint8Array(await readFile(exported.path)));
    expect(pdf.info['Title']).toBe('Information Security Policy');
    const contents = pdf.pages.find((p) => p.includes('Contents')) ?? '';
    expect(contents).toMatch(/Purpose[ .]*\d+/);
    expect(pdf.outline.length).toBeGreaterThan(3);
    expect(app.consoleProblems).toEqual([]);
  });
});
