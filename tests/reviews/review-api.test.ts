import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract';
import { useFreshWorkspaces } from '../support/workspace-setup';

const figure = (
  figures: Partial<Record<string, { label: string; value: number }[]>>,
  input: string,
  label: string,
) => figures[input]?.find((f) => f.label === label)?.value;

describe('management reviews through the API', () => {
  const setup = useFreshWorkspaces('isms-reviews-');
  let api: Api;
  let dir: string;
  beforeEach(() => ({ api, dir } = setup));

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

  it('keeps the figures read-only through the generic register save', async () => {
    await addNonconformity('2026-02-01');
    const created = await api['reviews.create']({ dir, date: '2026-03-01' });
    const save = (entry: Record<string, unknown>) =>
      api['registers.save']({ dir, register: 'management-reviews', entry });
    const { registers } = await api['registers.describe']({});
    const description = registers.find((d) => d.name === 'management-reviews');
    const figuresColumn = description?.columns.find((c) => c.key === 'figures');
    expect(figuresColumn?.readOnly).toBe(true);

    const forged = { d: [{ label: 'Nonconformities open', value: 0 }] };
    await expect(save({ id: 'MR-001', figures: forged })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('Figures (figures): is read-only') as string,
      details: { field: 'figures', register: 'management-reviews', id: 'MR-001' },
    });
    await expect(save({ id: 'MR-001', figuresAsOf: '2026-01-01' })).rejects.toMatchObject({
      details: { field: 'figuresAsOf' },
    });
    await expect(save({ date: '2026-05-01', figures: forged })).rejects.toMatchObject({
      details: { field: 'figures' },
    });
    const kept = await api['reviews.get']({ dir, id: 'MR-001' });
    expect(kept.review.figures).toEqual(created.review.figures);
    expect(kept.review.figuresAsOf).toBe('2026-03-01');

    // The whole entry sent back unchanged (as a form or an export round trip does) is accepted.
    const saved = await save({ ...created.review, decisions: ['Fund a backup test'] });
    expect(saved.entry['decisions']).toEqual(['Fund a backup test']);
    expect(
      figure(
        (await api['reviews.get']({ dir, id: 'MR-001' })).review.figures,
        'd',
        'Nonconformities open',
      ),
    ).toBe(1);
    // A new review made through the generic save starts with no figures.
    const plain = await save({ date: '2026-06-01' });
    expect(plain.entry['figures']).toEqual({});
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
