import { useState } from 'react';
import type { Person } from '../../../../core/model/workspace';
import { SaveIndicator } from '../../components/SaveIndicator';
import { describeError } from '../../components/errors';
import { draftOf, type ReviewDraft } from './review-draft';
import type { ReviewView } from './review-types';
import { CarriedForward, ReviewActions } from './ReviewActions';
import { ReviewInputs } from './ReviewInputs';
import { useReviewAutosave } from './use-review-autosave';

type Props = {
  view: ReviewView;
  people: readonly Person[];
  onSaved: (view: ReviewView) => void;
  onRedraw: () => void;
};

// Dates as everywhere else in the app (lists, registers, the risk method): 2026-11-12.
const formatDay = (day: string | null) => day ?? 'not recorded';

/** One management review: attendance, inputs a) to g), decisions and actions, autosaved. */
export const ReviewEditor = ({ view, people, onSaved, onRedraw }: Props) => {
  const { review, changes } = view;
  const [draft, setDraft] = useState<ReviewDraft>(() => draftOf(review));
  const { snapshot } = useReviewAutosave(view, draft, onSaved);
  const update = (patch: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleAttendee = (id: string, on: boolean) =>
    update({
      attendees: on ? [...draft.attendees, id] : draft.attendees.filter((a) => a !== id),
    });

  return (
    <article
      className="mr-editor"
      aria-labelledby="mr-title"
      data-testid="mr-editor"
      data-review-id={review.id}
      data-review-date={review.date}
    >
      <header className="mr-editor-header">
        <div>
          <h2 id="mr-title">
            {review.id}: review of {formatDay(review.date)}
          </h2>
          <p className="muted" data-testid="mr-frozen-note">
            {review.figuresAsOf
              ? `Figures drawn from the registers as at ${formatDay(review.figuresAsOf)} and kept with this record.`
              : 'No figures were drawn from the registers for this review.'}
          </p>
        </div>
        <SaveIndicator
          state={snapshot.state}
          detail={snapshot.error ? describeError(snapshot.error) : null}
          testId="mr-save-state"
        />
      </header>
      {changes.length > 0 ? (
        <div className="banner banner-warning" role="note" data-testid="mr-changes">
          <p>
            The registers now give {changes.length === 1 ? 'a different value' : 'different values'}{' '}
            for this date than the ones recorded at the meeting. The record keeps the figures the
            meeting saw:
          </p>
          <ul>
            {changes.map((c) => (
              <li key={`${c.input}:${c.label}`}>
                {c.input}) {c.label}: {c.recorded} at the meeting, {c.now} now
              </li>
            ))}
          </ul>
          <button type="button" className="button button-small" onClick={onRedraw}>
            Correct the date and draw the figures again…
          </button>
        </div>
      ) : null}
      <section className="mr-section" aria-labelledby="mr-attendance-heading">
        <h2 id="mr-attendance-heading">Attendance</h2>
        <div className="form-field">
          <label htmlFor="mr-chair">Chair</label>
          <select
            id="mr-chair"
            value={draft.chair ?? ''}
            data-testid="mr-chair"
            onChange={(event) => update({ chair: event.target.value || null })}
          >
            <option value="">Not recorded</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="mr-attendees">
          <legend>Attendees</legend>
          {people.length === 0 ? (
            <p className="muted">Add people under Organisation to record who attended.</p>
          ) : null}
          {people.map((p) => (
            <label key={p.id} className="mr-attendee">
              <input
                type="checkbox"
                checked={draft.attendees.includes(p.id)}
                onChange={(event) => toggleAttendee(p.id, event.target.checked)}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
      </section>
      <CarriedForward
        items={draft.carriedForward}
        onChange={(carriedForward) => update({ carriedForward })}
      />
      <ReviewInputs
        figures={review.figures}
        changes={changes}
        notes={draft.inputs}
        onNote={(input, value) => update({ inputs: { ...draft.inputs, [input]: value } })}
      />
      <section className="mr-section" aria-labelledby="mr-decisions-heading">
        <h2 id="mr-decisions-heading">Decisions (9.3.3)</h2>
        <div className="form-field">
          <label htmlFor="mr-decisions">Decisions, one per line</label>
          <textarea
            id="mr-decisions"
            rows={5}
            value={draft.decisions}
            data-testid="mr-decisions"
            onChange={(event) => update({ decisions: event.target.value })}
          />
        </div>
      </section>
      <ReviewActions
        actions={draft.actions}
        people={people}
        onChange={(actions) => update({ actions })}
      />
    </article>
  );
};
