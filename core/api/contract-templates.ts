import { z } from 'zod';

/**
 * Why a template file cannot be used (its front matter fails to parse, or its id is taken by
 * another file of the same folder). Entries of `templates.list` without one carry `null`, so an
 * answer written before the field existed still reads.
 */
export const templateProblemField = z
  .object({
    /** The file as the library read it (a workspace's own: its full path). */
    file: z.string(),
    /** The line the error is on, when the parser names one. */
    line: z.number().int().positive().nullable(),
    message: z.string(),
    /** Every reason the file cannot be used, each once with its own line (null: none). */
    issues: z
      .array(z.object({ line: z.number().int().positive().nullable(), message: z.string() }))
      .default(() => []),
  })
  .nullable()
  .default(null);

export type TemplateProblem = NonNullable<z.infer<typeof templateProblemField>>;
