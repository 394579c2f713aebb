import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_APP_SETTINGS,
  MAX_RECENT_WORKSPACES,
  createAppSettingsStore,
  forgetWorkspace,
  rememberWorkspace,
} from '../../backend/app-settings';
import { makeTempDir } from './workspace-fixture';

describe('app-settings', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('settings'));
  });
  afterEach(() => cleanup());

  it('starts from defaults when there is no settings file yet', async () => {
    const { settings, error } = await createAppSettingsStore(join(dir, 'config')).load();
    expect(error).toBeNull();
    expect(settings).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('saves and loads recent workspaces, window bounds and theme', async () => {
    const store = createAppSettingsStore(join(dir, 'config'));
    await store.update((s) => ({
      ...rememberWorkspace(s, join(dir, 'acme')),
      theme: 'dark',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
    }));
    const { settings, error } = await createAppSettingsStore(join(dir, 'config')).load();
    expect(error).toBeNull();
    expect(settings.theme).toBe('dark');
    expect(settings.windowBounds).toMatchObject({ width: 1200, height: 800 });
    expect(settings.recentWorkspaces).toEqual([resolve(dir, 'acme')]);
    expect(settings.lastWorkspace).toBe(resolve(dir, 'acme'));
  });

  it('keeps every change when updates overlap', async () => {
    const store = createAppSettingsStore(join(dir, 'config'));
    await Promise.all([
      store.update((s) => rememberWorkspace(s, join(dir, 'acme'))),
      store.update((s) => ({ ...s, theme: 'dark' })),
      store.update((s) => rememberWorkspace(s, join(dir, 'globex'))),
    ]);
    const { settings } = await createAppSettingsStore(join(dir, 'config')).load();
    expect(settings.theme).toBe('dark');
    expect(settings.recentWorkspaces).toEqual([resolve(dir, 'globex'), resolve(dir, 'acme')]);
  });

  it('keeps recent workspaces unique, most recent first, at most ten', () => {
    let settings = DEFAULT_APP_SETTINGS;
    for (let i = 1; i <= 12; i += 1) settings = rememberWorkspace(settings, join(dir, `ws${i}`));
    settings = rememberWorkspace(settings, join(dir, 'ws5'));
    expect(settings.recentWorkspaces).toHaveLength(MAX_RECENT_WORKSPACES);
    expect(settings.recentWorkspaces.slice(0, 3)).toEqual(
      ['ws5', 'ws12', 'ws11'].map((name) => resolve(dir, name)),
    );
    expect(new Set(settings.recentWorkspaces).size).toBe(settings.recentWorkspaces.length);
    const forgotten = forgetWorkspace(settings, join(dir, 'ws5'));
    expect(forgotten.recentWorkspaces).not.toContain(resolve(dir, 'ws5'));
    expect(forgotten.lastWorkspace).toBeNull();
  });

  it('reports a corrupt settings file, uses defaults and leaves the file alone', async () => {
    const store = createAppSettingsStore(dir);
    const corrupt = '{ "theme": "dark", ';
    await writeFile(store.file, corrupt);
    const { settings, error } = await store.load();
    expect(settings).toEqual(DEFAULT_APP_SETTINGS);
    expect(error?.message).toContain(store.file);
    expect(await readFile(store.file, 'utf8')).toBe(corrupt);
  });

  it('keeps a copy of a corrupt file before saving new settings over it', async () => {
    const store = createAppSettingsStore(dir);
    await writeFile(store.file, 'garbage');
    await store.load();
    await store.update((s) => ({ ...s, theme: 'light' }));
    expect(await readFile(`${store.file}.corrupt`, 'utf8')).toBe('garbage');
    expect((await createAppSettingsStore(dir).load()).settings.theme).toBe('light');
  });

  it('keeps the valid fields of a file with one bad value and names the bad one', async () => {
    const store = createAppSettingsStore(dir);
    const recent = [resolve(dir, 'a'), resolve(dir, 'b')];
    await writeFile(store.file, JSON.stringify({ theme: 'purple', recentWorkspaces: recent }));
    const { settings, error } = await store.load();
    expect(settings.theme).toBe('system');
    expect(settings.recentWorkspaces).toEqual(recent);
    expect(error?.details['issues']).toEqual([expect.objectContaining({ path: 'theme' })]);
  });
});
