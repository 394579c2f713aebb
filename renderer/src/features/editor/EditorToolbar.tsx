import { memo } from 'react';
import type { ControlViewDto } from '../../../../core/api/contract-doccontrol';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { ControlBadge } from '../doccontrol/ControlBadge';
import { useSession } from '../../app/navigation';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { StatusBadge } from '../../components/StatusBadge';
import type { AutosaveSnapshot } from './autosave';

type EditorToolbarProps = {
  meta: DocumentMeta;
  control: ControlViewDto | undefined;
  snapshot: AutosaveSnapshot;
  exporting: boolean;
  onExport: (format: 'docx' | 'pdf') => void;
  onSaveNow: () => void;
};

/** Back to the list, what is open, whether it is saved, and the export action. */
export const EditorToolbar = memo(function EditorToolbar({
  meta,
  control,
  snapshot,
  exporting,
  onExport,
  onSaveNow,
}: EditorToolbarProps) {
  const session = useSession();
  const detail = snapshot.error ? describeError(snapshot.error) : null;
  return (
    <div className="editor-toolbar">
      <button
        type="button"
        className="icon-button"
        aria-label="Back to documents"
        data-testid="editor-back"
        onClick={() => void session.navigate({ name: 'documents' })}
      >
        <Icon name="back" />
      </button>
      <div className="editor-title">
        <span className="mono muted" data-testid="editor-document-id">
          {meta.id}
        </span>
        <h1 data-testid="editor-title">{meta.title}</h1>
        {control ? <ControlBadge view={control} /> : <StatusBadge status={meta.status} />}
        <span className="muted" data-testid="editor-version">
          v{control?.workingVersion ?? meta.version}
        </span>
      </div>
      <div className="editor-actions">
        <SaveIndicator state={snapshot.state} detail={detail} />
        {snapshot.state === 'error' || snapshot.state === 'unsaved' ? (
          <button
            type="button"
            className="button button-small"
            onClick={onSaveNow}
            data-testid="save-now"
            title="Save now (Ctrl+S)"
          >
            {snapshot.state === 'error' ? 'Retry' : 'Save'}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => onExport('pdf')}
          disabled={exporting}
          data-testid="export-pdf-button"
          aria-label="Export PDF"
        >
          <Icon name="download" />
          <span className="wide-only">Export </span>PDF
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => onExport('docx')}
          disabled={exporting}
          data-testid="export-button"
          aria-label="Export to Word"
        >
          <Icon name="download" />
          {exporting ? (
            'Exporting…'
          ) : (
            <>
              <span className="wide-only">Export to </span>Word
            </>
          )}
        </button>
      </div>
    </div>
  );
});
