import type { Workspace } from '../model/workspace';
import type { SheetSpec } from '../pack/types';
import type { DocumentControlView } from './lifecycle';

/** One line of the register of documents (master list). */
export type DocumentRegisterRow = {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly status: string;
  readonly owner: string;
  readonly approver: string;
  readonly approvalDate: string;
  readonly nextReview: string;
  readonly classification: string;
  readonly clauses: string;
  readonly controls: string;
};

export const REGISTER_COLUMNS: readonly [keyof DocumentRegisterRow, string][] = [
  ['id', 'ID'],
  ['title', 'Title'],
  ['version', 'Version'],
  ['status', 'Status'],
  ['owner', 'Owner'],
  ['approver', 'Approver'],
  ['approvalDate', 'Approval date'],
  ['nextReview', 'Next review'],
  ['classification', 'Classification'],
  ['clauses', 'Clauses'],
  ['controls', 'Annex A controls'],
];

/**
 * The register of documents: the current approved version where there is one (a draft revision
 * in progress is noted in the status), in ID order.
 */
export const documentRegisterRows = (
  workspace: Workspace,
  views: ReadonlyMap<string, DocumentControlView>,
): DocumentRegisterRow[] => {
  const name = (id: string | null) => (id && workspace.people.find((p) => p.id === id)?.name) || '';
  return [...workspace.documents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((meta) => {
      const view = views.get(meta.id);
      const approval = meta.approvals.at(-1);
      const status = !view
        ? meta.status
        : view.approvedVersion && view.state !== 'approved'
          ? `Approved; ${view.label.toLowerCase()} (${view.workingVersion})`
          : view.label;
      return {
        id: meta.id,
        title: meta.title,
        version: view?.approvedVersion ?? meta.version,
        status,
        owner: name(meta.owner),
        approver: name(approval?.approver ?? null),
        approvalDate: approval?.date ?? '',
        nextReview: view?.nextReviewDate ?? '',
        classification: meta.classification,
        clauses: meta.clauses.join(', '),
        controls: meta.controls.join(', '),
      };
    });
};

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ') || '–';

/** The register as a Markdown table, for the Word export. */
export const registerMarkdown = (rows: readonly DocumentRegisterRow[], asAt: string): string => {
  const header = `| ${REGISTER_COLUMNS.map(([, label]) => label).join(' | ')} |`;
  const rule = `| ${REGISTER_COLUMNS.map(() => '---').join(' | ')} |`;
  const lines = rows.map(
    (row) => `| ${REGISTER_COLUMNS.map(([key]) => cell(row[key])).join(' | ')} |`,
  );
  return [
    '# Register of documents',
    '',
    `Every controlled document of the ISMS as at ${asAt}: ${rows.length} document(s). Withdrawn documents stay listed with their ID, which is never reused.`,
    '',
    header,
    rule,
    ...lines,
    '',
  ].join('\n');
};

/** The register as a worksheet: the same columns and rows as the Word table. */
export const documentRegisterSheet = (rows: readonly DocumentRegisterRow[]): SheetSpec => ({
  name: 'Register of documents',
  columns: REGISTER_COLUMNS.map(([, label]) => label),
  rows: rows.map((row) => REGISTER_COLUMNS.map(([key]) => row[key] || null)),
});
