import { useState } from 'react';
import type { ApiOutput } from '../../../../core/api/contract';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { CompareView } from './CompareView';

type Control = ApiOutput<'documents.control'>;

/** Approved versions (each exportable as frozen) and the revision history of the document. */
export const HistoryPanel = ({ id, control }: { id: string; control: Control | undefined }) => {
  const { api, platform, toasts } = useServices();
  const { workspace } = useSession();
  const [comparing, setComparing] = useState(false);
  if (!control) return <p className="muted">Loading the history…</p>;

  const exportVersion = async (version: string) => {
    try {
      const file = await api['documents.exportVersion']({ dir: workspace.dir, id, version });
      const saved = await platform.saveFile(file.fileName, file.data);
      if (saved) toasts.show('success', `Exported approved version ${version}.`);
    } catch (error) {
      toasts.show('error', `Could not export version ${version}: ${describeError(error)}`);
    }
  };

  const versions = [
    ...control.approvals.filter((a) => a.frozen).map((a) => a.version),
    ...(control.view.changedSinceApproval || control.approvals.length === 0 ? ['current'] : []),
  ];
  return (
    <div className="history-panel" data-testid="history-panel">
      <div className="history-heading">
        <h2>Approved versions</h2>
        <button
          type="button"
          className="button button-small"
          disabled={versions.length < 2}
          title={versions.length < 2 ? 'There is only one version so far' : undefined}
          data-testid="compare-versions"
          onClick={() => setComparing(true)}
        >
          Compare versions…
        </button>
      </div>
      {control.approvals.length === 0 ? (
        <p className="muted">Not approved yet.</p>
      ) : (
        <ul className="history-list" data-testid="approvals">
          {[...control.approvals].reverse().map((a) => (
            <li key={a.version} data-testid="approval-row" data-version={a.version}>
              <div>
                <strong>{a.version}</strong> approved {a.date} by {a.approverName}
                {a.authorName ? <span className="muted"> (author {a.authorName})</span> : null}
              </div>
              <div className="muted">{a.reason}</div>
              {a.frozen ? (
                <button
                  type="button"
                  className="button button-small"
                  data-testid={`export-version-${a.version}`}
                  onClick={() => void exportVersion(a.version)}
                >
                  Export this version
                </button>
              ) : (
                <span className="badge badge-warning">No frozen copy in history/</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>Revision history</h2>
      {/* A list, not a four-column table: the side panel is about 260 px wide, where a table
          ran its headings together and cut the change text off. */}
      <ol className="history-list revision-list" data-testid="revision-history">
        {control.revisions.map((r, index) => (
          <li key={`${r.version}-${index}`} data-testid="revision-row" data-version={r.version}>
            <div>
              <strong>{r.version}</strong> <span className="muted">·</span> {r.date}{' '}
              <span className="muted">·</span> {r.author}
            </div>
            <div className="muted">{r.description}</div>
          </li>
        ))}
      </ol>
      {comparing ? (
        <CompareView id={id} versions={versions} onClose={() => setComparing(false)} />
      ) : null}
    </div>
  );
};
