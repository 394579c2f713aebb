import { expect, type Locator, type Page } from '@playwright/test';

/** The document editor: CodeMirror on the left, the live preview on the right. */
export class EditorPage {
  readonly content: Locator;
  readonly preview: Locator;
  readonly saveState: Locator;
  /** The span CodeMirror's lint underlines as a Liquid syntax error. */
  readonly syntaxMark: Locator;

  constructor(readonly page: Page) {
    this.content = page.getByTestId('editor').locator('.cm-content');
    this.preview = page.getByTestId('preview-content');
    this.saveState = page.getByTestId('save-state');
    this.syntaxMark = page.getByTestId('editor').locator('.cm-lintRange-error');
  }

  async documentId(): Promise<string> {
    return (await this.page.getByTestId('editor-document-id').innerText()).trim();
  }

  /** Types at the end of the body, as a person would. */
  async appendText(text: string): Promise<void> {
    await this.content.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  }

  /** Clicks Export and returns the downloaded file's path and suggested name. */
  async exportToWord(): Promise<{ path: string; name: string }> {
    return this.exportWith('export-button');
  }

  /** Clicks Export PDF and returns the downloaded file's path and suggested name. */
  async exportToPdf(): Promise<{ path: string; name: string }> {
    return this.exportWith('export-pdf-button');
  }

  private async exportWith(button: string): Promise<{ path: string; name: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(button).click();
    const confirm = this.page.getByTestId('dialog-confirm');
    // The export asks for confirmation only when fields are unfilled, and on a busy machine the
    // check before it can take several seconds: wait for whichever comes, not for a fixed time.
    const file = await Promise.race([
      download,
      confirm.waitFor({ timeout: 60_000 }).then(
        async () => {
          await confirm.click();
          return download;
        },
        () => download,
      ),
    ]);
    const path = await file.path();
    return { path, name: file.suggestedFilename() };
  }
}
