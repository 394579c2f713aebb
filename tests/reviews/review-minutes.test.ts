import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

describe('the Management Review Minutes print the frozen figures', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let api: Api;

  beforeAll(async () => {
    temp = await makeTempDir('isms-review-minutes-');
    const { dispatch } = createBackend({ clock: fixedClock });
    api = createApiClient((method, input) => dispatch(method, input));
  });
  afterAll(() => temp.cleanup());

  const minutes = async (dir: string) => {
    // Read from workspace.json: documents.list would render every document of the demo.
    const saved = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
      documents: { id: string; templateId: string }[];
    };
    const id =
      saved.documents.find((d) => d.templateId === 'management-review-minutes')?.id ??
      (await api['documents.create']({ dir, templateId: 'management-review-minutes' })).id;
    return api['documents.render']({ dir, id });
  };

  it('prints what was frozen at the meeting, not what the registers hold later', async () => {
    const dir = join(temp.dir, 'blank');
    await api['workspace.create']({ dir, from: 'blank', name: 'Acme' });
    await api['registers.save']({
      dir,
      register: 'context-issues',
      entry: { type: 'internal', issue: 'Small team' },
    });
    await api['reviews.create']({ dir, date: '2026-03-01' });
    await api['reviews.update']({
      dir,
      id: 'MR-001',
      patch: {
        actions: [{ action: 'Hire a second engineer', owner: null, dueDate: null, status: 'open' }],
      },
    });
    await api['reviews.create']({ dir, date: '2026-09-01' });
    await api['registers.save']({
      dir,
      register: 'context-issues',
      entry: { type: 'internal', issue: 'New office' },
    });

    const { markdown } = await minutes(dir);
    expect(markdown).toContain('- Internal issues recorded: 1');
    expect(markdown).not.toContain('- Internal issues recorded: 2');
    expect(markdown).toContain('- Actions from earlier reviews still open: 1');
    expect(markdown).toMatch(/\| MR-001 \| Hire a second engineer \| Open \| None \|/);
    expect(markdown).toContain('- Nonconformities open: 0');
  });

  it('renders a review recorded without figures with no unfilled fields', async () => {
    const dir = join(temp.dir, 'bare');
    await api['workspace.create']({ dir, from: 'blank', name: 'Acme' });
    await api['registers.save']({
      dir,
      register: 'management-reviews',
      entry: { date: '2026-03-01' },
    });
    const { markdown, unfilled } = await minutes(dir);
    expect(unfilled.filter((u) => u.field.startsWith('managementReview'))).toEqual([]);
    expect(markdown).toContain('No figures were drawn from the registers for this review.');
  });

  it("prints the demo review's figures under their 9.3.2 headings", async () => {
    const dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    const { markdown } = await minutes(dir);
    const audits = markdown.slice(markdown.indexOf('### 3) Audit results'));
    expect(audits).toContain('- Audits completed: 1');
    expect(markdown).toContain('- Risks rated High before treatment: 2');
  });
});
