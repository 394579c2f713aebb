import { z } from 'zod';
import { base64LogoSchema } from '../model/logo-image';
import { base64ToBytes } from '../api/base64';
import { AppError } from '../errors';
import { stableStringify } from '../model/stable-json';
import { documentMetaSchema, type DocumentMeta } from '../model/workspace';
import type { DocxImage, DocxInput } from '../docx/types';
import { frozenDocxInputSchema, thawDocxInput } from './frozen-input';
import { storedWordFileSchema } from './word-file';
import { noteChecked, trustedReading, type RecordChecks } from './checked-records';
import { fillCheckOf } from './unchanged-data';

/**
 * Format 1, written before format 2: the filled text, the whole render context and the cover's
 * names and logo. Still read, so versions approved then keep exporting as they did.
 */
const snapshotV1Schema = z.object({
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
  logo: base64LogoSchema.nullable(),
});

/**
 * What an approval freezes in history/<ID>@<version>.json, beside the source in
 * history/<ID>@<version>.md: the filled text, the part of the data the text was filled from, and
 * the whole input of the Word and PDF writers (cover, names, branding, logo), so the approved
 * version exports the same words, and the same bytes, for as long as it is kept.
 */
const snapshotV2Schema = z.object({
  format: z.literal(2),
  documentId: z.string(),
  version: z.string(),
  approvedAt: z.string(),
  meta: documentMetaSchema,
  markdown: z.string(),
  /** Only what the body reads (see usedData): rendering the body with it gives `markdown`. */
  data: z.record(z.string(), z.unknown()),
  /**
   * The paths of the context `data` was taken from (readPaths): the same paths read from today's
   * data show at once whether the body would still be filled from the same values.
   */
  reads: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
  /** fillCheckOf(markdown, data, reads) as approved: says the record was not edited since. */
  fillCheck: z.string().optional(),
  docx: frozenDocxInputSchema,
  /**
   * The Word file made from this record at approval, stored beside it (word-file.ts). Absent in
   * versions approved before Word files were stored: those are made from the record on export.
   */
  wordFile: storedWordFileSchema.optional(),
});

export const snapshotRecordSchema = z.discriminatedUnion('format', [
  snapshotV1Schema,
  snapshotV2Schema,
]);

export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

/** Who approved the frozen version, as its cover prints the name. */
export const frozenApproverName = (record: SnapshotRecord): string =>
  record.format === 1 ? record.approverName : record.docx.approverName;

/**
 * Sorted keys for a small, stable diff, except in the frozen data: templates loop over objects
 * in their key order, so that order is part of what was approved. The data is written on one
 * line: a frozen file never changes, so there is no diff to keep readable, and it is the bulk.
 */
export const serialiseSnapshot = (record: SnapshotRecord): string => {
  const { data, ...rest } = record;
  const head = stableStringify(rest).trimEnd();
  return `${head.slice(0, -2)},\n  "data": ${JSON.stringify(data)}\n}\n`;
};

/** `checks`: the calling export's record checks (checked-records.ts); null checks every text. */
export const parseSnapshot = (
  text: string,
  file: string,
  checks: RecordChecks | null = null,
): SnapshotRecord => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('workspace-invalid', `${file} is not valid JSON: ${String(error)}`, {
      file,
    });
  }
  const trusted = trustedReading(checks, text, json);
  if (trusted) return trusted as SnapshotRecord;
  const result = snapshotRecordSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(
      'workspace-invalid',
      `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      { file },
    );
  }
  const record = result.data;
  noteChecked(checks, text, json, record, () => fillHolds(record));
  return record;
};

/** The record's own consistency check holds, or it has none (see readsApprovedData). */
const fillHolds = (record: SnapshotRecord): boolean =>
  record.format !== 2 || record.fillCheck === undefined || record.fillCheck === fillCheckOf(record);

const thawLogo = (logo: z.infer<typeof snapshotV1Schema>['logo']): DocxImage | null =>
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

/** The Word and PDF input of a frozen approved version: only frozen data, no clock. */
export const docxInputFromSnapshot = (record: SnapshotRecord): DocxInput => {
  if (record.format === 2) return thawDocxInput(record.docx, record.markdown);
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
    ...historyTimes(meta),
  };
};
