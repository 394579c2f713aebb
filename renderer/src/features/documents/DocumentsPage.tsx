import { useEffect } from 'react';
import { firstScreenShown } from '../../app/first-screen';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useQuery } from '../../components/use-query';
import { ImportDocxButton } from '../import/ImportDocxButton';
import { documentRows, type DocumentRow } from './documents-table';
import { DocumentsTable } from './DocumentsTable';

/** The workspace's documents, sortable by every column; a row opens the editor. */
export const DocumentsPage = () => {
  const { api, dialogs, toasts } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  // Both asked at once: the index (nothing rendered) paints the rows at once; the checked list,
  // which renders every document, fills in state and unfilled counts when it comes.
  const index = useQuery(`documents-index:${dir}`, () => api['documents.index']({ dir }));
  const documents = useQuery(`documents:${dir}`, () => api['documents.list']({ dir }));
  const rows = documentRows(documents.data, index.data);
  const settled = rows !== undefined || Boolean(index.error ?? documents.error);
  useEffect(() => {
    if (settled) firstScreenShown();
  }, [settled]);
  const reload = () => {
    index.reload();
    documents.reload();
  };

  const remove = async (doc: DocumentRow) => {
    const ok = await dialogs.confirm({
      title: `Delete ${doc.id}?`,
      message: `“${doc.title}” is a draft that was never approved: it and its text will be removed from the workspace, and its ID will not be given to another document. This cannot be undone here.`,
      confirmLabel: 'Delete document',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      await api['documents.delete']({ dir, id: doc.id });
      toasts.show('success', `Deleted ${doc.id}.`);
      reload();
    } catch (error) {
      toasts.show('error', `Could not delete ${doc.id}: ${describeError(error)}`);
    }
  };

  const open = (id: string) => void session.navigate({ name: 'editor', id });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Documents</h1>
          <p className="muted">
            {rows
              ? `${rows.length} document${rows.length === 1 ? '' : 's'} in this workspace.`
              : ' '}
          </p>
        </div>
        <div className="page-actions">
          <ImportDocxButton onImported={reload} />
          <button
            type="button"
            className="button button-primary"
            data-testid="new-document"
            onClick={() => void session.navigate({ name: 'templates' })}
          >
            <Icon name="plus" />
            Add from templates
          </button>
        </div>
      </div>
      {documents.error ? (
        <p className="banner banner-error" role="alert">
          Could not load the documents: {describeError(documents.error)}
        </p>
      ) : null}
      {rows && rows.length === 0 ? (
        <div className="empty-state">
          <p>No documents yet.</p>
          <p className="muted">Pick templates from the library to start drafting.</p>
        </div>
      ) : (
        <DocumentsTable
          documents={rows}
          loading={documents.loading}
          onOpen={open}
          onDelete={(doc) => void remove(doc)}
        />
      )}
    </div>
  );
};
