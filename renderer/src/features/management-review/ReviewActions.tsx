import type { Person } from '../../../../core/model/workspace';
import { DateInput } from '../../components/DateInput';
import { Icon } from '../../components/Icon';
import {
  EMPTY_ACTION,
  type ActionDraft,
  type ActionStatus,
  type CarriedDraft,
} from './review-draft';

const STATUSES: readonly { value: ActionStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
];

const StatusSelect = ({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: ActionStatus;
  onChange: (value: ActionStatus) => void;
  testId: string;
}) => (
  <select
    aria-label={label}
    value={value}
    data-testid={testId}
    onChange={(event) => onChange(event.target.value as ActionStatus)}
  >
    {STATUSES.map((s) => (
      <option key={s.value} value={s.value}>
        {s.label}
      </option>
    ))}
  </select>
);

/** Open actions of earlier reviews: their status and what was said about them now. */
export const CarriedForward = ({
  items,
  onChange,
}: {
  items: readonly CarriedDraft[];
  onChange: (items: CarriedDraft[]) => void;
}) => {
  const set = (index: number, patch: Partial<CarriedDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <section className="mr-section" aria-labelledby="mr-carried-heading">
      <h2 id="mr-carried-heading">Actions carried forward</h2>
      {items.length === 0 ? (
        <p className="muted" data-testid="mr-carried-none">
          No earlier review left an action open when this review was recorded.
        </p>
      ) : (
        <table className="data-table" data-testid="mr-carried">
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Action</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={`${item.review}:${item.action}`}>
                <td className="mono">{item.review}</td>
                <td>{item.action}</td>
                <td>
                  <StatusSelect
                    label={`Status of ${item.action}`}
                    value={item.status}
                    testId={`mr-carried-status-${index}`}
                    onChange={(status) => set(index, { status })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Note on ${item.action}`}
                    value={item.note}
                    onChange={(event) => set(index, { note: event.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};

/** The actions decided at this review (9.3.3): what, who, by when, and their status. */
export const ReviewActions = ({
  actions,
  people,
  onChange,
}: {
  actions: readonly ActionDraft[];
  people: readonly Person[];
  onChange: (actions: ActionDraft[]) => void;
}) => {
  const set = (index: number, patch: Partial<ActionDraft>) =>
    onChange(actions.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <section className="mr-section" aria-labelledby="mr-actions-heading">
      <h2 id="mr-actions-heading">Actions</h2>
      {actions.length === 0 ? <p className="muted">No actions yet.</p> : null}
      <ol className="mr-actions">
        {actions.map((a, index) => (
          <li key={index} className="mr-action" data-testid={`mr-action-${index}`}>
            <input
              aria-label={`Action ${index + 1}`}
              placeholder="What will be done"
              value={a.action}
              data-testid={`mr-action-text-${index}`}
              onChange={(event) => set(index, { action: event.target.value })}
            />
            <select
              aria-label={`Owner of action ${index + 1}`}
              value={a.owner ?? ''}
              onChange={(event) => set(index, { owner: event.target.value || null })}
            >
              <option value="">No owner yet</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <DateInput
              aria-label={`Due date of action ${index + 1}`}
              value={a.dueDate}
              onChange={(dueDate) => set(index, { dueDate })}
            />
            <StatusSelect
              label={`Status of action ${index + 1}`}
              value={a.status}
              testId={`mr-action-status-${index}`}
              onChange={(status) => set(index, { status })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove action ${index + 1}`}
              onClick={() => onChange(actions.filter((_, i) => i !== index))}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        data-testid="mr-add-action"
        onClick={() => onChange([...actions, EMPTY_ACTION])}
      >
        <Icon name="plus" />
        Add action
      </button>
    </section>
  );
};
