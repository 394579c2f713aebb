import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFreshWorkspaces } from '../support/workspace-setup';

describe('documents.index', () => {
  const ws = useFreshWorkspaces('isms-doc-index-');

  it('lists what documents.list lists, from workspace.json alone', async () => {
    const { id } = await ws.api['documents.create']({
      dir: ws.dir,
      templateId: 'information-security-policy',
    });
    const index = await ws.api['documents.index']({ dir: ws.dir });
    const list = await ws.api['documents.list']({ dir: ws.dir });
    expect(index).toEqual(
      list.map((d) => ({
        id: d.id,
        templateId: d.templateId,
        title: d.title,
        kind: d.kind,
        status: d.status,
        version: d.version,
        ownerName: d.ownerName,
        updatedAt: d.updatedAt,
      })),
    );
    expect(index.map((d) => d.id)).toContain(id);
  });

  it('answers without rendering: a body Liquid cannot parse is listed, not refused', async () => {
    const { id } = await ws.api['documents.create']({
      dir: ws.dir,
      templateId: 'information-security-policy',
    });
    await writeFile(join(ws.dir, 'documents', `${id}.md`), '{% if organisation.name %}unclosed');
    const index = await ws.api['documents.index']({ dir: ws.dir });
    expect(index.find((d) => d.id === id)?.title).toBe('Information Security Policy');
    const listed = (await ws.api['documents.list']({ dir: ws.dir })).find((d) => d.id === id);
    expect(listed?.problem).toMatch(/line/i);
  });
});
