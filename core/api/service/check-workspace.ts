import { mapLimited, type CancelSignal } from '../../cancellation';
import { isAppError } from '../../errors';
import type { Workspace } from '../../model/workspace';
import type { CheckReport } from '../contract';
import type { WorkspaceFiles } from '../ports';
import { inlineFirst } from './check-inline-render';
import { inProcessRunner, type DocumentRunner } from './document-jobs';
import { DOCUMENTS_AT_ONCE } from './documents-at-once';
import type { CheckOutcome, RenderCache } from './render-cache';
import type { TemplateLibrary } from './template-library';

/** What checking a workspace reads, and where its documents are rendered. */
export type CheckInputs = {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly library: TemplateLibrary;
  readonly today: string;
  /** Where documents are rendered (the backend's workers, with their time limit). */
  readonly runner?: DocumentRunner;
  /** Results kept per document (see render-cache.ts); without it every document renders. */
  readonly cache?: RenderCache;
  /** Checked between documents; a render running when it is raised is stopped by the runner. */
  readonly signal?: CancelSignal;
};

/** Everything `isms check` and the readiness view report: unfilled fields and invalid data. */
export const checkWorkspace = async (args: CheckInputs): Promise<CheckReport> => {
  const { workspace, files, library, today, runner = inProcessRunner, cache, signal } = args;
  const dataKey = cache?.dataKey(workspace, today, library.refs) ?? '';
  // With kept results only the few documents that changed are filled: here, not on a worker.
  const render = cache && runner !== inProcessRunner ? inlineFirst(runner) : runner.render;
  const renderOne = async (meta: Workspace['documents'][number], body: string) => {
    const job = { workspace, meta, body, templates: library.refs, today, mode: 'export' as const };
    const compute = (): Promise<CheckOutcome> =>
      render(job, signal).then(
        (result) => ({ result }),
        (error: unknown) => ({ error: messageOf(error) }),
      );
    return cache ? cache.checked(files.root, meta, body, dataKey, compute) : compute();
  };
  const documents = await mapLimited(
    workspace.documents,
    DOCUMENTS_AT_ONCE,
    async (meta) => {
      const errors = referenceErrors(workspace, meta);
      const body = await files.readBody(meta.id).catch((error: unknown) => error as Error);
      const outcome =
        typeof body === 'string' ? await renderOne(meta, body) : { error: messageOf(body) };
      return 'result' in outcome
        ? { id: meta.id, title: meta.title, unfilled: [...outcome.result.unfilled], errors }
        : { id: meta.id, title: meta.title, unfilled: [], errors: [...errors, outcome.error] };
    },
    signal,
  );
  const workspaceErrors = [...library.problems, ...roleErrors(workspace)];
  const ok =
    workspaceErrors.length === 0 &&
    documents.every((d) => d.unfilled.length === 0 && d.errors.length === 0);
  return { ok, documents, workspaceErrors };
};

const messageOf = (error: unknown): string =>
  isAppError(error) || error instanceof Error ? error.message : String(error);

const knownPerson = (workspace: Workspace, id: string | null) =>
  id === null || workspace.people.some((p) => p.id === id);

const referenceErrors = (workspace: Workspace, meta: Workspace['documents'][number]) => {
  const errors: string[] = [];
  if (!knownPerson(workspace, meta.owner)) errors.push(`owner "${meta.owner}" is not in people`);
  if (!knownPerson(workspace, meta.approver)) {
    errors.push(`approver "${meta.approver}" is not in people`);
  }
  const levels = workspace.organisation.classification.levels.map((l) => l.name);
  if (!levels.includes(meta.classification)) {
    errors.push(`classification "${meta.classification}" is not one of ${levels.join(', ')}`);
  }
  return errors;
};

const roleErrors = (workspace: Workspace) =>
  Object.entries(workspace.roles)
    .filter(([, id]) => id && !knownPerson(workspace, id))
    .map(([role, id]) => `workspace.json: roles.${role}: "${id}" is not in people`);
