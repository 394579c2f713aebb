import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixed-clock';
import { useFreshWorkspaces } from '../support/workspace-setup';

// A new draft, whether made from a template or copied from another document, starts the same
// way: the next free ID, draft 0.1 dated today, no approvals, one revision saying where it came from.

const today = fixedClock.now().toISOString().slice(0, 10);

const freshDraft = (revision: { author: string; description: string }) => ({
  status: 'draft',
  version: '0.1',
  createdAt: today,
  updatedAt: today,
  approvedAt: null,
  nextReviewDate: null,
  approvals: [],
  recordDate: today,
  withdrawnAt: null,
  revisions: [{ version: '0.1', date: today, ...revision }],
});

describe('fresh draft metadata', () => {
  const ws = useFreshWorkspaces('isms-fresh-draft-', {
    prepare: (api, dir) =>
      api['profile.update']({
        dir,
        patch: {
          people: [{ id: 'ann-lee', name: 'Ann Lee', jobTitle: 'CISO', email: '' }],
          roles: { ciso: 'ann-lee' },
        },
      }),
  });

  it('a draft made from a template', async () => {
    const meta = await ws.api['documents.create']({
      dir: ws.dir,
      templateId: 'information-security-policy',
    });
    expect(meta).toMatchObject({
      id: 'ISMS-POL-001',
      templateId: 'information-security-policy',
      kind: 'policy',
      owner: 'ann-lee',
      ...freshDraft({
        author: 'Ann Lee',
        description: 'First draft from the "Information Security Policy" template',
      }),
    });
  });

  it('a copy of an approved document is a new draft, keeping what the document is about', async () => {
    const { dir, api } = ws;
    const original = await api['documents.create']({
      dir,
      templateId: 'information-security-policy',
    });
    // Approved a year ago and since withdrawn: none of that may pass to the copy.
    const file = join(dir, 'workspace.json');
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      documents: Record<string, unknown>[];
    };
    Object.assign(saved.documents[0]!, {
      status: 'obsolete',
      version: '1.0',
      createdAt: '2025-01-02',
      approvedAt: '2025-02-03',
      nextReviewDate: '2026-02-03',
      withdrawnAt: '2025-06-01',
      approvals: [
        { version: '1.0', date: '2025-02-03', approver: 'ann-lee', author: null, reason: 'Fine' },
      ],
    });
    await writeFile(file, JSON.stringify(saved));

    const copy = await api['documents.copy']({ dir, id: original.id, body: 'Mine.\n' });
    expect(copy).toMatchObject({
      id: 'ISMS-POL-002',
      title: 'Information Security Policy (copy)',
      templateId: original.templateId,
      kind: original.kind,
      owner: original.owner,
      approver: original.approver,
      classification: original.classification,
      clauses: original.clauses,
      controls: original.controls,
      ...freshDraft({ author: 'Ann Lee', description: `Copy of the text of ${original.id}` }),
    });
    const listed = (await api['documents.list']({ dir })).map((d) => [d.id, d.status]);
    expect(listed).toEqual([
      [original.id, 'obsolete'],
      [copy.id, 'draft'],
    ]);
  });
});
