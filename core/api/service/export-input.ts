import { historyTimes, keywordsOf, subjectOf } from '../../doccontrol/snapshot';
import type { DocxInput } from '../../docx/types';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { PublishBranding } from '../../publish/branding';
import type { ReferenceParts } from '../../docx/reference-doc';
import { readReference } from './brand-assets';
import { readImageInfo } from './image-info';
import { personName } from './workspace-sessions';

/** Something about the workspace that made an export differ from what was asked (a bad logo). */
export type ExportWarning = { readonly field: string; readonly message: string };

/**
 * The logo, or null with a warning: a missing or unreadable logo is reported where it is set
 * (organisation.logo) and the documents are exported without it, never refused.
 */
export const readLogo = async (
  workspace: Workspace,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<{ logo: DocxInput['logo']; warning: ExportWarning | null }> => {
  const path = workspace.organisation.logo;
  if (!path) return { logo: null, warning: null };
  const data = await readFile(path).catch(() => null);
  const image = data ? readImageInfo(data) : null;
  if (image) return { logo: image, warning: null };
  const why = data ? 'is not a PNG or JPEG image' : 'cannot be read';
  return {
    logo: null,
    warning: {
      field: 'organisation.logo',
      message: `organisation.logo: ${path} ${why}; exported without a logo`,
    },
  };
};

export const brandingOf = (workspace: Workspace): PublishBranding => {
  const b = workspace.branding;
  return {
    colour: b.colour,
    headingFont: b.headingFont,
    bodyFont: b.bodyFont,
    coverLayout: b.coverLayout,
    headerText: b.headerText,
    footerText: b.footerText,
    uncontrolledNote: b.uncontrolledNote,
    approvalBlock: b.approvalBlock,
  };
};

/** The exporter's input for one document, given its logo (read once per export, see readLogo). */
export const docxInputFor = (args: {
  readonly workspace: Workspace;
  readonly meta: DocumentMeta;
  readonly markdown: string;
  readonly incomplete: boolean;
  readonly logo: DocxInput['logo'];
  /** The reference .docx's styles and theme, read once per export (see readReference). */
  readonly reference: ReferenceParts | null;
}): DocxInput => {
  const { workspace, meta } = args;
  return {
    markdown: args.markdown,
    documentId: meta.id,
    title: meta.title,
    version: meta.version,
    status: meta.status,
    classification: meta.classification,
    organisationName: workspace.organisation.name || workspace.organisation.legalName,
    ownerName: personName(workspace, meta.owner) ?? '',
    approverName: personName(workspace, meta.approver) ?? '',
    approvedAt: meta.approvedAt,
    nextReviewDate: meta.nextReviewDate,
    revisions: meta.revisions,
    subject: subjectOf(meta),
    keywords: keywordsOf(meta),
    logo: args.logo,
    incomplete: args.incomplete,
    ...historyTimes(meta),
    branding: brandingOf(workspace),
    referenceStyles: args.reference?.styles ?? null,
    referenceTheme: args.reference?.theme ?? null,
  };
};

/** Everything an exporter (Word or PDF) needs for one rendered document. */
export const exportInput = async (args: {
  readonly workspace: Workspace;
  readonly meta: DocumentMeta;
  readonly markdown: string;
  readonly incomplete: boolean;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Not printed: Word's created and modified dates come from the document's own history. */
  readonly now?: Date;
}): Promise<{ input: DocxInput; warnings: ExportWarning[] }> => {
  const [{ logo, warning }, styles] = await Promise.all([
    readLogo(args.workspace, args.readFile),
    readReference(args.workspace, args.readFile),
  ]);
  const input = docxInputFor({ ...args, logo, reference: styles.reference });
  const warnings = [warning, styles.warning].filter((w): w is ExportWarning => w !== null);
  return { input, warnings };
};
