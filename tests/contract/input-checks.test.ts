import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../backend/cli/call';
import { createBackend } from '../../backend/compose';
import { makeTempDir } from '../support/temp-dir';

describe('input is checked where it is entered', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  let id: string;
  const { dispatch } = createBackend();
  beforeAll(async () => {
    temp = await makeTempDir('isms-input-');
    dir = join(temp.dir, 'ws');
    await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
    const created = await callApi(dispatch, 'documents.create', {
      dir,
      templateId: 'information-security-policy',
    });
    id = created.id;
  });
  afterAll(() => temp.cleanup());

  const setWebsite = async (website: string) => {
    const profile = await callApi(dispatch, 'profile.get', { dir });
    return dispatch('profile.update', {
      dir,
      patch: { organisation: { ...profile.organisation, website } },
    });
  };

  it.each(['javascript:alert(4)', 'https://example.com"></iframe', 'data:text/html,x', 'ftp://x'])(
    'refuses %s as the website, naming the field, and saves nothing',
    async (website) => {
      const before = await readFile(join(dir, 'workspace.json'), 'utf8');
      const result = await setWebsite(website);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', details: { path: 'organisation.website' } },
      });
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(before);
    },
  );

  it('accepts a plain web address or none', async () => {
    expect(await setWebsite('https://acme.example/about?x=1')).toMatchObject({ ok: true });
    expect(await setWebsite('')).toMatchObject({ ok: true });
  });

  it('reports a bad record date as bad input, not as a damaged workspace.json', async () => {
    const result = await dispatch('documents.update', {
      dir,
      id,
      meta: { recordDate: '../../x' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toContain('recordDate');
    expect(result.error.message).not.toContain('workspace.json');
  });
});

describe('a next review date typed as "../../x"', () => {
  it('is refused against the contract, naming the field, and workspace.json stays as it was', async () => {
    const temp = await makeTempDir('isms-review-');
    try {
      const { dispatch } = createBackend();
      const dir = join(temp.dir, 'ws');
      await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
      const { id } = await callApi(dispatch, 'documents.create', {
        dir,
        templateId: 'information-security-policy',
      });
      const before = await readFile(join(dir, 'workspace.json'), 'utf8');
      const result = await dispatch('documents.update', {
        dir,
        id,
        meta: { nextReviewDate: '../../x' },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (result.ok) return;
      expect(result.error.message).toContain('nextReviewDate');
      expect(result.error.message).not.toContain('workspace.json');
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(before);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('a document with a Liquid syntax error', () => {
  it('still opens, and its export names the syntax error with line and column', async () => {
    const temp = await makeTempDir('isms-syntax-');
    try {
      const { dispatch } = createBackend();
      const dir = join(temp.dir, 'ws');
      await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
      const { id } = await callApi(dispatch, 'documents.create', {
        dir,
        templateId: 'information-security-policy',
      });
      const body = '# Policy\n\nSee {% if organisation.website\n\nMore text.\n';
      await writeFile(join(dir, 'documents', `${id}.md`), body);
      const opened = await callApi(dispatch, 'documents.get', { dir, id });
      expect(opened.body).toBe(body);
      const exported = await dispatch('documents.export', { dir, id });
      expect(exported).toMatchObject({
        ok: false,
        error: { code: 'template-syntax', details: { line: 3, column: 5 } },
      });
    } finally {
      await temp.cleanup();
    }
  });
});
