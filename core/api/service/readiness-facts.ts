import { factsFromWorkspace, type ReadinessFacts } from '../../readiness';
import type { CheckReport } from '../contract';
import type { WorkspaceFiles } from '../ports';
import { unfilledFieldNames } from '../../templates/unfilled-fields';
import { checkWorkspace, type CheckInputs } from './check-workspace';
import { controlStatesOf, controlViewsOf, type ControlState } from './document-control';
import type { RenderJob } from './document-jobs';

export type GatheredReadiness = {
  readonly facts: ReadinessFacts;
  readonly check: CheckReport;
  readonly bodies: ReadonlyMap<string, string>;
  /** Each document's control state: approved, changed, and its frozen approved copy. */
  readonly controls: ReadonlyMap<string, ControlState>;
};

/** Every body, read once; a body that cannot be read is left out (the check reports it). */
const readBodies = async (workspace: CheckInputs['workspace'], files: WorkspaceFiles) => {
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
  return bodies;
};

type ControlsOf<T> = (args: Parameters<typeof controlStatesOf>[0]) => Promise<Map<string, T>>;

const gather = async <T>(
  args: CheckInputs,
  controlsOf: ControlsOf<T>,
  changed: (control: T | undefined) => boolean,
) => {
  const { workspace, files, library, today, runner, cache, signal } = args;
  const bodies = await readBodies(workspace, files);
  const cached: WorkspaceFiles = {
    ...files,
    readBody: async (id) => bodies.get(id) ?? files.readBody(id),
  };
  const check = await checkWorkspace({ ...args, files: cached });
  const controls = await controlsOf({
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
      unfilled: unfilledFieldNames(d.unfilled).length,
      problems: d.errors,
      body: bodies.get(d.id) ?? null,
      changedSinceApproval: changed(controls.get(d.id)),
    })),
  });
  return { facts, check, bodies, controls };
};

/**
 * Reads every body once and runs the same per-document check as `isms check`, then turns the
 * workspace into readiness facts. The bodies are returned for the pack, which needs them too.
 */
export const gatherReadiness = (args: CheckInputs): Promise<GatheredReadiness> =>
  gather(args, controlStatesOf, (c) => c?.view.changedSinceApproval ?? false);

/**
 * The same facts and check as `gatherReadiness`, for a report that needs no frozen copies: an
 * approved document's kept "changed since approval" answer is found without reading its record.
 */
export const gatherReadinessReport = async (
  args: CheckInputs,
): Promise<Pick<GatheredReadiness, 'facts' | 'check'>> => {
  const { facts, check } = await gather(
    args,
    controlViewsOf,
    (view) => view?.changedSinceApproval ?? false,
  );
  return { facts, check };
};
