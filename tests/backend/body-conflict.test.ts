import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { textRevision } from '../../core/model/text-revision';
import { fixedClock } from '../support/fixed-clock';
import { replaceFromAnotherProcess, writeFromAnotherProcess } from '../support/other-process';
import { createPolicyDraft } from '../support/policy-draft';
import { makeTempDir } from '../support/temp-dir';

describe('a document body changed on disk by another process is never overwritten', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  let id: string;
  const { dispatch } = createBackend({ clock: fixedClock, renderWorkers: false });
  const bodyFile = () => join(dir, 'documents', `${id}.md`);

  beforeEach(async () => {
    temp = await makeTempDir('isms-cas-');
    dir = join(temp.dir, 'ws');
    id = (await createPolicyDraft(dispatch, dir)).id;
  });
  afterEach(() => temp.cleanup());

  it('refuses the save as a conflict and leaves their text on disk', async () => {
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    expect(opened.revision).toBe(textRevision(opened.body));
    await writeFromAnotherProcess(bodyFile(), '# Theirs\n\nWritten by another program.\n');

    const result = await dispatch('documents.update', {
      dir,
      id,
      body: `${opened.body}\nMine.\n`,
      baseRevision: opened.revision,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.error.details).toMatchObject({ id, reason: 'body-changed' });
    expect(result.error.message).toContain('changed on disk by another program');
    expect(await readFile(bodyFile(), 'utf8')).toBe('# Theirs\n\nWritten by another program.\n');
    expect((await callApi(dispatch, 'documents.get', { dir, id })).body).toContain('Theirs');
  });

  it('saves over an unchanged file, again and again with the revision of what it saved', async () => {
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    let base = opened.revision;
    for (const n of [1, 2, 3]) {
      const body = `${opened.body}\nEdit ${n}.\n`;
      await callApi(dispatch, 'documents.update', { dir, id, body, baseRevision: base });
      base = textRevision(body);
    }
    expect(await readFile(bodyFile(), 'utf8')).toContain('Edit 3.');
  });

  it('keeps both texts: mine as a copy, theirs in the document; or mine over theirs, knowingly', async () => {
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    const mine = `${opened.body}\nMine.\n`;
    await writeFromAnotherProcess(bodyFile(), 'Theirs.\n');
    const refused = await dispatch('documents.update', {
      dir,
      id,
      body: mine,
      baseRevision: opened.revision,
    });
    expect(refused.ok).toBe(false);

    const copy = await callApi(dispatch, 'documents.copy', { dir, id, body: mine });
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe(`${opened.meta.title} (copy)`);
    expect(copy.templateId).toBe(opened.meta.templateId);
    expect((await callApi(dispatch, 'documents.get', { dir, id: copy.id })).body).toBe(mine);
    const theirs = await callApi(dispatch, 'documents.get', { dir, id });
    expect(theirs.body).toBe('Theirs.\n');

    // Saving over theirs once their text is seen (and kept as a copy) is allowed.
    await callApi(dispatch, 'documents.copy', { dir, id, body: theirs.body });
    await callApi(dispatch, 'documents.update', {
      dir,
      id,
      body: mine,
      baseRevision: theirs.revision,
    });
    expect(await readFile(bodyFile(), 'utf8')).toBe(mine);
  });

  it('refuses a save after another process replaced the file by a rename, as git pull does', async () => {
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    await replaceFromAnotherProcess(bodyFile(), 'Pulled.\n');
    const result = await dispatch('documents.update', {
      dir,
      id,
      body: 'Mine.\n',
      baseRevision: opened.revision,
    });
    expect(result.ok ? 'saved' : result.error.code).toBe('conflict');
    expect(await readFile(bodyFile(), 'utf8')).toBe('Pulled.\n');
  });
});
