import type { Workspace } from '../../model/workspace';
import { factsFromWorkspace, type ReadinessFacts } from '../../readiness';
import type { CheckReport } from '../contract';
import type { WorkspaceFiles } from '../ports';
import { checkWorkspace } from './check-workspace';
import { controlStateOf } from './document-control';
import type { DocumentRunner } from './document-jobs';
import type { RenderCache } from './render-cache';
import type { TemplateLibrary } from './template-library';

export type GatheredReadiness = {
  readonly facts: ReadinessFacts;
  readonly check: CheckReport;
  readonly bodies: ReadonlyMap<string, string>;
};

/**
 * Reads every body once and runs the same per-document check as `isms check`, then turns the
 * workspace into readiness facts. The bodies are returned for the pack, which needs them too.
 */
export const gatherReadiness = async (args: {
  workspace: Workspace;
  files: WorkspaceFiles;
  library: TemplateLibrary;
  today: string;
  /** Where documents are rendered (the backend's workers, with their time limit and cache). */
  runner?: DocumentRunner;
  cache?: RenderCache;
}): Promise<GatheredReadiness> => {
  const { workspace, files, library, today, runner, cache } = args;
  const bodies = new Map<string, string>();
  await Promise.all(
    workspace.documents.map(async (meta) => {
      try {
        bodies.set(meta.id, await files.readBody(meta.id));
      } catch {
        // The check below reports the missing body with its reason.
      }
    }),
  );
  const cached: WorkspaceFiles = {
    ...files,
    readBody: async (id) => bodies.get(id) ?? files.readBody(id),
  };
  const check = await checkWorkspace({
    workspace,
    files: cached,
    library,
    today,
    ...(runner ? { runner } : {}),
    ...(cache ? { cache } : {}),
  });
  const changed = await changedSinceApproval(workspace, cached, library, bodies, today, runner);
  const facts = factsFromWorkspace({
    workspace,
    today,
    checks: check.documents.map((d) => ({
      id: d.id,
      unfilled: d.unfilled.length,
      problems: d.errors,
      body: bodies.get(d.id) ?? null,
      changedSinceApproval: changed.has(d.id),
    })),
  });
  return { facts, check, bodies };
};

/** IDs of the documents whose body or data no longer gives the approved text. */
const changedSinceApproval = async (
  workspace: Workspace,
  files: WorkspaceFiles,
  library: TemplateLibrary,
  bodies: ReadonlyMap<string, string>,
  today: string,
  runner: DocumentRunner | undefined,
): Promise<Set<string>> => {
  const states = await Promise.all(
    workspace.documents.map(async (meta) => {
      const state = await controlStateOf({
        workspace,
        files,
        templates: library.refs,
        meta,
        body: bodies.get(meta.id) ?? null,
        today,
        ...(runner ? { render: runner.render } : {}),
      }).catch(() => null);
      return state?.view.changedSinceApproval ? meta.id : null;
    }),
  );
  return new Set(states.filter((id): id is string => id !== null));
};
