import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createDispatcher, type Dispatch } from '../../core/api/dispatch';
import { createService } from '../../core/api/service';
import { inProcessRunner, type DocumentRunner } from '../../core/api/service/document-jobs';
import { AppError } from '../../core/errors';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';
import { failure } from '../support/doccontrol-demo';

// A document that takes seconds of CPU to fill (over the 2 s an in-process render may take, well
// under a worker's limit): on a busy machine the old in-process comparison ran out of time and
// reported it as "changed since approval", or refused the approval.
const SLOW = '\n{% for i in (1..4000000) %}{% endfor %}\n';

const apiOf = (dispatch: Dispatch): Api =>
  createApiClient((method, input) => dispatch(method, input));

/**
 * An approved document whose body and read data are as approved is known unchanged without a
 * render. Renaming the organisation (which every demo document prints) makes the comparison
 * render again; the exact bytes are put back afterwards.
 */
const withOrganisationRenamed = async (dir: string, run: () => Promise<void>) => {
  const file = join(dir, 'workspace.json');
  const original = await readFile(file);
  const workspace = JSON.parse(original.toString('utf8')) as {
    organisation: { name: string };
  };
  workspace.organisation.name = `${workspace.organisation.name} Group`;
  await writeFile(file, JSON.stringify(workspace, null, 2));
  try {
    await run();
  } finally {
    await writeFile(file, original);
  }
};

describe('approval and "changed since approval" on a slow document', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir = '';
  let id = '';
  // The app's set-up: renders in worker threads, here with room for a busy machine.
  const api = apiOf(
    createBackend({ clock: fixedClock, renderWorkers: { timeoutMs: 120_000 } }).dispatch,
  );

  beforeAll(async () => {
    temp = await makeTempDir('isms-slow-approval-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    const drafts = (await api['documents.list']({ dir })).filter(
      (d) => d.status === 'draft' && d.unfilledCount === 0 && d.problem === null,
    );
    id = drafts[0]!.id;
    const { body } = await api['documents.get']({ dir, id });
    await api['documents.update']({ dir, id, body: body + SLOW });
    await api['documents.submitForReview']({ dir, id });
  }, 300_000);
  afterAll(() => temp.cleanup());

  it('approves it and shows it approved, unchanged', async () => {
    const approved = await api['documents.approve']({
      dir,
      id,
      approver: 'maria-okafor',
      reason: 'Reviewed by the ISMS working group',
    });
    expect(approved.status).toBe('approved');
    const control = await api['documents.control']({ dir, id });
    expect(control.view).toMatchObject({
      state: 'approved',
      changedSinceApproval: false,
      changeCheckError: null,
    });
  }, 300_000);

  it('says it could not check, never "changed", when the comparison runs out of time', async () => {
    // Workers with a limit this slow document cannot meet: the comparison is cut off.
    const hurried = apiOf(
      createBackend({ clock: fixedClock, renderWorkers: { timeoutMs: 200 } }).dispatch,
    );
    // As approved, body and data alike: known unchanged without filling it again.
    const known = await hurried['documents.control']({ dir, id });
    expect(known.view).toMatchObject({ state: 'approved', changeCheckError: null });
    expect(known.view.changedSinceApproval).toBe(false);
    await withOrganisationRenamed(dir, async () => {
      const error = await failure(hurried['documents.control']({ dir, id }));
      expect(error.message).toMatch(
        new RegExp(`Could not check whether ${id} has changed since approval: .*Try again\\.`),
      );
      await expect(hurried['documents.submitForReview']({ dir, id })).rejects.toThrow(
        /Could not check/,
      );
    });
    // Nothing was recorded: still approved, and unchanged once the check can run.
    const control = await api['documents.control']({ dir, id });
    expect(control.view.state).toBe('approved');
  }, 300_000);

  it('marks only that document in the list, and refuses a register it cannot vouch for', async () => {
    // Every other document renders as usual; the slow one's comparison fails as above.
    const timeOut: DocumentRunner = {
      ...inProcessRunner,
      render: (job, signal) =>
        job.body.includes(SLOW)
          ? Promise.reject(
              new AppError(
                'render-failed',
                `Rendering ${job.meta.id} took longer than 10 s and was stopped.`,
              ),
            )
          : inProcessRunner.render(job, signal),
    };
    const handlers = createService({
      store: createFileWorkspaceStore(),
      templates: createTemplateSource(),
      clock: fixedClock,
      runner: timeOut,
    });
    const local = apiOf(createDispatcher(handlers));
    await withOrganisationRenamed(dir, async () => {
      const listed = (await local['documents.list']({ dir })).find((d) => d.id === id)!;
      expect(listed.control).toMatchObject({ state: 'approved', changedSinceApproval: false });
      expect(listed.control.changeCheckError).toMatch(/Could not check .*took longer than 10 s/);
      await expect(local['documents.register']({ dir })).rejects.toThrow(/Could not check/);
      await expect(local['readiness.report']({ dir })).rejects.toThrow(/Could not check/);
    });
  }, 300_000);
});
