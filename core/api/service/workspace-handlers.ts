import type { DemoHistoryStore } from './demo-history';
import { AppError } from '../../errors';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Workspace } from '../../model/workspace';
import type { Handlers } from '../dispatch';
import { assertSafeOrganisation, assertValidPeople } from '../input-checks';
import type { Clock, RecentWorkspaces, TemplateSource, WorkspaceStore } from '../ports';
import { checkWorkspace } from './check-workspace';
import { isoDay } from './dates';
import { createInProcessRunner, type DocumentRunner } from './document-jobs';
import { wordFileMaker } from './frozen-word-file';
import type { RenderCache } from './render-cache';
import { loadTemplateLibrary, unusableTemplate } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  store: WorkspaceStore;
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  recent: RecentWorkspaces | null;
  runner?: DocumentRunner;
  renderCache?: RenderCache;
  demoHistory?: DemoHistoryStore | null;
};
type WorkspaceHandlers = Pick<
  Handlers,
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.restoreBackup'
  | 'workspace.recent'
  | 'workspace.check'
  | 'profile.get'
  | 'profile.update'
  | 'templates.list'
  | 'templates.get'
>;

const displayName = (workspace: Workspace, dir: string) =>
  workspace.organisation.name ||
  workspace.organisation.legalName ||
  dir.split(/[\\/]/).pop() ||
  dir;

export const createWorkspaceHandlers = (deps: Deps): WorkspaceHandlers => {
  const { store, sessions, templates, clock, recent } = deps;

  const summarise = async (dir: string, workspace: Workspace) => {
    const name = displayName(workspace, dir);
    await recent?.remember(dir, name);
    return { dir, name, documentCount: workspace.documents.length };
  };

  return {
    'workspace.create': async ({ dir, from, name }) => {
      const { workspace, bodies, earlier } =
        from === 'demo' ? await demoContent(templates) : blankContent(name ?? '');
      const files = await store.create(dir, workspace, bodies);
      sessions.remember(dir, files);
      if (from === 'demo') {
        // In-process unless the backend gave workers: the demo's Word files need a runner.
        const runner = deps.runner ?? createInProcessRunner();
        const { freezeDemoDocuments } = await import('./demo-history');
        await freezeDemoDocuments({
          ...{ workspace, bodies, earlier, files, source: templates },
          makeWordFile: wordFileMaker(runner),
          store: deps.demoHistory ?? null,
        });
      }
      return summarise(dir, workspace);
    },
    'workspace.open': async ({ dir }) => {
      const files = await store.open(dir);
      sessions.remember(dir, files);
      return summarise(dir, await files.read());
    },
    'workspace.restoreBackup': async ({ dir }) => {
      const { keptAs } = await store.restoreBackup(dir);
      const files = await store.open(dir);
      sessions.remember(dir, files);
      return { ...(await summarise(dir, await files.read())), keptAs };
    },
    'workspace.recent': async () => ({ recent: recent ? [...(await recent.list())] : [] }),
    'workspace.check': async ({ dir }) =>
      checkWorkspace({
        workspace: await sessions.read(dir),
        files: await sessions.files(dir),
        library: await loadTemplateLibrary(templates, dir),
        today: isoDay(clock.now()),
        ...(deps.runner ? { runner: deps.runner } : {}),
        ...(deps.renderCache ? { cache: deps.renderCache } : {}),
      }),
    'profile.get': async ({ dir }) => profileOf(await sessions.read(dir)),
    'profile.update': async ({ dir, patch }) => {
      assertSafeOrganisation(patch.organisation);
      assertValidPeople(patch.people);
      const saved = await sessions.update(dir, (workspace) => {
        const result = workspaceSchema.safeParse({ ...workspace, ...patch });
        if (!result.success) {
          const issue = result.error.issues[0];
          const path = issue?.path.join('.') ?? '';
          throw new AppError('invalid-input', `${path}: ${issue?.message ?? 'invalid'}`, { path });
        }
        return result.data;
      });
      return profileOf(saved);
    },
    'templates.list': async ({ dir }) => {
      const library = await loadTemplateLibrary(templates, dir ?? null);
      return [
        ...library.templates.map((t) => ({ ...templateSummary(t), problem: null })),
        ...library.failed.map(unusableTemplate),
      ];
    },
    'templates.get': async ({ dir, id }) => {
      const template = (await loadTemplateLibrary(templates, dir ?? null)).get(id);
      return { ...templateSummary(template), body: template.body };
    },
  };
};

const profileOf = (workspace: Workspace) => ({
  organisation: workspace.organisation,
  people: workspace.people,
  roles: workspace.roles,
  roleSetup: workspace.roleSetup,
  parameters: workspace.parameters,
});

const templateSummary = (t: {
  id: string;
  title: string;
  kind: Workspace['documents'][number]['kind'];
  clauses: readonly string[];
  controls: readonly string[];
  summary: string;
  origin: 'builtin' | 'workspace';
}) => ({
  id: t.id,
  title: t.title,
  kind: t.kind,
  clauses: [...t.clauses],
  controls: [...t.controls],
  summary: t.summary,
  origin: t.origin,
});

// The demo (its organisation, registers and history) is loaded only to make a demo workspace.
const demoContent = async (templates: TemplateSource) => {
  const [library, { addDemoDocuments }, { createDemoWorkspaceData }] = await Promise.all([
    loadTemplateLibrary(templates, null),
    import('../../demo/demo-documents'),
    import('../../demo/demo-workspace'),
  ]);
  return addDemoDocuments(createDemoWorkspaceData(), library.templates);
};

const blankContent = (name: string) => ({
  workspace: workspaceSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: { name },
  }),
  bodies: {},
  earlier: [],
});
