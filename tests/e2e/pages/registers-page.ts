import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** A register screen: the table, its toolbar and the entry form beside it. */
export class RegistersPage {
  readonly rows: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('register-row');
    this.panel = page.getByTestId('entry-panel');
  }

  /** A new workspace made from the welcome screen, opened at the register `name`. */
  static async start(
    page: Page,
    app: Parameters<AppPage['start']>[0],
    from: 'demo' | 'blank',
    name: string,
  ): Promise<{ shell: AppPage; registers: RegistersPage }> {
    const shell = new AppPage(page);
    await shell.start(app, from);
    const registers = new RegistersPage(page);
    await registers.open(name);
    return { shell, registers };
  }

  async open(name: string): Promise<void> {
    const link = this.page.getByTestId(`nav-register-${name}`);
    if (!(await link.isVisible())) await this.page.getByTestId('nav-registers').click();
    await link.click();
    await expect(this.page.getByTestId(`register-${name}`)).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="register-row"][data-entry-id="${id}"]`);
  }

  /** Fills a form field by its key: selects pick a value, everything else is typed. */
  async fill(key: string, value: string): Promise<void> {
    const field = this.panel.getByTestId(`field-${key}`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }

  /** Adds an entry through the form; returns the id the app gave it. */
  async add(values: Readonly<Record<string, string>>): Promise<string> {
    await this.page.getByTestId('register-add').click();
    for (const [key, value] of Object.entries(values)) await this.fill(key, value);
    await this.panel.getByTestId('entry-create').click();
    await expect(this.panel.getByTestId('entry-save-state')).toBeVisible();
    const heading = await this.panel.getByRole('heading').innerText();
    return heading.split(' ')[0]!;
  }

  async expectSaved(): Promise<void> {
    await expect(this.panel.getByTestId('entry-save-state')).toHaveAttribute(
      'data-state',
      'saved',
      {
        timeout: 15_000,
      },
    );
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('register-search').fill(text);
  }

  /** Exports the register and returns the downloaded file. */
  async export(format: 'csv' | 'xlsx'): Promise<{ path: string; name: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`register-export-${format}`).click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename() };
  }

  /** Imports a file through the page's file picker (the browser mode's upload). */
  async import(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('register-import').click();
    await (await chooser).setFiles(path);
  }

  heatCell(axis: 'inherent' | 'residual', likelihood: number, impact: number): Locator {
    return this.page.getByTestId(`heat-${axis}-${likelihood}-${impact}`);
  }
}
