import { useTable } from '@tanstack/react-table';
import type { DocumentSummary } from '../../../../core/api/contract';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useQuery } from '../../components/use-query';
import { documentColumns, documentsFeatures } from './documents-table';

const EMPTY: DocumentSummary[] = [];

/** The workspace's documents, sortable by every column; a row opens the editor. */
export const DocumentsPage = () => {
  const { api, dialogs, toasts } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const documents = useQuery(`documents:${dir}`, () => api['documents.list']({ dir }));
  const table = useTable({
    features: documentsFeatures,
    columns: documentColumns,
    data: documents.data ?? EMPTY,
    initialState: { sorting: [{ id: 'id', desc: false }] },
    getRowId: (row) => row.id,
  });

  const remove = async (doc: DocumentSummary) => {
    const ok = await dialogs.confirm({
      title: `Delete ${doc.id}?`,
      message: `“${doc.title}” and its text will be removed from the workspace. This cannot be undone here.`,
      confirmLabel: 'Delete document',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      await api['documents.delete']({ dir, id: doc.id });
      toasts.show('success', `Deleted ${doc.id}.`);
      documents.reload();
    } catch (error) {
      toasts.show('error', `Could not delete ${doc.id}: ${describeError(error)}`);
    }
  };

  const open = (id: string) => void session.navigate({ name: 'editor', id });
  const rows = table.getRowModel().rows;

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Documents</h1>
          <p className="muted">
            {documents.data ? `${documents.data.length} documents in this workspace.` : ' '}
          </p>
        </div>
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
      {documents.error ? (
        <p className="banner banner-error" role="alert">
          Could not load the documents: {describeError(documents.error)}
        </p>
      ) : null}
      {documents.data && documents.data.length === 0 ? (
        <div className="empty-state">
          <p>No documents yet.</p>
          <p className="muted">Pick templates from the library to start drafting.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="documents-table" aria-busy={documents.loading}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        aria-sort={
                          sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : undefined
                        }
                        className={header.column.id === 'unfilledCount' ? 'numeric' : undefined}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          data-testid={`sort-${header.column.id}`}
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          <span className="sort-indicator" aria-hidden="true">
                            {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : ''}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              ))}
            </thead>
            <tbody>
              {!documents.data && documents.loading ? (
                <tr>
                  <td colSpan={documentColumns.length + 1} className="muted">
                    Loading documents…
                  </td>
                </tr>
              ) : null}
              {rows.map((row) => (
                <tr
                  key={row.id}
                  className="clickable-row"
                  data-testid="document-row"
                  data-document-id={row.id}
                  onClick={() => open(row.id)}
                >
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'title' ? (
                      <td key={cell.id}>
                        <button
                          type="button"
                          className="link-button"
                          data-testid={`open-${row.id}`}
                          onClick={(event) => {
                            event.stopPropagation();
                            open(row.id);
                          }}
                        >
                          {row.original.title}
                        </button>
                      </td>
                    ) : (
                      <td
                        key={cell.id}
                        className={
                          cell.column.id === 'id'
                            ? 'mono'
                            : cell.column.id === 'unfilledCount'
                              ? 'numeric'
                              : undefined
                        }
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Delete ${row.id}`}
                      data-testid={`delete-${row.id}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        void remove(row.original);
                      }}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
