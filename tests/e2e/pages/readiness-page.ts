import { expect, type Download, type Page } from '@playwright/test';

/** The Readiness screen: score, per-area bars, next steps, findings and the Stage 1 pack. */
export class ReadinessPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-readiness').click();
    await expect(this.page.getByTestId('readiness-summary')).toBeVisible();
  }

  summary() {
    return this.page.getByTestId('readiness-summary');
  }

  areaBars() {
    return this.page.getByTestId('area-bars').locator('li');
  }

  nextSteps() {
    return this.page.getByTestId('next-steps').locator('li');
  }

  /** Starts the pack and waits until its progress bar shows. */
  async startPack(includeDrafts: boolean): Promise<void> {
    if (includeDrafts) await this.page.getByTestId('pack-include-drafts').check();
    await this.page.getByTestId('pack-build').click();
    await expect(this.page.getByTestId('pack-progress')).toBeVisible();
  }

  /** Builds the pack and returns the download the browser received. */
  async buildPack(includeDrafts: boolean): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.startPack(includeDrafts);
    return download;
  }

  async cancelPack(): Promise<void> {
    await this.page.getByTestId('pack-cancel').click();
  }

  result() {
    return this.page.getByTestId('pack-result');
  }
}
