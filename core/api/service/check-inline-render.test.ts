import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';
import { inlineFirst, INLINE_RENDER_LIMITS } from './check-inline-render';
import { inProcessRunner, type DocumentRunner, type RenderJob } from './document-jobs';

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  organisation: { name: 'Brightwater Analytics' },
  documents: [
    {
      id: 'ISMS-POL-001',
      templateId: 'information-security-policy',
      title: 'Policy',
      kind: 'policy',
      classification: 'Internal',
      createdAt: '2026-11-01',
      updatedAt: '2026-11-01',
    },
  ],
});
const meta = workspace.documents[0]!;
const job = (body: string): RenderJob => ({
  workspace,
  meta,
  body,
  templates: [],
  today: '2026-11-28',
  mode: 'export',
});

/** A runner that stands for the workers: it records what reached it and answers with a mark. */
const workers = () => {
  const seen: string[] = [];
  const runner: DocumentRunner = {
    ...inProcessRunner,
    render: (j) => {
      seen.push(j.body);
      return Promise.resolve({ markdown: 'from the workers', unfilled: [] } as RenderResult);
    },
  };
  return { runner, seen };
};

describe('a check renders its few missed documents on its own thread, within bounds', () => {
  it('fills a document here, exactly as the workers would', async () => {
    const { runner, seen } = workers();
    const body = '# {{ organisation.name }}\n\n{{ organisation.nothing_here }}\n';
    const here = await inlineFirst(runner)(job(body));
    expect(seen).toEqual([]);
    expect(here).toEqual(await inProcessRunner.render(job(body)));
    expect(here.markdown).toContain(workspace.organisation.name);
    expect(here.unfilled.map((u) => u.field)).toEqual(['organisation.nothing_here']);
  });

  it.each([
    ['one filter over a huge range', '{{ (1..9000000) | uniq | size }}'],
    [
      'steps that never end',
      '{% for a in (1..5000) %}{% for b in (1..5000) %}x{% endfor %}{% endfor %}',
    ],
    ['a template the engine rejects', '{{ organisation.name | no_such_filter }}'],
  ])('gives %s to the workers, and their answer is the one given', async (_, body) => {
    const { runner, seen } = workers();
    const render = inlineFirst(runner);
    expect((await render(job(body))).markdown).toBe('from the workers');
    expect(seen).toEqual([body]);
    // After one document that did not finish here, the rest go to the workers too.
    await render(job('# Fine'));
    expect(seen).toEqual([body, '# Fine']);
  });

  it('renders at most a few documents here; the rest go to the workers', async () => {
    const { runner, seen } = workers();
    const render = inlineFirst(runner);
    const count = INLINE_RENDER_LIMITS.documents + 2;
    for (let i = 0; i < count; i += 1) await render(job(`# Document ${i}`));
    expect(seen).toEqual(['# Document 4', '# Document 5']);
  });
});
