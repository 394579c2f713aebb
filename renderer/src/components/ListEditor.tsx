import type { ReactNode } from 'react';
import { Icon } from './Icon';

type ListEditorProps<T> = {
  /** Names the list for assistive technology and the buttons, e.g. "location". */
  itemLabel: string;
  items: readonly T[];
  renderItem: (item: T, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  testId?: string;
  emptyText?: string;
  /** Overall error for the list (for example "Add at least one."). */
  error?: string | undefined;
};

/** Rows of fields with an add button and a remove button per row. */
export const ListEditor = <T,>({
  itemLabel,
  items,
  renderItem,
  onAdd,
  onRemove,
  testId,
  emptyText,
  error,
}: ListEditorProps<T>) => (
  <div className="list-editor" data-testid={testId}>
    {items.length === 0 ? (
      <p className="muted list-empty">{emptyText ?? `No ${itemLabel}s yet.`}</p>
    ) : null}
    <ol className="list-editor-rows">
      {items.map((item, index) => (
        <li key={index} className="list-editor-row">
          <div className="list-editor-fields">{renderItem(item, index)}</div>
          <button
            type="button"
            className="icon-button list-remove"
            aria-label={`Remove ${itemLabel} ${index + 1}`}
            onClick={() => onRemove(index)}
          >
            <Icon name="trash" />
          </button>
        </li>
      ))}
    </ol>
    {error ? (
      <p className="field-error" role="alert">
        {error}
      </p>
    ) : null}
    <button
      type="button"
      className="button button-ghost list-add"
      onClick={onAdd}
      data-testid={testId ? `${testId}-add` : undefined}
    >
      <Icon name="plus" />
      Add {itemLabel}
    </button>
  </div>
);
