import { useId, useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { useQuery } from '../../components/use-query';
import { usePackJob } from './use-pack-job';

/** Builds the Stage 1 pack with a progress bar and a cancel button. */
export const PackPanel = () => {
  const { workspace } = useSession();
  const { state, start, cancel } = usePackJob(workspace.dir);
  const { api } = useServices();
  const documents = useQuery(`documents:${workspace.dir}`, () =>
    api['documents.list']({ dir: workspace.dir }),
  );
  // A new workspace has nothing approved: say what such a pack holds before it is built.
  const noneApproved =
    documents.data !== undefined && documents.data.every((d) => d.control.approvedVersion === null);
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const labelId = useId();
  const running = state.phase === 'running';
  const percent = running && state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
  return (
    <section
      className="readiness-card pack-panel"
      aria-labelledby={labelId}
      data-testid="pack-panel"
    >
      <h2 id={labelId}>Stage 1 pack</h2>
      <p className="muted">
        One ZIP for the auditor: approved documents as Word by clause area, the registers, the
        register of documents and the traceability matrix as Excel, this report, and a SHA-256
        manifest.
      </p>
      {noneApproved ? (
        <p className="muted" data-testid="pack-none-approved">
          No document is approved yet, so the pack will hold no documents: only this report, the
          registers, the register of documents and the traceability matrix. Tick “Include drafts” to
          add the drafts, marked as drafts.
        </p>
      ) : null}
      <label className="pack-option">
        <input
          type="checkbox"
          checked={includeDrafts}
          disabled={running}
          onChange={(e) => setIncludeDrafts(e.target.checked)}
          data-testid="pack-include-drafts"
        />
        Include drafts (marked as drafts on their cover)
      </label>
      {running ? (
        <div className="pack-progress">
          <progress
            max={100}
            value={percent}
            aria-label="Building the Stage 1 pack"
            data-testid="pack-progress"
          />
          <p className="muted" aria-live="polite" data-testid="pack-step">
            {state.cancelling ? 'Cancelling…' : `${percent}% · ${state.step}`}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void cancel()}
            disabled={state.cancelling}
            data-testid="pack-cancel"
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => void start(includeDrafts)}
          data-testid="pack-build"
        >
          Build the Stage 1 pack
        </button>
      )}
      {state.phase === 'finished' ? (
        <p
          className={`pack-result pack-result-${state.tone}`}
          role="status"
          data-testid="pack-result"
        >
          {state.message}
        </p>
      ) : null}
    </section>
  );
};
