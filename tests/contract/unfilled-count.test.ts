import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../backend/cli/call';
import { listFields } from '../../renderer/src/features/editor/fields-list';
import { addPolicyDraft, useFreshWorkspaces } from '../support/workspace-setup';

describe('the unfilled count of one document', () => {
  const ws = useFreshWorkspaces('isms-unfilled-', { prepare: addPolicyDraft });

  it('is the same in the documents list and in the editor when a field is used twice', async () => {
    const { dispatch, dir } = ws;
    const { id } = ws.prepared;
    const body = [
      '# Contacts',
      '',
      'Write to {{ organisation.securityContact }} or call {{ organisation.phone }}.',
      '',
      'Out of hours: {{ organisation.securityContact }}, {{ organisation.name }}.',
      '',
    ].join('\n');
    await writeFile(join(dir, 'documents', `${id}.md`), body);

    const listed = (await callApi(dispatch, 'documents.list', { dir })).find((d) => d.id === id);
    // What the editor shows: the fields of the saved text, with the preview's unfilled ones.
    const opened = await callApi(dispatch, 'documents.get', { dir, id });
    const preview = await callApi(dispatch, 'preview.render', { dir, id, body });
    const inEditor = listFields(opened.fields, preview.unfilled).filter((e) => e.unfilled);

    // Three places, two fields (the organisation's name is filled).
    expect(preview.unfilled.length).toBe(3);
    expect(inEditor.map((e) => e.field)).toEqual([
      'organisation.securityContact',
      'organisation.phone',
    ]);
    expect(listed?.unfilledCount).toBe(inEditor.length);
  });
});
