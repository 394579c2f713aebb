import { expect, type Locator, type Page } from '@playwright/test';

/** The management review screen: the list of reviews and the one open beside it. */
export class ManagementReviewScreen {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('mr-editor');
  }

  async open(): Promise<void> {
    const link = this.page.getByTestId('nav-register-management-reviews');
    if (!(await link.isVisible())) await this.page.getByTestId('nav-registers').click();
    await link.click();
    await expect(this.page.getByTestId('management-review')).toBeVisible();
  }

  /** Records a review for a meeting date; returns the id the app gave it. */
  async record(date: string): Promise<string> {
    await this.page.getByTestId('mr-new').click();
    await this.page.getByTestId('mr-new-date').fill(date);
    await expect(this.page.getByTestId('mr-new-preview')).toBeVisible();
    await this.page.getByTestId('mr-create').click();
    await expect(this.editor).toHaveAttribute('data-review-date', date);
    return (await this.editor.getAttribute('data-review-id')) ?? '';
  }

  /** The frozen value of a figure of input a) to g). */
  figure(input: string, label: string): Locator {
    return this.editor
      .getByTestId(`mr-figures-${input}`)
      .getByRole('row')
      .filter({ hasText: label })
      .getByTestId('mr-figure-value');
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('mr-save-state')).toHaveAttribute('data-state', 'saved');
  }
}
