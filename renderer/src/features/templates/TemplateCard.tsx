import type { TemplateSummary } from '../../../../core/api/contract';
import { findControl } from './group-templates';

type TemplateCardProps = {
  template: TemplateSummary;
  /** The group the card is shown in; a template may appear in several. */
  groupKey: string;
  /** IDs of the workspace's documents made from this template. */
  existing: readonly string[];
  adding: boolean;
  onAdd: () => void;
  onOpen: (id: string) => void;
};

const VISIBLE_CONTROLS = 5;

const ControlList = ({ ids }: { ids: readonly string[] }) => {
  const item = (id: string) => (
    <li key={id}>
      <span className="mono">{id}</span> {findControl(id)?.title ?? 'Unknown control'}
    </li>
  );
  if (ids.length <= VISIBLE_CONTROLS + 1) return <ul className="control-list">{ids.map(item)}</ul>;
  return (
    <>
      <ul className="control-list">{ids.slice(0, VISIBLE_CONTROLS).map(item)}</ul>
      <details className="more-controls">
        <summary>{ids.length - VISIBLE_CONTROLS} more controls</summary>
        <ul className="control-list">{ids.slice(VISIBLE_CONTROLS).map(item)}</ul>
      </details>
    </>
  );
};

/** One template: what it is for, what it answers, and the action to add it. */
export const TemplateCard = ({
  template,
  groupKey,
  existing,
  adding,
  onAdd,
  onOpen,
}: TemplateCardProps) => {
  const headingId = `template-${groupKey}-${template.id}`;
  return (
    <article
      className="template-card"
      aria-labelledby={headingId}
      data-testid={`template-${template.id}`}
    >
      <header className="template-card-header">
        <h3 id={headingId}>{template.title}</h3>
        <span className="badge badge-muted">{template.kind}</span>
      </header>
      <p className="template-summary">{template.summary}</p>
      <dl className="template-facts">
        {template.clauses.length > 0 ? (
          <div>
            <dt>Clauses</dt>
            <dd>{template.clauses.join(', ')}</dd>
          </div>
        ) : null}
        {template.controls.length > 0 ? (
          <div>
            <dt>Annex A</dt>
            <dd>
              <ControlList ids={template.controls} />
            </dd>
          </div>
        ) : null}
      </dl>
      <footer className="template-card-footer">
        {existing.length > 0 ? (
          <span className="template-existing">
            In workspace:{' '}
            {existing.map((id) => (
              <button
                key={id}
                type="button"
                className="link-button mono"
                onClick={() => onOpen(id)}
              >
                {id}
              </button>
            ))}
          </span>
        ) : (
          <span />
        )}
        <button
          type="button"
          className={existing.length > 0 ? 'button' : 'button button-primary'}
          data-testid={`add-${template.id}`}
          aria-label={`Add ${template.title} to the workspace`}
          disabled={adding}
          onClick={onAdd}
        >
          {adding ? 'Adding…' : existing.length > 0 ? 'Add another' : 'Add to workspace'}
        </button>
      </footer>
    </article>
  );
};
