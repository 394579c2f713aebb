import { expect, type Locator, type Page } from '@playwright/test';

/** The organisation profile forms, which autosave. */
export class OrganisationPage {
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByTestId('profile-save-state');
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The error shown under a field. */
  errorOf(testId: string): Locator {
    return this.page
      .locator('.form-field', { has: this.page.getByTestId(testId) })
      .locator('.field-error');
  }

  /** Accepts the browser's "leave site?" prompt when it comes; resolves with its type. */
  async acceptNextLeaveWarning(): Promise<string> {
    const dialog = await this.page.waitForEvent('dialog');
    const type = dialog.type();
    await dialog.accept();
    return type;
  }

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

/** Organisation > Policy decisions: proposed values top management confirms. */
export class PolicyDecisionsTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-organisation').click();
    await this.page.getByTestId('org-tab-decisions').click();
    await expect(this.page.getByTestId('policy-decisions')).toBeVisible();
  }

  state(key: string) {
    return this.page.getByTestId(`decision-state-${key}`);
  }

  async setValue(key: string, value: string): Promise<void> {
    await this.page.getByTestId(`param-${key}`).fill(value);
  }

  async confirm(key: string): Promise<void> {
    await this.page.getByTestId(`decision-confirm-${key}`).click();
  }
}

/** Organisation > People and roles: role holders, roles not applicable, other roles. */
export class RolesTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-organisation').click();
    await this.page.getByTestId('org-tab-people').click();
  }

  async markNotApplicable(role: string, reason: string): Promise<void> {
    await this.page.getByTestId(`role-${role}`).selectOption({ label: 'Not applicable' });
    await this.page.getByTestId(`role-${role}-reason`).fill(reason);
  }

  async addCustomRole(title: string, holderName: string): Promise<void> {
    const list = this.page.getByTestId('custom-roles');
    await this.page.getByTestId('custom-roles-add').click();
    const index =
      (await list.locator('[data-testid^="custom-role-"][data-testid$="-title"]').count()) - 1;
    await this.page.getByTestId(`custom-role-${index}-title`).fill(title);
    await this.page.getByTestId(`custom-role-${index}-holder`).selectOption({ label: holderName });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('profile-save-state')).toHaveAttribute(
      'data-state',
      'saved',
      { timeout: 15_000 },
    );
  }
}
