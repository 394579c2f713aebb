import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../backend/cli/call';
import { useFreshWorkspaces } from '../support/workspace-setup';

describe('input is checked where it is entered', () => {
  let id = '';
  const setup = useFreshWorkspaces('isms-input-', {
    prepare: async (client, folder) => {
      ({ id } = await client['documents.create']({
        dir: folder,
        templateId: 'information-security-policy',
      }));
    },
  });
  let dispatch: typeof setup.dispatch;
  let dir: string;
  beforeEach(() => ({ dispatch, dir } = setup));

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

  const ann = { id: 'ann-lee', name: 'Ann Lee', jobTitle: 'Analyst', email: 'ann@example.co.uk' };
  const bo = { id: 'bo-chan', name: 'Bo Chan', jobTitle: 'Engineer', email: 'bo@example.co.uk' };

  it.each([
    {
      people: [ann, { ...bo, email: 'bo-at-example' }],
      path: 'people.1.email',
      says: 'is not an e-mail address',
    },
    {
      people: [ann, { ...bo, email: 'ANN@example.co.uk ' }],
      path: 'people.0.email',
      says: 'is also the e-mail of bo-chan',
    },
    {
      people: [ann, { ...bo, id: 'ann-lee' }],
      path: 'people.1.id',
      says: 'Another person has this ID',
    },
  ])(
    'refuses people the People register would refuse ($path), and saves nothing',
    async ({ people, path, says }) => {
      const before = await readFile(join(dir, 'workspace.json'), 'utf8');
      const result = await dispatch('profile.update', { dir, patch: { people } });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', details: { path } },
      });
      if (!result.ok) expect(result.error.message).toContain(says);
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(before);
    },
  );

  it('saves people with their own e-mail addresses, or none', async () => {
    const people = [ann, bo, { ...bo, id: 'cy-ray', name: 'Cy Ray', email: '' }];
    expect(await dispatch('profile.update', { dir, patch: { people } })).toMatchObject({
      ok: true,
    });
    expect((await callApi(dispatch, 'profile.get', { dir })).people).toEqual(people);
  });

  it.each(['recordDate', 'nextReviewDate'] as const)(
    'refuses a %s typed as "../../x" against the contract, naming the field, not as a damaged workspace.json, and changes nothing',
    async (field) => {
      const before = await readFile(join(dir, 'workspace.json'), 'utf8');
      const result = await dispatch('documents.update', { dir, id, meta: { [field]: '../../x' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (result.ok) return;
      expect(result.error.message).toContain(field);
      expect(result.error.message).not.toContain('workspace.json');
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(before);
    },
  );

  it('still opens a document with a Liquid syntax error, and its export names the error with line and column', async () => {
    const body = '# Policy\n\nSee {% if organisation.website\n\nMore text.\n';
    await writeFile(join(dir, 'documents', `${id}.md`), body);
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    expect(opened.body).toBe(body);
    const exported = await dispatch('documents.export', { dir, id });
    expect(exported).toMatchObject({
      ok: false,
      error: { code: 'template-syntax', details: { line: 3, column: 5 } },
    });
  });
});
