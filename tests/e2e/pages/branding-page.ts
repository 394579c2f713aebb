import { expect, type Locator, type Page } from '@playwright/test';

/** The Branding screen and the Import Word document action on the Documents screen. */
export class BrandingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-branding').click();
    await expect(this.page.getByTestId('brand-preview')).toBeVisible();
  }

  /** Types a colour as hex and leaves the field, which saves it. */
  async setColour(hex: string): Promise<void> {
    const field = this.page.getByTestId('brand-colour');
    await field.fill(`#${hex}`);
    await field.press('Enter');
    await expect(this.page.getByTestId('brand-colour-picker')).toHaveValue(`#${hex.toLowerCase()}`);
  }

  async chooseCover(layout: 'classic' | 'banner' | 'minimal'): Promise<void> {
    // The choice is shown once the workspace saved it.
    const radio = this.page.getByTestId(`cover-${layout}`);
    await radio.click();
    await expect(radio).toBeChecked();
  }

  previewHeading(): Locator {
    return this.page.getByTestId('brand-heading');
  }

  /** Uploads a file through the page's picker after clicking the given button. */
  async upload(button: string, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(button).click();
    await (await chooser).setFiles(path);
  }
}

/** The computed text colour of an element as rgb(r, g, b). */
export const colourOf = (locator: Locator): Promise<string> =>
  locator.evaluate((el) => getComputedStyle(el).color);

export const rgb = (hex: string): string => {
  const n = Number.parseInt(hex, 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};
