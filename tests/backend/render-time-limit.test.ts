import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

// A template that one filter call keeps busy for seconds: the engine's own render limit cannot
// interrupt it, only terminating the thread it runs on can.
const RUNAWAY = '# Runaway\n\n{{ (1..9000000) | uniq | size }}\n';
// A template that never finishes in practice (over 10^11 steps over one small range), in steps the
// engine's own limit can interrupt.
const ENDLESS =
  '# Endless\n\n{% assign r = (1..5000) %}{% for a in r %}{% for b in r %}{% for c in r %}{% assign k = c %}{% endfor %}{% endfor %}{% endfor %}\n';

describe('rendering has a hard time limit', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  const runaway = 'BWA-POL-002';
  const other = 'BWA-POL-001';
  const backend = createBackend({ clock: fixedClock, renderWorkers: { timeoutMs: 2_000 } });

  beforeAll(async () => {
    temp = await makeTempDir('isms-limit-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    await callApi(backend.dispatch, 'documents.update', { dir, id: runaway, body: RUNAWAY });
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('stops the render and names the document in the error', async () => {
    const result = await backend.dispatch('documents.render', { dir, id: runaway });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('render-failed');
    // Whichever limit trips first (the engine's own or the worker's deadline) names the document.
    expect(result.error.message).toMatch(
      new RegExp(`(Rendering ${runaway} took longer than 2 s|Template ${runaway} was stopped)`),
    );
  }, 60_000);

  it('answers other requests while a runaway render is still running', async () => {
    const finished: string[] = [];
    const slow = backend
      .dispatch('documents.export', { dir, id: runaway })
      .then((r) => finished.push(`runaway ${r.ok ? 'ok' : r.error.code}`));
    const quick = callApi(backend.dispatch, 'documents.render', { dir, id: other }).then((r) => {
      finished.push('other');
      return r;
    });
    expect((await quick).markdown).toContain('Brightwater Analytics');
    await slow;
    expect(finished).toEqual(['other', 'runaway render-failed']);
  }, 120_000);

  it('lists the runaway document with its problem and every other document as usual', async () => {
    // The demo's largest records take more than 2 s on a heavily loaded machine, so the list is
    // made by workers whose limit grows with the load, as the command line's do; the endless
    // template outlasts any such limit and is stopped by the engine or the worker alike.
    const listing = createBackend({
      clock: fixedClock,
      renderWorkers: { timeoutMs: 2_000, scaleLimitWithLoad: true },
    });
    await callApi(listing.dispatch, 'documents.update', { dir, id: runaway, body: ENDLESS });
    const documents = await callApi(listing.dispatch, 'documents.list', { dir });
    const listed = documents.find((d) => d.id === runaway);
    expect(listed?.problem).toMatch(/took longer than \d+ s|was stopped/);
    expect(documents.filter((d) => d.problem !== null).map((d) => d.id)).toEqual([runaway]);
    // 58 documents on two workers: minutes on a machine shared with other heavy jobs.
  }, 180_000);
});
