import { expect, type Page } from '@playwright/test';

/** The organisation profile forms, which autosave. */
export class OrganisationPage {
  constructor(readonly page: Page) {}

  async setName(name: string): Promise<void> {
    await this.page.getByTestId('org-tab-profile').click();
    await this.page.getByTestId('org-name').fill(name);
    await expect(this.page.getByTestId('profile-save-state')).toHaveAttribute(
      'data-state',
      'saved',
      {
        timeout: 15_000,
      },
    );
  }
}
