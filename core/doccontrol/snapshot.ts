import { z } from 'zod';
import { bytesToBase64, base64ToBytes } from '../api/base64';
import { AppError } from '../errors';
import { stableStringify } from '../model/stable-json';
import { documentMetaSchema, type DocumentMeta } from '../model/workspace';
import type { DocxImage, DocxInput } from '../docx/types';

/**
 * What an approval freezes in history/<ID>@<version>.json, beside the source in
 * history/<ID>@<version>.md: the filled text, the data it was filled from and everything the Word
 * export prints, so the approved version exports the same bytes for as long as it is kept.
 */
export const snapshotRecordSchema = z.object({
  format: z.literal(1),
  documentId: z.string(),
  version: z.string(),
  approvedAt: z.string(),
  /** The document's metadata as approved. */
  meta: documentMetaSchema,
  /** The filled Markdown that was approved. */
  markdown: z.string(),
  /** The data the placeholders were filled from. */
  data: z.record(z.string(), z.unknown()),
  organisationName: z.string(),
  ownerName: z.string(),
  approverName: z.string(),
  logo: z
    .object({
      type: z.enum(['png', 'jpg']),
      widthPx: z.number(),
      heightPx: z.number(),
      base64: z.string(),
    })
    .nullable(),
  /** The organisation's look at approval; absent in versions frozen before branding existed. */
  branding: z
    .object({
      colour: z.string(),
      headingFont: z.string(),
      bodyFont: z.string(),
      coverLayout: z.enum(['classic', 'banner', 'minimal']),
      headerText: z.string(),
      footerText: z.string(),
      uncontrolledNote: z.boolean(),
      approvalBlock: z.boolean(),
    })
    .optional(),
});

export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

export const serialiseSnapshot = (record: SnapshotRecord): string => stableStringify(record);

export const parseSnapshot = (text: string, file: string): SnapshotRecord => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('workspace-invalid', `${file} is not valid JSON: ${String(error)}`, {
      file,
    });
  }
  const result = snapshotRecordSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(
      'workspace-invalid',
      `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      { file },
    );
  }
  return result.data;
};

export const freezeLogo = (logo: DocxImage | null): SnapshotRecord['logo'] =>
  logo && {
    type: logo.type,
    widthPx: logo.widthPx,
    heightPx: logo.heightPx,
    base64: bytesToBase64(logo.data),
  };

const thawLogo = (logo: SnapshotRecord['logo']): DocxImage | null =>
  logo && {
    type: logo.type,
    widthPx: logo.widthPx,
    heightPx: logo.heightPx,
    data: base64ToBytes(logo.base64),
  };

/** Word dates come from the document's own history, never from the time of export. */
export const historyTimes = (meta: DocumentMeta): { created: Date; timestamp: Date } => ({
  created: new Date(`${meta.createdAt}T00:00:00Z`),
  timestamp: new Date(`${meta.updatedAt}T00:00:00Z`),
});

export const subjectOf = (meta: DocumentMeta): string => {
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const parts = [
    meta.clauses.length
      ? `${plural(meta.clauses.length, 'Clause', 'Clauses')} ${meta.clauses.join(', ')}`
      : '',
    meta.controls.length
      ? `Annex A ${plural(meta.controls.length, 'control', 'controls')} ${meta.controls.join(', ')}`
      : '',
  ].filter(Boolean);
  return `ISO/IEC 27001:2022 ${meta.kind}${parts.length ? ` (${parts.join('; ')})` : ''}`;
};

export const keywordsOf = (meta: DocumentMeta): string[] => [
  'ISO/IEC 27001:2022',
  ...meta.clauses.map((c) => `Clause ${c}`),
  ...meta.controls.map((c) => `A.${c}`),
];

/** The Word export of a frozen approved version: only frozen data, no clock. */
export const docxInputFromSnapshot = (record: SnapshotRecord): DocxInput => {
  const meta = record.meta;
  return {
    markdown: record.markdown,
    documentId: meta.id,
    title: meta.title,
    version: meta.version,
    status: meta.status,
    classification: meta.classification,
    organisationName: record.organisationName,
    ownerName: record.ownerName,
    approverName: record.approverName,
    approvedAt: meta.approvedAt,
    nextReviewDate: meta.nextReviewDate,
    revisions: meta.revisions,
    subject: subjectOf(meta),
    keywords: keywordsOf(meta),
    logo: thawLogo(record.logo),
    incomplete: false,
    ...(record.branding ? { branding: record.branding } : {}),
    ...historyTimes(meta),
  };
};
