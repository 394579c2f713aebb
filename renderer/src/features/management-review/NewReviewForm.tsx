import { useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { DateInput } from '../../components/DateInput';
import { describeError } from '../../components/errors';
import { useQuery } from '../../components/use-query';
import { INPUT_TITLES } from './review-draft';
import type { ReviewView } from './review-types';

const today = () => new Date().toISOString().slice(0, 10);

/** Picks the meeting date, previews what will be frozen, then records the review. */
export const NewReviewForm = ({
  onCreated,
  onCancel,
}: {
  onCreated: (view: ReviewView) => void;
  onCancel: () => void;
}) => {
  const { api } = useServices();
  const dir = useSession().workspace.dir;
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const preview = useQuery(valid ? `review-prepare:${dir}:${date}` : null, () =>
    api['reviews.prepare']({ dir, date }),
  );

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await api['reviews.create']({ dir, date }));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const figureCount = Object.values(preview.data?.figures ?? {}).reduce(
    (sum, list) => sum + (list?.length ?? 0),
    0,
  );
  return (
    <form
      className="mr-new"
      aria-label="New management review"
      data-testid="mr-new-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void create();
      }}
    >
      <div className="form-field">
        <label htmlFor="mr-new-date">Meeting date</label>
        <DateInput
          id="mr-new-date"
          value={date}
          required
          data-testid="mr-new-date"
          onChange={setDate}
        />
      </div>
      {preview.data ? (
        <p className="muted" data-testid="mr-new-preview">
          {figureCount} figures will be drawn for inputs{' '}
          {Object.keys(preview.data.figures).join(', ')} (
          {Object.keys(INPUT_TITLES).length - Object.keys(preview.data.figures).length} input
          without a register is left to the notes), and {preview.data.carriedForward.length} open
          action{preview.data.carriedForward.length === 1 ? '' : 's'} of earlier reviews carried
          forward.
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="mr-new-buttons">
        <button
          type="submit"
          className="button button-primary"
          disabled={!valid || busy}
          data-testid="mr-create"
        >
          Record the review and freeze its figures
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
