import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { readDocxParts } from '../support/docx-parts';
import { makeTempDir } from '../support/temp-dir';

// The command line makes a few drafts' Word files on its own thread instead of starting workers
// (RenderPoolOptions.inlineExports). The files must be the workers' files, and a template that
// runs away must still be stopped, since nothing can stop that thread from outside.

const DRAFTS = ['BWA-PLN-006', 'BWA-REC-008', 'BWA-RPT-002'];
const APPROVED = 'BWA-POL-001';
const RUNAWAY = '# Runaway\n\n{{ (1..9000000) | uniq | size }}\n';

describe('a few drafts exported on the calling thread', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;

  beforeAll(async () => {
    temp = await makeTempDir('isms-inline-export-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('gives the same Word files as the workers, without starting one', async () => {
    const ids = [...DRAFTS, APPROVED];
    const onWorkers = createBackend({ clock: fixedClock, renderWorkers: {} });
    // A worker file that does not exist: any job given to a worker would fail.
    const inline = createBackend({
      clock: fixedClock,
      renderWorkers: { inlineExports: 8, workerFile: join(temp.dir, 'no-such-worker.mjs') },
    });
    const expected = await callApi(onWorkers.dispatch, 'documents.exportMany', { dir, ids });
    const made = await callApi(inline.dispatch, 'documents.exportMany', { dir, ids });
    expect(made.map((d) => d.id)).toEqual(ids);
    expect(made.map((d) => d.data)).toEqual(expected.map((d) => d.data));
    const body = readDocxParts(Buffer.from(made[0]!.data, 'base64'))['word/document.xml'];
    expect(body).toContain('w:val="Heading1"');
    expect(body).toContain('Brightwater Analytics');
  }, 180_000);

  it('still stops a runaway template: it goes to a worker and fails as it does there', async () => {
    const backend = createBackend({
      clock: fixedClock,
      renderWorkers: { inlineExports: 8, timeoutMs: 2_000 },
    });
    await callApi(backend.dispatch, 'documents.update', { dir, id: DRAFTS[0]!, body: RUNAWAY });
    const delay = monitorEventLoopDelay({ resolution: 20 });
    delay.enable();
    const result = await backend.dispatch('documents.exportMany', { dir, ids: [DRAFTS[0]!] });
    delay.disable();
    // Unbounded, the one filter step held this thread for 9.7 s (load 6); bounded, it is refused
    // before it is built, and the thread was held for at most 0.3 s at the same load.
    expect(delay.max / 1e6).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('render-failed');
    expect(result.error.message).toMatch(
      new RegExp(`(Rendering ${DRAFTS[0]} took longer than 2 s|Template ${DRAFTS[0]} was stopped)`),
    );
  }, 120_000);
});
