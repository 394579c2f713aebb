import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

const figure = (
  figures: Partial<Record<string, { label: string; value: number }[]>>,
  input: string,
  label: string,
) => figures[input]?.find((f) => f.label === label)?.value;

describe('management reviews through the API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let api: Api;
  let dir: string;
  let count = 0;

  beforeAll(async () => {
    temp = await makeTempDir('isms-reviews-');
    const { dispatch } = createBackend({ clock: fixedClock });
    api = createApiClient((method, input) => dispatch(method, input));
  });
  afterAll(() => temp.cleanup());
  beforeEach(async () => {
    count += 1;
    dir = join(temp.dir, `ws-${count}`);
    await api['workspace.create']({ dir, from: 'blank', name: 'Acme' });
  });

  const addNonconformity = (raisedOn: string) =>
    api['registers.save']({
      dir,
      register: 'nonconformities',
      entry: { raisedOn, description: 'Backups not tested' },
    });

  it('freezes the figures with the review: later register changes show as differences only', async () => {
    await addNonconformity('2026-02-01');
    const created = await api['reviews.create']({ dir, date: '2026-03-01' });
    expect(created.review.id).toBe('MR-001');
    expect(created.review.figuresAsOf).toBe('2026-03-01');
    expect(figure(created.review.figures, 'd', 'Nonconformities open')).toBe(1);
    expect(created.changes).toEqual([]);

    await addNonconformity('2026-02-15');
    const later = await api['reviews.get']({ dir, id: 'MR-001' });
    expect(figure(later.review.figures, 'd', 'Nonconformities open')).toBe(1);
    expect(figure(later.live, 'd', 'Nonconformities open')).toBe(2);
    expect(later.changes).toEqual([
      { input: 'd', label: 'Nonconformities open', recorded: 1, now: 2 },
    ]);

    // A nonconformity raised after the meeting is not a difference for that meeting.
    await addNonconformity('2026-04-01');
    expect((await api['reviews.get']({ dir, id: 'MR-001' })).changes).toHaveLength(1);
  });

  it('keeps the figures when the discussion, decisions and actions are saved', async () => {
    await addNonconformity('2026-02-01');
    await api['reviews.create']({ dir, date: '2026-03-01' });
    await addNonconformity('2026-02-02');
    const saved = await api['reviews.update']({
      dir,
      id: 'MR-001',
      patch: {
        inputs: { d: 'Two nonconformities discussed.' },
        decisions: ['Test restores monthly'],
        actions: [
          { action: 'Schedule restore tests', owner: null, dueDate: '2026-04-01', status: 'open' },
        ],
      },
    });
    expect(saved.review.inputs.d).toBe('Two nonconformities discussed.');
    expect(figure(saved.review.figures, 'd', 'Nonconformities open')).toBe(1);
  });

  it('refuses a patch that would change the frozen figures or the date', async () => {
    await api['reviews.create']({ dir, date: '2026-03-01' });
    await expect(
      api['reviews.update']({
        dir,
        id: 'MR-001',
        patch: { figures: {} } as never,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('carries open actions forward to the next review', async () => {
    await api['reviews.create']({ dir, date: '2026-03-01' });
    await api['reviews.update']({
      dir,
      id: 'MR-001',
      patch: {
        actions: [
          { action: 'Buy security keys', owner: null, dueDate: null, status: 'open' },
          { action: 'Publish policy', owner: null, dueDate: null, status: 'done' },
        ],
      },
    });
    const prepared = await api['reviews.prepare']({ dir, date: '2026-09-01' });
    expect(prepared.carriedForward).toEqual([
      { review: 'MR-001', action: 'Buy security keys', status: 'open', note: '' },
    ]);
    const next = await api['reviews.create']({ dir, date: '2026-09-01' });
    expect(next.review.carriedForward).toEqual(prepared.carriedForward);
    expect(figure(next.review.figures, 'a', 'Actions from earlier reviews still open')).toBe(1);
  });

  it('redraws the figures only when asked, for a corrected date', async () => {
    await addNonconformity('2026-02-01');
    await api['reviews.create']({ dir, date: '2026-01-15' });
    const moved = await api['reviews.redraw']({ dir, id: 'MR-001', date: '2026-03-01' });
    expect(moved.review.date).toBe('2026-03-01');
    expect(figure(moved.review.figures, 'd', 'Nonconformities open')).toBe(1);
  });

  it('names a review that does not exist', async () => {
    await expect(api['reviews.get']({ dir, id: 'MR-009' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
