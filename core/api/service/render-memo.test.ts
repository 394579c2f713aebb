import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';
import type { RenderJob } from './document-jobs';
import { keptRenders } from './render-memo';

const workspace = () => ({ documents: [] }) as unknown as Workspace;

const job = (over: Partial<RenderJob> = {}): RenderJob => ({
  workspace: workspace(),
  templates: [{ id: 't', title: 'T' }],
  meta: { id: 'ISMS-POL-001' } as RenderJob['meta'],
  body: '# {{ organisation.name }}',
  today: '2026-11-28',
  mode: 'export',
  ...over,
});

/** A render that answers with a new result per call, and counts its calls. */
const counting = () => {
  let calls = 0;
  const render = (j: RenderJob): Promise<RenderResult> => {
    calls += 1;
    return Promise.resolve({ markdown: `${j.body} #${calls}`, unfilled: [] });
  };
  return { render, calls: () => calls };
};

describe('keptRenders', () => {
  it('fills an unchanged document once, and again for any change it can read', async () => {
    const { render, calls } = counting();
    const fill = keptRenders(render);
    const base = job();
    const first = await fill(base);
    expect(await fill({ ...base })).toBe(first);
    expect(calls()).toBe(1);
    // A workspace read after any change is a new object: a value the document reads changed.
    await fill({ ...base, workspace: workspace() });
    await fill({ ...base, today: '2026-11-29' });
    await fill({ ...base, body: `${base.body}!` });
    await fill({ ...base, templates: [{ id: 't', title: 'Renamed' }] });
    await fill({ ...base, meta: { ...base.meta, title: 'New title' } });
    await fill({ ...base, mode: 'preview' });
    await fill({ ...base, timeLimitMs: 100 });
    expect(calls()).toBe(8);
  });

  it('keeps a body that prints the time only for the same instant', async () => {
    const { render, calls } = counting();
    const fill = keptRenders(render);
    const body = "{{ 'now' | date: '%H:%M:%S' }}";
    const nine = job({ body, now: '2026-11-28T09:00:00.000Z' });
    const first = await fill(nine);
    expect(await fill({ ...nine })).toBe(first);
    expect(await fill({ ...nine, now: '2026-11-28T09:00:01.000Z' })).not.toBe(first);
    expect(calls()).toBe(2);
  });

  it('tries a failed render again instead of keeping the failure', async () => {
    let calls = 0;
    const fill = keptRenders(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('out of time'))
        : Promise.resolve({ markdown: 'ok', unfilled: [] });
    });
    const same = job();
    await expect(fill(same)).rejects.toThrow('out of time');
    expect((await fill(same)).markdown).toBe('ok');
    expect(calls).toBe(2);
  });
});
