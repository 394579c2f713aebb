import { useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useQuery } from '../../components/use-query';
import { NewReviewForm } from './NewReviewForm';
import type { ReviewView } from './review-types';
import { ReviewEditor } from './ReviewEditor';
import './management-review.css';

type Summary = { id: string; date: string };

const summaries = (rows: readonly Record<string, unknown>[]): Summary[] =>
  rows
    .map((row) => ({ id: String(row['id']), date: String(row['date']) }))
    .sort((a, b) => b.date.localeCompare(a.date));

/** 9.3: the management reviews, newest first, and the one being read or written. */
export const ManagementReviewPage = () => {
  const { api, dialogs, toasts } = useServices();
  const dir = useSession().workspace.dir;
  const list = useQuery(`reviews:${dir}`, async () =>
    summaries((await api['registers.list']({ dir, register: 'management-reviews' })).rows),
  );
  const profile = useQuery(`profile:${dir}`, () => api['profile.get']({ dir }));
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const current = selected ?? list.data?.[0]?.id ?? null;
  const view = useQuery(current ? `review:${dir}:${current}` : null, () =>
    api['reviews.get']({ dir, id: current! }),
  );
  const people = profile.data?.people ?? [];

  const created = (next: ReviewView) => {
    setCreating(false);
    setSelected(next.review.id);
    list.reload();
    toasts.show('success', `${next.review.id} recorded with the figures of ${next.review.date}.`);
  };

  const redraw = async () => {
    if (!view.data) return;
    const date = await dialogs.prompt({
      title: 'Correct the meeting date',
      message:
        'The figures frozen with this review are replaced by the figures the registers give for the new date. Use this only when the review was recorded with the wrong date.',
      label: 'Meeting date (YYYY-MM-DD)',
      initial: view.data.review.date,
      confirmLabel: 'Draw the figures again',
      validate: (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Use a date such as 2027-03-31.',
    });
    if (!date) return;
    try {
      view.replace(await api['reviews.redraw']({ dir, id: view.data.review.id, date }));
      list.reload();
    } catch (error) {
      toasts.show('error', `Could not draw the figures again: ${describeError(error)}`);
    }
  };

  return (
    <div className="page page-wide mr-page" data-testid="management-review">
      <div className="page-header">
        <div>
          <h1>Management reviews</h1>
          <p className="muted">
            Reviews by top management (9.3). Recording a review draws the figures for inputs a) to
            g) from the registers at the meeting date and keeps them with the record; open actions
            of earlier reviews are carried forward.
          </p>
        </div>
        <button
          type="button"
          className="button button-primary"
          data-testid="mr-new"
          onClick={() => setCreating(true)}
        >
          <Icon name="plus" />
          New review
        </button>
      </div>
      {list.error ? (
        <p className="banner banner-error" role="alert">
          Could not load the reviews: {describeError(list.error)}
        </p>
      ) : null}
      {creating ? <NewReviewForm onCreated={created} onCancel={() => setCreating(false)} /> : null}
      <div className="mr-body">
        <nav className="mr-list" aria-label="Management reviews">
          {list.data?.length === 0 ? <p className="muted">No reviews recorded yet.</p> : null}
          <ul>
            {list.data?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={`mr-list-item${r.id === current ? ' active' : ''}`}
                  aria-current={r.id === current ? 'true' : undefined}
                  data-testid={`mr-open-${r.id}`}
                  onClick={() => setSelected(r.id)}
                >
                  <span className="mono">{r.id}</span> <span>{r.date}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {view.error ? (
          <p className="banner banner-error" role="alert">
            Could not load {current}: {describeError(view.error)}
          </p>
        ) : null}
        {view.data && view.data.review.id === current ? (
          <ReviewEditor
            key={current}
            view={view.data}
            people={people}
            onSaved={view.replace}
            onRedraw={() => void redraw()}
          />
        ) : null}
      </div>
    </div>
  );
};
