import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../core/model/workspace';
import { returnToDraft, startRevisionOnEdit } from '../../core/doccontrol/lifecycle';
import { sampleWorkspace } from '../backend/workspace-fixture';

const meta = (patch: Partial<DocumentMeta>): DocumentMeta => {
  const [document] = sampleWorkspace().documents;
  if (!document) throw new Error('the sample workspace holds one document');
  return { ...document, ...patch };
};

describe('the lifecycle steps back to a draft', () => {
  it('returns a document in review as the next minor draft, with the reason in its history', () => {
    const returned = returnToDraft(meta({ status: 'review', version: '1.1' }), {
      today: '2026-02-01',
      reason: '  Scope too narrow ',
      by: 'Dana Reed',
    });
    expect(returned).toMatchObject({ status: 'draft', version: '1.2', updatedAt: '2026-02-01' });
    expect(returned.revisions).toEqual([
      {
        version: '1.2',
        date: '2026-02-01',
        author: 'Dana Reed',
        description: 'Returned for changes: Scope too narrow',
      },
    ]);
  });

  it('refuses a return without a reason or for a document not in review', () => {
    const args = { today: '2026-02-01', reason: ' ', by: 'Dana Reed' };
    expect(() => returnToDraft(meta({ status: 'review' }), args)).toThrow(/reason/);
    expect(() => returnToDraft(meta({ status: 'draft' }), { ...args, reason: 'x' })).toThrow(
      /not in review/,
    );
  });

  it('opens draft X.(Y+1) when an approved text is edited, naming the approved version', () => {
    const edited = startRevisionOnEdit(meta({ status: 'approved', version: '2.0' }), {
      today: '2026-03-10',
      by: 'Sam Patel',
    });
    expect(edited).toMatchObject({ status: 'draft', version: '2.1', updatedAt: '2026-03-10' });
    expect(edited.revisions.at(-1)).toEqual({
      version: '2.1',
      date: '2026-03-10',
      author: 'Sam Patel',
      description: 'Draft revision of approved version 2.0',
    });
  });

  it('takes an edited document in review back to draft without a new version', () => {
    const edited = startRevisionOnEdit(meta({ status: 'review', version: '0.3' }), {
      today: '2026-03-10',
      by: 'Sam Patel',
    });
    expect(edited).toMatchObject({ status: 'draft', version: '0.3', revisions: [] });
  });
});
