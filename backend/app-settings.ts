import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors';
import { describeZodIssues } from '../core/model/issues';
import { errorCode, nodeAtomicFs, writeFileAtomic, type AtomicFs } from './store/atomic-write';
import { toIoError } from './store/io-error';
import { createWriteQueue } from './store/write-queue';

export const APP_SETTINGS_FILE = 'settings.json';
export const MAX_RECENT_WORKSPACES = 10;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});

// Every field falls back on its own, so one bad value does not cost the user the rest.
const settingsSchema = z.object({
  recentWorkspaces: z
    .array(z.unknown())
    .catch([])
    .transform((list) =>
      list
        .filter((entry): entry is string => typeof entry === 'string' && entry !== '')
        .slice(0, MAX_RECENT_WORKSPACES),
    ),
  lastWorkspace: z.string().min(1).nullable().catch(null),
  windowBounds: boundsSchema.nullable().catch(null),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
});

export type WindowBounds = z.infer<typeof boundsSchema>;
export type AppSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_APP_SETTINGS: AppSettings = {
  recentWorkspaces: [],
  lastWorkspace: null,
  windowBounds: null,
  theme: 'system',
};

/** Settings as loaded, plus the problem with the file if there was one (defaults fill in). */
export type AppSettingsLoad = { readonly settings: AppSettings; readonly error: AppError | null };

/** The app's own settings in `<configDir>/settings.json`; never the workspace's data. */
export type AppSettingsStore = {
  readonly file: string;
  /** Never throws for a bad file: returns defaults and the error, and leaves the file as it is. */
  readonly load: () => Promise<AppSettingsLoad>;
  /** Writes atomically; a file that is not JSON is first kept as settings.json.corrupt. */
  readonly save: (settings: AppSettings) => Promise<void>;
  /** Applies `change` to the current settings (loading them first if needed) and saves. */
  readonly update: (change: (current: AppSettings) => AppSettings) => Promise<AppSettings>;
};

export const createAppSettingsStore = (
  configDir: string,
  options: { readonly fs?: AtomicFs } = {},
): AppSettingsStore => {
  const fs = options.fs ?? nodeAtomicFs;
  const file = join(resolve(configDir), APP_SETTINGS_FILE);
  const queue = createWriteQueue();
  let current: AppSettings | null = null;

  const load = async (): Promise<AppSettingsLoad> => {
    const result = await loadSettings(file);
    current = result.settings;
    return result;
  };
  const write = async (settings: AppSettings) => {
    const valid = settingsSchema.parse(settings);
    await saveSettings(file, valid, fs);
    current = valid;
    return valid;
  };
  const save = async (settings: AppSettings) => {
    await queue.run(() => write(settings));
  };
  // The change runs inside the queue, so two overlapping updates (the window closing while a
  // workspace is remembered) both land.
  const update = (change: (value: AppSettings) => AppSettings) =>
    queue.run(async () => write(change(current ?? (await load()).settings)));
  return { file, load, save, update };
};

/** Puts `root` first in the recent list (once, at most ten) and makes it the last workspace. */
export const rememberWorkspace = (settings: AppSettings, root: string): AppSettings => {
  const path = resolve(root);
  const others = settings.recentWorkspaces.filter((entry) => entry !== path);
  return {
    ...settings,
    recentWorkspaces: [path, ...others].slice(0, MAX_RECENT_WORKSPACES),
    lastWorkspace: path,
  };
};

/** Drops `root` from the recent list (a folder that was moved or deleted). */
export const forgetWorkspace = (settings: AppSettings, root: string): AppSettings => {
  const path = resolve(root);
  return {
    ...settings,
    recentWorkspaces: settings.recentWorkspaces.filter((entry) => entry !== path),
    lastWorkspace: settings.lastWorkspace === path ? null : settings.lastWorkspace,
  };
};

const loadSettings = async (file: string): Promise<AppSettingsLoad> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { settings: DEFAULT_APP_SETTINGS, error: null };
    return { settings: DEFAULT_APP_SETTINGS, error: toIoError(error, 'read', file) };
  }
  const raw = parseJson(text);
  if (!raw.ok) {
    const error = new AppError(
      'invalid-input',
      `${file}: not valid JSON (${raw.reason}); defaults are used`,
      { file },
    );
    return { settings: DEFAULT_APP_SETTINGS, error };
  }
  return readFields(raw.value, file);
};

const readFields = (value: unknown, file: string): AppSettingsLoad => {
  const strict = strictSchema.safeParse(value);
  if (strict.success) return { settings: settingsSchema.parse(strict.data), error: null };
  const issues = describeZodIssues(strict.error);
  const fields = issues.map((issue) => issue.path).join(', ');
  const error = new AppError(
    'invalid-input',
    `${file}: ${fields}: invalid; defaults are used there`,
    {
      file,
      issues,
    },
  );
  const tolerant = settingsSchema.safeParse(value);
  return { settings: tolerant.success ? tolerant.data : DEFAULT_APP_SETTINGS, error };
};

// Same shape without the fallbacks, to tell the user which values were replaced.
const strictSchema = z.object({
  recentWorkspaces: z
    .array(z.string().min(1))
    .max(MAX_RECENT_WORKSPACES)
    .default(() => []),
  lastWorkspace: z.string().min(1).nullable().default(null),
  windowBounds: boundsSchema.nullable().default(null),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
});

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; reason: string } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
};

const saveSettings = async (file: string, settings: AppSettings, fs: AtomicFs) => {
  try {
    await mkdir(dirname(file), { recursive: true });
    const existing = await readFile(file, 'utf8').catch(() => null);
    if (existing !== null && !parseJson(existing).ok) {
      await writeFileAtomic(`${file}.corrupt`, existing, { fs });
    }
    await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`, { fs });
  } catch (error) {
    throw toIoError(error, 'save', file);
  }
};
