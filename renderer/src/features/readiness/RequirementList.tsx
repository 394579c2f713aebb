import type { RequirementResult } from '../../../../core/readiness/types';
import { FindingLink } from './FindingLink';
import { scoreBand } from './fix-links';

const STATE_LABELS: Readonly<Record<string, string>> = {
  missing: 'Missing',
  broken: 'Broken',
  unfilled: 'Unfilled',
  draft: 'Not approved',
  changed: 'Changed since approval',
  overdue: 'Review overdue',
  current: 'Current',
};

const Requirement = ({ r }: { r: RequirementResult }) => (
  <details className="requirement" open={r.findings.some((f) => f.severity === 'blocker')}>
    <summary>
      <span className="requirement-id">{r.id}</span>
      <span className="requirement-title">{r.title}</span>
      {r.score === null ? (
        <span className="badge badge-muted">Interview</span>
      ) : (
        <span className={`badge score-${scoreBand(r.score)}`}>{r.score}%</span>
      )}
    </summary>
    {r.expected.length > 0 ? (
      <ul className="expected-list">
        {r.expected.map((e) => (
          <li key={`${e.templateId}-${e.documentId ?? ''}`}>
            <span className={`doc-state doc-state-${e.state}`}>{STATE_LABELS[e.state]}</span>{' '}
            {e.label}
            {e.documentId ? ` (${e.documentId})` : ''}
            <span className="muted"> · {e.detail}</span>
          </li>
        ))}
      </ul>
    ) : null}
    {r.score === null ? (
      <p className="muted">
        Shown to the auditor in interviews; nothing here is checked by machine.
      </p>
    ) : null}
    {r.findings.length > 0 ? (
      <ul className="finding-list">
        {r.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">
              {f.severity === 'blocker' ? 'Blocks Stage 1' : 'Advice'}
            </span>
            <span>{f.message}</span> <FindingLink finding={f} />
          </li>
        ))}
      </ul>
    ) : null}
  </details>
);

/** Every requirement of one area, each expandable to its documents and findings. */
export const RequirementList = ({
  title,
  requirements,
}: {
  title: string;
  requirements: readonly RequirementResult[];
}) => (
  <section className="readiness-card" aria-label={title}>
    <h3>{title}</h3>
    {requirements.map((r) => (
      <Requirement key={r.id} r={r} />
    ))}
  </section>
);
