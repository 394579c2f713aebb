import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { base64ToBytes } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');

describe('workspace features through the API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  // One backend for the file (its render workers take seconds to start); a new demo per test.
  const { dispatch } = createBackend({ clock: fixedClock });
  const api: Api = createApiClient((method, input) => dispatch(method, input));
  let dir: string;

  beforeEach(async () => {
    temp = await makeTempDir('isms-features-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
  });
  afterEach(() => temp.cleanup());

  const aDraft = async () => {
    const draft = (await api['documents.list']({ dir })).find((d) => d.status === 'draft');
    if (!draft) throw new Error('the demo has no draft document');
    return draft.id;
  };

  it('puts the organisation logo on the Word cover page', async () => {
    await copyFile(join(ROOT, 'build', 'icon.png'), join(dir, 'logo.png'));
    const profile = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, logo: 'logo.png' } },
    });
    // A draft: an approved document keeps the cover it was approved with.
    const exported = await api['documents.export']({ dir, id: await aDraft() });
    const files = unzipSync(base64ToBytes(exported.data));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain('<pic:pic');
  });

  it('exports without the logo, and names the logo field, when the file is not an image', async () => {
    await writeFile(join(dir, 'logo.png'), 'not a picture');
    const profile = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, logo: 'logo.png' } },
    });
    // A draft: an approved document prints its frozen copy, with the cover it was approved with.
    const draft = await aDraft();
    const exported = await api['documents.export']({ dir, id: draft });
    expect(exported.warnings.map((w) => w.field)).toEqual(['organisation.logo']);
    expect(exported.warnings[0]?.message).toMatch(
      /organisation\.logo: logo\.png is not a PNG or JPEG image/,
    );
    const files = unzipSync(base64ToBytes(exported.data));
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(false);
    const pdf = await api['documents.exportPdf']({ dir, id: draft });
    expect(pdf.warnings[0]?.field).toBe('organisation.logo');
    expect(Buffer.from(base64ToBytes(pdf.data)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("uses the workspace's own template in place of the built-in one with the same id", async () => {
    await mkdir(join(dir, 'templates'), { recursive: true });
    const own = [
      '---',
      'id: backup-policy',
      'title: Backup and Restore Standard',
      'kind: policy',
      'clauses: []',
      'controls: ["8.13"]',
      'summary: Our own backup rules.',
      '---',
      '# Purpose',
      '',
      '{{ organisation.name }} keeps three copies of everything.',
      '',
    ].join('\n');
    await writeFile(join(dir, 'templates', 'backup-policy.md'), own);
    const templates = await api['templates.list']({ dir });
    const backup = templates.filter((t) => t.id === 'backup-policy');
    expect(backup).toEqual([
      expect.objectContaining({ title: 'Backup and Restore Standard', origin: 'workspace' }),
    ]);
    const created = await api['documents.create']({ dir, templateId: 'backup-policy' });
    const rendered = await api['documents.render']({ dir, id: created.id });
    expect(rendered.markdown).toContain('Brightwater Analytics keeps three copies of everything.');
  });

  it('stamps an approval with its date, the next review, a revision row and a frozen copy', async () => {
    const drafts = (await api['documents.list']({ dir })).filter((d) => d.status === 'draft');
    const id = drafts[0]!.id;
    await api['documents.submitForReview']({ dir, id });
    const approved = await api['documents.approve']({
      dir,
      id,
      approver: 'maria-okafor',
      reason: 'First issue',
    });
    expect(approved.approvedAt).toBe('2026-11-28');
    expect(approved.nextReviewDate).toBe('2027-11-28');
    expect(approved.revisions.at(-1)).toMatchObject({
      version: '1.0',
      description: 'Approved by Maria Okafor: First issue',
    });
    const body = await readFile(join(dir, 'documents', `${id}.md`), 'utf8');
    expect(await readFile(join(dir, 'history', `${id}@1.0.md`), 'utf8')).toBe(body);
  });

  it('restores the last good workspace.json and keeps the damaged one beside it', async () => {
    const profile = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, name: 'Second' } },
    });
    await writeFile(join(dir, 'workspace.json'), '{"schemaVersion": 1, "organisation": ');
    await expect(api['workspace.open']({ dir })).rejects.toThrow(/can be restored/);
    const restored = await api['workspace.restoreBackup']({ dir });
    expect(restored.name).toBe('Brightwater Analytics');
    expect(await readFile(restored.keptAs!, 'utf8')).toBe('{"schemaVersion": 1, "organisation": ');
  });

  it('says so when there is no backup to restore', async () => {
    await expect(api['workspace.restoreBackup']({ dir })).rejects.toThrow(
      /workspace\.json\.bak does not exist/,
    );
  });

  it('keeps both changes when a body save and a metadata change overlap', async () => {
    const id = 'BWA-POL-001';
    await Promise.all([
      api['documents.update']({ dir, id, body: '# Edited while renaming\n' }),
      api['documents.update']({ dir, id, meta: { title: 'Renamed Policy' } }),
      api['profile.update']({
        dir,
        patch: { parameters: (await api['profile.get']({ dir })).parameters },
      }),
      api['documents.create']({ dir, templateId: 'backup-policy' }),
      api['documents.create']({ dir, templateId: 'backup-policy' }),
    ]);
    const listed = await api['documents.list']({ dir });
    expect(listed.find((d) => d.id === id)?.title).toBe('Renamed Policy');
    const backups = listed.filter((d) => d.templateId === 'backup-policy').map((d) => d.id);
    expect(new Set(backups).size).toBe(backups.length);
    expect(backups.length).toBeGreaterThanOrEqual(3);
    expect((await api['documents.get']({ dir, id })).body).toBe('# Edited while renaming\n');
  });

  it('refuses to save a body for an unknown document without writing a file', async () => {
    await expect(
      api['documents.update']({ dir, id: 'BWA-POL-999', body: '# Stray\n' }),
    ).rejects.toThrow(/no document with ID BWA-POL-999/);
    await expect(readFile(join(dir, 'documents', 'BWA-POL-999.md'), 'utf8')).rejects.toThrow(
      /ENOENT/,
    );
  });

  it('lists a document whose body is missing or broken with its problem, not as complete', async () => {
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'documents', 'BWA-POL-002.md'));
    await api['documents.update']({ dir, id: 'BWA-POL-003', body: '# Scope\n\n{% if %}\n' });
    const list = await api['documents.list']({ dir });
    const missing = list.find((d) => d.id === 'BWA-POL-002');
    const broken = list.find((d) => d.id === 'BWA-POL-003');
    expect(missing?.problem).toMatch(/BWA-POL-002/);
    expect(broken?.problem).toMatch(/line 3/);
    expect(list.find((d) => d.id === 'BWA-POL-001')?.problem).toBeNull();
  });

  it('gives two documents created at the same moment different IDs and their own bodies', async () => {
    const [a, b] = await Promise.all([
      api['documents.create']({ dir, templateId: 'backup-policy' }),
      api['documents.create']({ dir, templateId: 'cryptography-policy' }),
    ]);
    expect(a.id).not.toBe(b.id);
    expect((await api['documents.get']({ dir, id: a.id })).body).toContain('# Purpose');
    expect((await api['documents.get']({ dir, id: b.id })).meta.templateId).toBe(
      'cryptography-policy',
    );
    const bodyB = await readFile(join(dir, 'documents', `${b.id}.md`), 'utf8');
    expect(bodyB).toContain('cryptograph');
  });

  it('refuses a template id that does not exist, naming it', async () => {
    await expect(api['documents.create']({ dir, templateId: 'no-such-template' })).rejects.toThrow(
      /no template with id "no-such-template"/,
    );
  });
});
