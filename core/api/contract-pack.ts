import { z } from 'zod';

const dir = z.string().min(1, 'a workspace folder is required');
const packInput = z.object({ dir, includeDrafts: z.boolean().default(false) });

export const packResultSchema = z.object({
  fileName: z.string(),
  /** The ZIP in base64. */
  data: z.string(),
  files: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
  documents: z.number(),
  drafts: z.number(),
  score: z.number(),
  ready: z.boolean(),
});

export const packStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
  step: z.string(),
  /** Present once, when the state is done; the job is then forgotten. */
  result: packResultSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});

export const packContract = {
  /** Builds the Stage 1 pack in one call (the CLI); the app uses start, status and cancel. */
  'pack.build': { input: packInput, output: packResultSchema },
  /** Starts building the Stage 1 pack in the background; poll `pack.status` for progress. */
  'pack.start': { input: packInput, output: z.object({ jobId: z.string() }) },
  /** Progress of a pack job (the events since the start, as a running count and step). */
  'pack.status': { input: z.object({ jobId: z.string().min(1) }), output: packStatusSchema },
  /** Asks a running pack job to stop after its current step. */
  'pack.cancel': {
    input: z.object({ jobId: z.string().min(1) }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type PackResultData = z.output<typeof packResultSchema>;
export type PackStatus = z.output<typeof packStatusSchema>;
