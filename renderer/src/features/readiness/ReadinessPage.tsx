import type { ReadinessReport } from '../../../../core/readiness/types';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { useQuery } from '../../components/use-query';
import { FindingLink } from './FindingLink';
import { scoreBand } from './fix-links';
import { PackPanel } from './PackPanel';
import { RequirementList } from './RequirementList';
import './readiness.css';

const ScoreRing = ({ score }: { score: number }) => {
  const r = 42;
  const length = 2 * Math.PI * r;
  return (
    <svg
      className="score-ring"
      viewBox="0 0 100 100"
      role="img"
      aria-label={`Overall readiness ${score}%`}
    >
      <circle className="score-ring-track" cx="50" cy="50" r={r} />
      <circle
        className={`score-ring-value score-${scoreBand(score)}`}
        cx="50"
        cy="50"
        r={r}
        strokeDasharray={`${(score / 100) * length} ${length}`}
        transform="rotate(-90 50 50)"
      />
      <text x="50" y="56" textAnchor="middle" className="score-ring-text">
        {score}%
      </text>
    </svg>
  );
};

const AreaBars = ({ report }: { report: ReadinessReport }) => (
  <section className="readiness-card" aria-labelledby="areas-title">
    <h2 id="areas-title">By clause and Annex A theme</h2>
    <ul className="area-bars" data-testid="area-bars">
      {report.areas.map((a) => (
        <li key={a.id} className="area-bar">
          <span className="area-title">{a.title}</span>
          <span className="bar" aria-hidden="true">
            <span
              className={`bar-fill score-${scoreBand(a.score)}`}
              style={{ width: `${a.score}%` }}
            />
          </span>
          <span className="area-score">
            {a.score}%{a.blockers ? <span className="muted"> · {a.blockers} blocking</span> : null}
          </span>
        </li>
      ))}
    </ul>
  </section>
);

const NextSteps = ({ report }: { report: ReadinessReport }) => (
  <section className="readiness-card" aria-labelledby="next-title">
    <h2 id="next-title">Next things to do</h2>
    {report.nextSteps.length === 0 ? (
      <p>Nothing blocks Stage 1.</p>
    ) : (
      <ol className="next-steps" data-testid="next-steps">
        {report.nextSteps.map((f, i) => (
          <li key={`${f.rule}-${i}`}>
            <strong>{f.action}</strong> <span>{f.message}</span> <FindingLink finding={f} />
          </li>
        ))}
      </ol>
    )}
  </section>
);

/** What a Stage 1 auditor would find missing, clause by clause, and the Stage 1 pack. */
export const ReadinessPage = () => {
  const { api } = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  const result = useQuery(`readiness:${dir}`, () => api['readiness.report']({ dir }));
  const report = result.data?.report;
  return (
    <div className="page readiness-page">
      <div className="page-header">
        <div>
          <h1>Readiness</h1>
          <p className="muted">
            What a Stage 1 auditor would find missing, clause 4.1 to 10.2 and Annex A.
          </p>
        </div>
        <button type="button" className="button" onClick={result.reload} disabled={result.loading}>
          Check again
        </button>
      </div>
      {result.error ? (
        <p className="banner banner-error" role="alert">
          Could not check the workspace: {describeError(result.error)}
        </p>
      ) : null}
      {!report ? (
        <p className="page-loading">Checking the workspace…</p>
      ) : (
        <>
          <section className="readiness-card readiness-summary" data-testid="readiness-summary">
            <ScoreRing score={report.score} />
            <div>
              <h2>{report.ready ? 'Nothing blocks Stage 1' : 'Not ready for Stage 1'}</h2>
              <p className="muted">
                {report.blockers} blocking and {report.advice} advisory{' '}
                {report.blockers + report.advice === 1 ? 'finding' : 'findings'} as at {report.date}
                .
              </p>
            </div>
          </section>
          <div className="readiness-grid">
            <AreaBars report={report} />
            <NextSteps report={report} />
          </div>
          <PackPanel />
          <h2 className="readiness-heading">Clause by clause</h2>
          {[...new Set(report.requirements.map((r) => r.area))].map((area) => (
            <RequirementList
              key={area}
              title={report.areas.find((a) => a.id === area)?.title ?? area}
              requirements={report.requirements.filter((r) => r.area === area)}
            />
          ))}
        </>
      )}
    </div>
  );
};
