import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { README_SCREENSHOT_DIR, SCREENSHOT_DIR } from '../fixtures';

/** The app shell: welcome screen, sidebar navigation and screenshots. */
export class AppPage {
  constructor(readonly page: Page) {}

  async createWorkspace(from: 'demo' | 'blank', folder: string): Promise<void> {
    await this.page.getByTestId(from === 'demo' ? 'welcome-new-demo' : 'welcome-new-blank').click();
    const dialog = this.page.getByTestId('dialog');
    await dialog.getByTestId('dialog-input').fill(folder);
    // Making the demo writes every approved version: seconds, or a minute and more on a machine
    // under heavy load. The test gets that time on top of its own, and stops at once if the app
    // reports a failure instead of waiting out the limit.
    const allowed = from === 'demo' ? 180_000 : 60_000;
    test.info().setTimeout(test.info().timeout + allowed);
    await dialog.getByTestId('dialog-confirm').click();
    const opened = this.page.getByTestId('workspace-name');
    const failed = this.page.getByTestId('toast-error');
    await expect(opened.or(failed).first()).toBeVisible({ timeout: allowed });
    await expect(failed, 'the app reported a failure while making the workspace').toHaveCount(0);
    await expect(opened).toBeVisible();
  }

  /**
   * Opens the app and makes a new workspace from the welcome screen, in the folder `folder` of
   * the test's root (by default named after `from`); returns the workspace's path.
   */
  async start(
    app: { readonly url: () => string; readonly root: string },
    from: 'demo' | 'blank',
    folder: string = from,
  ): Promise<string> {
    const dir = join(app.root, folder);
    await this.page.goto(app.url());
    await this.createWorkspace(from, dir);
    return dir;
  }

  async goTo(section: 'documents' | 'templates' | 'organisation' | 'settings'): Promise<void> {
    await this.page.getByTestId(`nav-${section}`).click();
    await expect(this.page.getByTestId(`screen-${section}`)).toBeVisible();
  }

  /** Saves a PNG of what the user sees now, for the README and for review. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    // `UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes the pictures in the README.
    if (process.env['UPDATE_SCREENSHOTS']) {
      await this.page.screenshot({ path: join(README_SCREENSHOT_DIR, `${name}.png`) });
    }
  }
}
