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
import { ControlBadge } from '../doccontrol/ControlBadge';

export const documentsFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof documentsFeatures, DocumentSummary>();

/** Versions compare numerically part by part, so 1.10 sorts after 1.9. */
export const compareVersions = (a: string, b: string): number => {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
};

export const documentColumns = helper.columns([
  helper.accessor('id', { header: 'ID', sortFn: 'alphanumeric' }),
  helper.accessor('title', { header: 'Title', sortFn: 'text' }),
  helper.accessor((row) => row.control.label, {
    id: 'status',
    header: 'Status',
    sortFn: 'text',
    cell: (info) => <ControlBadge view={info.row.original.control} />,
  }),
  helper.accessor((row) => row.control.workingVersion, {
    id: 'version',
    header: 'Version',
    sortFn: (a, b, id) => compareVersions(a.getValue<string>(id), b.getValue<string>(id)),
    cell: (info) => {
      const approved = info.row.original.control.approvedVersion;
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
  helper.accessor((row) => row.control.nextReviewDate ?? '', {
    id: 'nextReview',
    header: 'Next review',
    sortFn: 'text',
    cell: (info) => info.getValue() || <span className="muted">–</span>,
  }),
  helper.accessor((row) => row.ownerName ?? '', {
    id: 'owner',
    header: 'Owner',
    sortFn: 'text',
    cell: (info) => info.getValue() || <span className="muted">Not set</span>,
  }),
  helper.accessor('unfilledCount', {
    header: 'Unfilled',
    sortFn: 'basic',
    cell: (info) => {
      const count = info.getValue();
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
