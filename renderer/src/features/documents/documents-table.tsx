import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { DocumentSummary } from '../../../../core/api/contract';
import type { ControlViewDto } from '../../../../core/api/contract-doccontrol';
import type { DocumentIndexEntry } from '../../../../core/api/contract-document-index';
import { ControlBadge } from '../doccontrol/ControlBadge';

/**
 * A row of the list. The list paints from `documents.index` (what workspace.json records) and
 * fills in the control state, unfilled count and problem when `documents.list` has checked
 * every document; until then those are null and shown as being worked out.
 */
export type DocumentRow = DocumentIndexEntry & {
  readonly control: ControlViewDto | null;
  readonly unfilledCount: number | null;
  readonly problem: string | null;
};

/** The rows to show: the checked list when it has come, else the index with checks pending. */
export const documentRows = (
  checked: readonly DocumentSummary[] | undefined,
  index: readonly DocumentIndexEntry[] | undefined,
): DocumentRow[] | undefined =>
  checked
    ? [...checked]
    : index?.map((entry) => ({ ...entry, control: null, unfilledCount: null, problem: null }));

const Pending = ({ what }: { what: string }) => (
  <span className="muted" title={what} data-testid="document-pending">
    …<span className="visually-hidden">{what}</span>
  </span>
);

export const documentsFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof documentsFeatures, DocumentRow>();

/** Versions compare numerically part by part, so 1.10 sorts after 1.9. */
export const compareVersions = (a: string, b: string): number => {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
};

export const documentColumns = helper.columns([
  helper.accessor('id', { header: 'ID', sortFn: 'alphanumeric' }),
  helper.accessor('title', { header: 'Title', sortFn: 'text' }),
  helper.accessor((row) => row.control?.label ?? '', {
    id: 'status',
    header: 'Status',
    sortFn: 'text',
    cell: (info) => {
      const control = info.row.original.control;
      return control ? <ControlBadge view={control} /> : <Pending what="Checking its state" />;
    },
  }),
  helper.accessor((row) => row.control?.workingVersion ?? row.version, {
    id: 'version',
    header: 'Version',
    sortFn: (a, b, id) => compareVersions(a.getValue<string>(id), b.getValue<string>(id)),
    cell: (info) => {
      const approved = info.row.original.control?.approvedVersion;
      const working = info.getValue();
      return approved && approved !== working ? (
        <span title={`Approved version ${approved}; draft ${working} in progress`}>
          {working} <span className="muted">({approved} approved)</span>
        </span>
      ) : (
        working
      );
    },
  }),
  helper.accessor((row) => row.control?.nextReviewDate ?? '', {
    id: 'nextReview',
    header: 'Next review',
    sortFn: 'text',
    cell: (info) =>
      info.getValue() ||
      (info.row.original.control ? (
        <span className="muted">–</span>
      ) : (
        <Pending what="Checking its review date" />
      )),
  }),
  helper.accessor((row) => row.ownerName ?? '', {
    id: 'owner',
    header: 'Owner',
    sortFn: 'text',
    cell: (info) => info.getValue() || <span className="muted">Not set</span>,
  }),
  helper.accessor((row) => row.unfilledCount ?? -1, {
    id: 'unfilledCount',
    header: 'Unfilled',
    sortFn: 'basic',
    cell: (info) => {
      const count = info.row.original.unfilledCount;
      if (count === null) return <Pending what="Counting unfilled fields" />;
      const problem = info.row.original.problem;
      if (problem) {
        return (
          <span className="badge badge-danger" title={problem} data-testid="document-problem">
            Problem
          </span>
        );
      }
      return count === 0 ? (
        <span className="muted">None</span>
      ) : (
        <span className="badge badge-warning">{count}</span>
      );
    },
  }),
]);
