import { describe, expect, it } from 'vitest';
import { managementReviewSchema } from '../../../../core/model/registers';
import { draftOf, openActionCount, patchOf } from './review-draft';

const review = managementReviewSchema.parse({
  id: 'MR-001',
  date: '2026-03-01',
  inputs: { b: 'Office move' },
  figures: { d: [{ label: 'Nonconformities open', value: 2 }] },
  figuresAsOf: '2026-03-01',
  decisions: ['Keep the scope'],
  actions: [{ action: 'Buy keys', dueDate: '2026-04-01' }],
  carriedForward: [{ review: 'MR-000', action: 'Old one', status: 'open' }],
});

describe('the management review draft', () => {
  it('round-trips a saved review to the same patch', () => {
    expect(patchOf(draftOf(review))).toEqual({
      chair: null,
      attendees: [],
      inputs: { b: 'Office move' },
      decisions: ['Keep the scope'],
      actions: [{ action: 'Buy keys', owner: null, dueDate: '2026-04-01', status: 'open' }],
      carriedForward: [{ review: 'MR-000', action: 'Old one', status: 'open', note: '' }],
    });
  });

  it('saves decisions one per line and leaves out blank lines and unfinished action rows', () => {
    const draft = {
      ...draftOf(review),
      decisions: 'First\n\n  Second  \n',
      actions: [
        { action: ' Train staff ', owner: 'ana', dueDate: '', status: 'open' as const },
        { action: '   ', owner: null, dueDate: '', status: 'open' as const },
      ],
    };
    const patch = patchOf(draft);
    expect(patch.decisions).toEqual(['First', 'Second']);
    expect(patch.actions).toEqual([
      { action: 'Train staff', owner: 'ana', dueDate: null, status: 'open' },
    ]);
    expect(patch).not.toHaveProperty('figures');
    expect(openActionCount(draft)).toBe(2);
  });
});
