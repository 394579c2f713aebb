import { useState } from 'react';
import { importReportLines } from '../../../../core/api/import-report';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';

/**
 * Imports a Word file as a new draft (a file dialog in the desktop app, an upload in the
 * browser), then shows what was kept and what was left out before opening it.
 */
export const ImportDocxButton = ({ onImported }: { onImported: () => void }) => {
  const { api, platform, dialogs, toasts } = useServices();
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const importFile = async () => {
    try {
      const file = await platform.openFile(['.docx']);
      if (!file) return;
      setBusy(true);
      const result = await api['documents.import']({
        dir: session.workspace.dir,
        fileName: file.name,
        data: file.base64,
      });
      onImported();
      const { id, title } = result.document;
      const open = await dialogs.confirm({
        title: `Imported ${file.name} as ${id}`,
        message: `“${title}” is a new draft.`,
        items: importReportLines(result.report),
        confirmLabel: 'Open the document',
        cancelLabel: 'Stay on the list',
      });
      if (open) await session.navigate({ name: 'editor', id });
    } catch (error) {
      toasts.show('error', `Could not import: ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button"
      data-testid="import-docx"
      disabled={busy}
      onClick={() => void importFile()}
    >
      <Icon name="upload" />
      {busy ? 'Importing…' : 'Import Word document…'}
    </button>
  );
};
