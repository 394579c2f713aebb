import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi } from '../../backend/cli/call';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

type App = Parameters<Parameters<typeof test>[2]>[0]['app'];

/** A blank workspace with one policy, made through the API (quicker than the demo). */
const workspaceWithPolicy = async (app: App) => {
  const dir = join(app.root, 'acme');
  await callApi(app.dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
  const { id } = await callApi(app.dispatch, 'documents.create', {
    dir,
    templateId: 'information-security-policy',
  });
  return { dir, id, bodyFile: join(dir, 'documents', `${id}.md`) };
};

test.describe('the editor never locks a user out of a document', () => {
  test('a document with a Liquid syntax error opens with the error at its line and column, and export names it', async ({
    page,
    app,
  }) => {
    const { dir, id, bodyFile } = await workspaceWithPolicy(app);
    const body = '# Policy\n\nSee {% if organisation.website %}\n\nMore text.\n';
    await writeFile(bodyFile, body);
    const editor = new EditorPage(page);

    await page.goto(app.url(dir));
    await page.getByTestId(`open-${id}`).click();
    await expect(editor.content).toContainText('More text.');
    // CodeMirror's lint: the tag underlined in line 3 and a marker in the gutter.
    await expect(editor.syntaxMark).toHaveText('{% if organisation.website %}');
    await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);
    await expect(page.getByTestId('preview-error')).toContainText(
      'Syntax error at line 3, column 5',
    );
    await expect(page.getByTestId('preview-error')).toContainText('not closed');

    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('toast-error')).toContainText(
      `${id} cannot be exported until its syntax error is fixed: Syntax error at line 3, column 5`,
    );
    await expect(page.getByTestId('dialog')).toHaveCount(0);

    // Fixing the text clears the mark and the message.
    await editor.appendText('{% endif %}\n');
    await expect(editor.syntaxMark).toHaveCount(0);
    await expect(page.getByTestId('preview-error')).toHaveCount(0);
    await editor.expectSaved();
    expect(await readFile(bodyFile, 'utf8')).toBe(`${body}{% endif %}\n`);
    expect(app.consoleProblems).toEqual([]);
  });

  test('typing a tag and an output in full leaves one closing delimiter each', async ({
    page,
    app,
  }) => {
    const { dir, id, bodyFile } = await workspaceWithPolicy(app);
    await writeFile(bodyFile, '# Policy\n');
    const editor = new EditorPage(page);
    await page.goto(app.url(dir));
    await page.getByTestId(`open-${id}`).click();

    await editor.appendText('\n{% if organisation.website');
    await editor.expectSaved();
    // The editor closed the tag as it was opened; the open `if` is a syntax error, shown.
    expect(await readFile(bodyFile, 'utf8')).toBe('# Policy\n\n{% if organisation.website%}');
    await expect(editor.syntaxMark).toHaveCount(1);

    await page.keyboard.type(' %}Visit {{ organisation.website }}.{% endif %}');
    await editor.expectSaved();
    expect(await readFile(bodyFile, 'utf8')).toBe(
      '# Policy\n\n{% if organisation.website %}Visit {{ organisation.website }}.{% endif %}',
    );
    await expect(editor.syntaxMark).toHaveCount(0);
  });

  test('opening a document with Enter puts the cursor in its text, and the editor passes axe', async ({
    page,
    app,
  }) => {
    const { dir, id } = await workspaceWithPolicy(app);
    const editor = new EditorPage(page);
    await page.goto(app.url(dir));
    await page.getByTestId(`open-${id}`).focus();
    await page.keyboard.press('Enter');
    await expect(editor.content).toBeFocused();
    await page.keyboard.type('Typed first. ');
    await expect(editor.content).toContainText('Typed first. ');

    await expect(editor.preview).toBeVisible();
    const serious = (await new AxeBuilder({ page }).include('.editor-page').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    expect(serious).toEqual([]);
  });

  test('a folder that does not exist is reported once, without "Could not open" twice', async ({
    page,
    app,
  }) => {
    const missing = join(app.root, 'no-such-folder');
    await page.goto(app.url(missing));
    const banner = page.getByRole('alert');
    await expect(banner).toHaveText(`Could not open ${missing}: it does not exist`);
  });
});
