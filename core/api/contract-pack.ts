import { z } from 'zod';

const dir = z.string().min(1, 'a workspace folder is required');
const packInput = z.object({ dir, includeDrafts: z.boolean().default(false) });
const buildInput = packInput.extend({
  /** Where to write the ZIP (an absolute path); it is replaced only once the pack is complete. */
  out: z.string().min(1, 'an output file is required'),
});

export const packResultSchema = z.object({
  /** The name to offer when saving. */
  fileName: z.string(),
  /**
   * The written ZIP: `id` is the handle to save or download it (the app's save dialog, or
   * GET /download/<id> in the browser), `path` where it is on disk, `size` in bytes. The bytes
   * never travel through the API.
   */
  file: z.object({ id: z.string(), path: z.string(), size: z.number() }),
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
  /** Builds the Stage 1 pack into `out` in one call (the CLI); the app uses start and status. */
  'pack.build': { input: buildInput, output: packResultSchema },
  /**
   * Starts building the Stage 1 pack in the background into a temporary file in the workspace's
   * exports folder; poll `pack.status` for progress.
   */
  'pack.start': { input: packInput, output: z.object({ jobId: z.string() }) },
  /** Progress of a pack job (the events since the start, as a running count and step). */
  'pack.status': { input: z.object({ jobId: z.string().min(1) }), output: packStatusSchema },
  /** Stops a running pack job at once: no further document is rendered, its file is removed. */
  'pack.cancel': {
    input: z.object({ jobId: z.string().min(1) }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type PackResultData = z.output<typeof packResultSchema>;
export type PackStatus = z.output<typeof packStatusSchema>;
