import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { createRenderPool } from '../../backend/render/render-pool';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createCancel } from '../../core/cancellation';
import type { RenderJob } from '../../core/api/service/document-jobs';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

// A hundred million loop steps: this render runs until its worker is stopped.
const ENDLESS = '{% for a in (1..10000) %}{% for b in (1..10000) %}{% endfor %}{% endfor %}\n';

describe('a cancel stops the render workers', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let endless: RenderJob;
  let quick: RenderJob;
  // One worker and a time limit far beyond the test: only a cancel can free it in time.
  const pool = createRenderPool({ size: 1, timeoutMs: 60_000 });

  beforeAll(async () => {
    temp = await makeTempDir('isms-pool-cancel-');
    const dir = join(temp.dir, 'ws');
    const { dispatch } = createBackend({ clock: fixedClock, renderWorkers: false });
    await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
    const { id } = await callApi(dispatch, 'documents.create', {
      dir,
      templateId: 'information-security-policy',
    });
    const workspace = await (await createFileWorkspaceStore().open(dir)).read();
    const meta = workspace.documents.find((d) => d.id === id)!;
    const base = { workspace, meta, templates: [], today: '2026-11-28' };
    endless = { ...base, body: ENDLESS, mode: 'export' };
    quick = { ...base, body: 'Quick\n', mode: 'export' };
  }, 120_000);
  afterAll(async () => {
    await pool.close();
    await temp.cleanup();
  });

  it('terminates the running render and drops the queued one; the next render runs at once', async () => {
    const { signal, cancel } = createCancel();
    const running = pool.render(endless, signal);
    const queued = pool.render(endless, signal);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const cancelledAt = Date.now();
    cancel();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - cancelledAt).toBeLessThan(1_000);
    // Had the worker been left running, this would wait for the endless render (60 s).
    const result = await pool.render(quick);
    expect(result.markdown).toContain('Quick');
    expect(Date.now() - cancelledAt).toBeLessThan(30_000);
  }, 90_000);

  it('refuses a job whose signal is already raised without starting it', async () => {
    const { signal, cancel } = createCancel();
    cancel();
    await expect(pool.render(quick, signal)).rejects.toMatchObject({ code: 'cancelled' });
  });
});
