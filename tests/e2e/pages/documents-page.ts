import { expect, type Locator, type Page } from '@playwright/test';

/** The documents list of a workspace. */
export class DocumentsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('documents-table');
  }

  row(title: string): Locator {
    return this.page.getByTestId('document-row').filter({ hasText: title });
  }

  async open(title: string): Promise<void> {
    await this.row(title).first().click();
    await expect(this.page.getByTestId('editor')).toBeVisible();
  }
}
