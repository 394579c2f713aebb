import type { ApiOutput } from '../../../../core/api/contract';

type Listed = ApiOutput<'templates.list'>[number];

/**
 * One reason a template file cannot be used: its file (the full path, and as shown: relative to
 * the workspace), its line (null: none) and the reason.
 */
export type TemplateProblemLine = {
  readonly key: string;
  readonly file: string;
  readonly shown: string;
  readonly line: number | null;
  readonly reason: string;
};

const slashes = (path: string) => path.replace(/\\/g, '/');

/**
 * `path` as the notice shows it: relative to the workspace folder `dir` (a full path is long and
 * names the user's home folder in every screenshot), else the file's name.
 */
export const workspacePath = (path: string, dir: string): string => {
  const file = slashes(path);
  const root = slashes(dir).replace(/\/+$/, '');
  if (root !== '' && file.startsWith(`${root}/`)) return file.slice(root.length + 1);
  return file.slice(file.lastIndexOf('/') + 1);
};

/** `text` with each full path under `dir` written relative to it. */
const withinWorkspace = (text: string, dir: string): string =>
  dir === '' ? text : [dir, slashes(dir)].reduce((t, d) => t.split(`${d}/`).join(''), text);

/**
 * Every reason each unusable file gives, once each, in the library's order. A problem without
 * its list (from a backend older than the list) is its one message, the file's name taken off.
 * Paths are shown relative to the workspace folder `dir`.
 */
export const templateProblemLines = (
  templates: readonly Listed[],
  dir = '',
): TemplateProblemLine[] =>
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
      shown: workspacePath(problem.file, dir),
      line: issue.line,
      reason: withinWorkspace(issue.message, dir),
    }));
  });

/** How many reasons the notice shows before "Show all". */
export const PROBLEMS_SHOWN = 5;
