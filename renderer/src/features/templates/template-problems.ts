import type { ApiOutput } from '../../../../core/api/contract';

type Listed = ApiOutput<'templates.list'>[number];

/** One reason a template file cannot be used: its file, its line (null: none) and the reason. */
export type TemplateProblemLine = {
  readonly key: string;
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;
};

/**
 * Every reason each unusable file gives, once each, in the library's order. A problem without
 * its list (from a backend older than the list) is its one message, the file's name taken off.
 */
export const templateProblemLines = (templates: readonly Listed[]): TemplateProblemLine[] =>
  templates.flatMap(({ problem }) => {
    if (!problem) return [];
    const own = problem.message.startsWith(`${problem.file}: `)
      ? problem.message.slice(problem.file.length + 2)
      : problem.message;
    const issues =
      problem.issues.length > 0 ? problem.issues : [{ line: problem.line, message: own }];
    return issues.map((issue, i) => ({
      key: `${problem.file}\u0000${i}`,
      file: problem.file,
      line: issue.line,
      reason: issue.message,
    }));
  });

/** How many reasons the notice shows before "Show all". */
export const PROBLEMS_SHOWN = 5;
