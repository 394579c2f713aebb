import type { DocumentStatus } from '../../../core/model/workspace';

const LABELS: Readonly<Record<DocumentStatus, string>> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  obsolete: 'Obsolete',
};

export const statusLabel = (status: DocumentStatus): string => LABELS[status];

export const StatusBadge = ({ status }: { status: DocumentStatus }) => (
  <span className={`badge badge-status-${status}`}>{LABELS[status]}</span>
);
