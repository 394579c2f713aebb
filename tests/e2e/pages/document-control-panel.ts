import { expect, type Locator, type Page } from '@playwright/test';

/** The editor's document-control parts: lifecycle actions, approval, history and comparison. */
export class DocumentControlPanel {
  readonly state: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.state = page.getByTestId('editor-title').locator('..').getByTestId('control-state');
    this.compare = page.getByTestId('compare-view');
  }

  async openTab(tab: 'details' | 'history' | 'fields'): Promise<void> {
    await this.page.getByTestId(`side-tab-${tab}`).click();
  }

  async submitForReview(): Promise<void> {
    await this.openTab('details');
    await this.page.getByTestId('submit-for-review').click();
    await expect(this.state).toHaveAttribute('data-state', 'review');
  }

  /** Approves with the approver the dialog proposes (never the author) and a reason. */
  async approve(reason: string): Promise<void> {
    await this.openTab('details');
    await this.page.getByTestId('approve-button').click();
    const dialog = this.page.getByTestId('approve-dialog');
    await expect(dialog.getByTestId('approve-approver')).not.toHaveValue('');
    await dialog.getByTestId('approve-reason').fill(reason);
    await dialog.getByTestId('approve-confirm').click();
    await expect(dialog).toBeHidden();
  }

  async openComparison(): Promise<void> {
    await this.openTab('history');
    await this.page.getByTestId('compare-versions').click();
    await expect(this.compare).toBeVisible();
  }

  /** Clicks "Download redline" and returns the downloaded file's path. */
  async downloadRedline(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.compare.getByTestId('download-redline').click();
    return (await download).path();
  }
}
