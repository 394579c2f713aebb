import { useTable } from '@tanstack/react-table';
import { Icon } from '../../components/Icon';
import { documentColumns, documentsFeatures, type DocumentRow } from './documents-table';

const EMPTY: DocumentRow[] = [];

type DocumentsTableProps = {
  documents: DocumentRow[] | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
  onDelete: (doc: DocumentRow) => void;
};

/** The documents as a table sortable by every column; the title and the row open the editor. */
export const DocumentsTable = ({ documents, loading, onOpen, onDelete }: DocumentsTableProps) => {
  const table = useTable({
    features: documentsFeatures,
    columns: documentColumns,
    data: documents ?? EMPTY,
    initialState: { sorting: [{ id: 'id', desc: false }] },
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="documents-table" aria-busy={loading}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
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
          {!documents && loading ? (
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
              onClick={() => onOpen(row.id)}
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
                        onOpen(row.id);
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
                {/* Only a never-approved draft can be deleted; anything else is withdrawn in the editor. */}
                {row.original.control !== null &&
                row.original.control.approvedVersion === null &&
                row.original.control.state !== 'withdrawn' &&
                row.original.status !== 'obsolete' ? (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete ${row.id}`}
                    data-testid={`delete-${row.id}`}
                    onClick={(event) => {
                      event.stopPropagation();
                      onDelete(row.original);
                    }}
                  >
                    <Icon name="trash" />
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
