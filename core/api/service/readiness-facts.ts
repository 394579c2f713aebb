import { factsFromWorkspace, type ReadinessFacts } from '../../readiness';
import type { CheckReport } from '../contract';
import type { WorkspaceFiles } from '../ports';
import { checkWorkspace, type CheckInputs } from './check-workspace';
import { controlStatesOf, type ControlState } from './document-control';
import type { RenderJob } from './document-jobs';

export type GatheredReadiness = {
  readonly facts: ReadinessFacts;
  readonly check: CheckReport;
  readonly bodies: ReadonlyMap<string, string>;
  /** Each document's control state: approved, changed, and its frozen approved copy. */
  readonly controls: ReadonlyMap<string, ControlState>;
};

/**
 * Reads every body once and runs the same per-document check as `isms check`, then turns the
 * workspace into readiness facts. The bodies are returned for the pack, which needs them too.
 */
export const gatherReadiness = async (args: CheckInputs): Promise<GatheredReadiness> => {
  const { workspace, files, library, today, runner, cache, signal } = args;
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
  const check = await checkWorkspace({ ...args, files: cached });
  const controls = await controlStatesOf({
    workspace,
    files: cached,
    templates: library.refs,
    today,
    bodies,
    ...(runner ? { render: (job: RenderJob) => runner.render(job, signal) } : {}),
    ...(signal ? { signal } : {}),
    ...(cache ? { cache: cache.changeCheck } : {}),
    // Readiness and the pack count approved documents: a guess would be a false signal.
    checkFailures: 'throw',
  });
  await cache?.flush(files.root);
  const facts = factsFromWorkspace({
    workspace,
    today,
    checks: check.documents.map((d) => ({
      id: d.id,
      unfilled: d.unfilled.length,
      problems: d.errors,
      body: bodies.get(d.id) ?? null,
      changedSinceApproval: controls.get(d.id)?.view.changedSinceApproval ?? false,
    })),
  });
  return { facts, check, bodies, controls };
};
