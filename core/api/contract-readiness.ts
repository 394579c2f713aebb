import { z } from 'zod';
import { readinessReportSchema } from '../readiness/types';

const dir = z.string().min(1, 'a workspace folder is required');
const fieldPosition = z.object({ field: z.string(), line: z.number(), column: z.number() });

/** Per document: unfilled fields with their position, and why it cannot be rendered. */
const documentCheckSchema = z.object({
  id: z.string(),
  title: z.string(),
  unfilled: z.array(fieldPosition),
  errors: z.array(z.string()),
});

/** The readiness report and the per-document check it is built on. */
export const readinessResultSchema = z.object({
  report: readinessReportSchema,
  documents: z.array(documentCheckSchema),
  workspaceErrors: z.array(z.string()),
});

export const readinessContract = {
  /**
   * What a Stage 1 auditor would find missing, clause by clause and Annex A theme by theme, with
   * scores, the next steps and, per document, the unfilled fields with line and column.
   */
  'readiness.report': { input: z.object({ dir }), output: readinessResultSchema },
} as const;

export type ReadinessResult = z.output<typeof readinessResultSchema>;
