import { homedir } from 'node:os';
import { nativeBase64 } from './native-base64';
import { nativeSha256 } from './native-sha256';
import { persistentCheckedRecords } from './render/checked-records';
import { basename, join } from 'node:path';
import { createDispatcher, type Dispatch } from '../core/api/dispatch';
import type { Clock, RecentWorkspaces } from '../core/api/ports';
import { createService } from '../core/api/service';
import type { Handlers } from '../core/api/dispatch';
import { createAppSettingsStore, rememberWorkspace, type AppSettingsStore } from './app-settings';
import { createSystemClock } from './clock';
import { createRenderPool, type RenderPoolOptions } from './render/render-pool';
import { createOutputStore, type OutputStore } from './pack/output-files';
import { createFileWorkspaceStore } from './store/file-workspace-store';
import { readText } from './store/safe-read';
import { persistentCheckStore } from './store/check-results';
import { persistentDemoHistory } from './store/demo-history-store';
import type { CheckStore } from '../core/api/service/render-cache';
import { createTemplateSource } from './templates/template-source';
import { lazyPackTools, lazySheetCodec, planPagesLazily, renderPdfLazily } from './lazy-adapters';

export type BackendOptions = {
  /** The built-in templates folder; defaults to the project's templates/. */
  readonly templatesDir?: string;
  /** Where app settings (recent workspaces) live; null keeps none. */
  readonly configDir?: string | null;
  readonly clock?: Clock;
  /**
   * Rendering and Word export run in worker threads with a hard time limit (the default); false
   * runs them on the calling thread, which nothing can interrupt.
   */
  readonly renderWorkers?: RenderPoolOptions | false;
  /** Called with errors that are bugs rather than expected failures. */
  readonly onUnexpected?: (error: unknown) => void;
  /**
   * Where the documents list and `check` keep each document's checked result, and the template
   * library its parsed templates, between processes (store/check-results.ts); by default the user's cache folder when documents render on
   * workers, none when they render in-process; null keeps none.
   */
  readonly checkStore?: CheckStore | null;
};

export type Backend = {
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  readonly settings: AppSettingsStore | null;
  /** Files written by long jobs (the Stage 1 pack), for the shell to save or serve. */
  readonly outputs: OutputStore;
};

/** The organisation's name as workspace.json holds it; null when the folder cannot be read. */
const organisationName = async (dir: string): Promise<string | null> => {
  try {
    // Regular files only: a FIFO put there would otherwise hang the list of recent workspaces.
    const data = JSON.parse(await readText(join(dir, 'workspace.json'))) as {
      organisation?: { name?: unknown };
    };
    const name = data.organisation?.name;
    return typeof name === 'string' && name.trim() !== '' ? name : null;
  } catch {
    return null;
  }
};

/** The default folder for app settings outside Electron: ISMS_CONFIG_DIR or ~/.config/isms-workbench. */
export const defaultConfigDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env['ISMS_CONFIG_DIR'] ??
  join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'isms-workbench');

/** Wires the service to the Node adapters: the composition root of the CLI, the web mode and Electron. */
export const createBackend = (options: BackendOptions = {}): Backend => {
  const settings = options.configDir ? createAppSettingsStore(options.configDir) : null;
  const outputs = createOutputStore();
  const checkStore =
    options.checkStore !== undefined
      ? options.checkStore
      : workersWanted(options)
        ? persistentCheckStore()
        : null;
  const handlers = createService({
    store: createFileWorkspaceStore(),
    templates: { ...createTemplateSource(options.templatesDir), kept: checkStore },
    clock: options.clock ?? createSystemClock(),
    recent: settings ? recentFrom(settings) : null,
    ...(workersWanted(options) ? { runner: createRenderPool(options.renderWorkers || {}) } : {}),
    checkStore,
    demoHistory: persistentDemoHistory(),
    sha256: nativeSha256,
    base64: nativeBase64,
    ...(workersWanted(options) ? { checkedRecords: persistentCheckedRecords() } : {}),
    sheets: lazySheetCodec,
    pack: lazyPackTools,
    pdf: renderPdfLazily,
    pages: planPagesLazily,
    outputs,
    // Loaded on first use: mammoth and turndown are large and only an import needs them.
    importer: async (data, name) => (await import('./import/docx-import')).importDocx(data, name),
  });
  return {
    handlers,
    dispatch: createDispatcher(handlers, options.onUnexpected),
    settings,
    outputs,
  };
};

// ISMS_RENDER_WORKERS=0 renders on the main thread: for profiling, never for a served app.
const workersWanted = (options: BackendOptions) =>
  options.renderWorkers !== false && process.env['ISMS_RENDER_WORKERS'] !== '0';

const recentFrom = (settings: AppSettingsStore): RecentWorkspaces => ({
  list: async () =>
    Promise.all(
      (await settings.load()).settings.recentWorkspaces.map(async (dir) => ({
        dir,
        name: (await organisationName(dir)) ?? basename(dir),
      })),
    ),
  remember: async (dir) => {
    await settings.update((current) => rememberWorkspace(current, dir));
  },
});
