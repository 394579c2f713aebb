/** A revision-history row as the Word document prints it. */
export type DocxRevision = {
  readonly version: string;
  readonly date: string;
  readonly author: string;
  readonly description: string;
};

export type DocxImage = {
  readonly data: Uint8Array;
  readonly type: 'png' | 'jpg';
  readonly widthPx: number;
  readonly heightPx: number;
};

import type { PublishBranding } from '../publish/branding';

/** Everything the Word exporter needs; it reads nothing else and asks no clock for the time. */
export type DocxInput = {
  /** The filled Markdown body of the document. */
  readonly markdown: string;
  readonly documentId: string;
  readonly title: string;
  readonly version: string;
  /** draft | review | approved | obsolete, shown on the cover and in document control. */
  readonly status: string;
  readonly classification: string;
  readonly organisationName: string;
  readonly ownerName: string;
  readonly approverName: string;
  readonly approvedAt: string | null;
  readonly nextReviewDate: string | null;
  readonly revisions: readonly DocxRevision[];
  /** Document properties: subject and keywords (e.g. the clauses and controls). */
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly logo: DocxImage | null;
  /** True when the body still has unfilled fields: the output is marked as an incomplete draft. */
  readonly incomplete: boolean;
  /** "Modified" in docProps/core.xml: the document's last change from its own history. */
  readonly timestamp: Date;
  /** "Created" in docProps/core.xml; the modified time when absent. */
  readonly created?: Date | undefined;
  /** The organisation's look; omitted, the built-in design. */
  readonly branding?: PublishBranding;
  /**
   * Where the pages break, from the PDF layout (the same metrics as Calibri): the page of each
   * heading in document order and the page count. They become the cached page numbers of the
   * contents and footer fields; Word refreshes them when it opens the file.
   */
  readonly pages?: {
    readonly headings: readonly number[];
    readonly total: number;
    /** The page count as the footer prints it, when not `total` (a package template's stand-in). */
    readonly totalText?: string;
  } | null;
  /** word/styles.xml of a reference .docx whose styles replace the built-in ones. */
  readonly referenceStyles?: string | null;
  /** word/theme/theme1.xml of the same reference .docx, when it has one. */
  readonly referenceTheme?: string | null;
};
