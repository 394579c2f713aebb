import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElectron } from '../../scripts/build-electron';
import { ensureRendererBuilt } from '../../scripts/build-renderer';
import { findElectronBinary } from '../../scripts/electron-binary';

// The desktop shell, driven for real. It runs wherever the Electron binary is installed (a
// developer's machine after `npm start` fetched it); where the binary cannot be downloaded, the
// suite is skipped with the reason, and the same renderer and backend are covered by the
// browser-mode specs.
const binary = findElectronBinary();
if (binary.path === null) {
  console.log(`Electron end-to-end specs skipped: ${binary.reason} on this machine.`);
}
const MAIN = join(import.meta.dirname, '..', '..', 'out', 'electron', 'main.cjs');

test.describe('Electron desktop app', () => {
  test.skip(
    binary.path === null,
    `Electron end-to-end skipped: ${binary.path === null ? binary.reason : ''}. ` +
      'Run `npm start` once on a machine that can download Electron to install it.',
  );

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(async () => {
    ensureRendererBuilt();
    await buildElectron();
    userData = await mkdtemp(join(tmpdir(), 'isms-electron-'));
    app = await electron.launch({
      executablePath: binary.path ?? undefined,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN],
      env: { ...process.env, ISMS_USER_DATA_DIR: userData },
    });
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('opens the demo workspace in an isolated, sandboxed window', async () => {
    const page = await app.firstWindow();
    await expect(page.getByTestId('workspace-name')).toContainText('Brightwater Analytics');
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences: () => Record<string, unknown> | null;
      };
      return contents.getLastWebPreferences();
    });
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
  });

  test('answers the API contract over IPC, validating input', async () => {
    const page = await app.firstWindow();
    type Bridge = {
      invoke: (
        m: string,
        i: unknown,
      ) => Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
    };
    const listed = await page.evaluate(() =>
      (globalThis as unknown as { ismsBridge: Bridge }).ismsBridge.invoke('templates.list', {}),
    );
    expect(listed.ok).toBe(true);
    expect((listed.data as unknown[]).length).toBeGreaterThanOrEqual(46);
    const invalid = await page.evaluate(() =>
      (globalThis as unknown as { ismsBridge: Bridge }).ismsBridge.invoke('documents.get', {
        dir: '',
        id: '',
      }),
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await page.evaluate(() =>
      (globalThis as unknown as { ismsBridge: Bridge }).ismsBridge.invoke('fs.readFile', {
        path: '/etc/passwd',
      }),
    );
    expect(unknown.ok).toBe(false);
  });

  test('refuses to navigate away from the app or open new windows', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
  });
});
