import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import { checkSyntax } from './syntax-check-lazy';

/** The span to underline: from the error's position to the end of its tag on that line. */
const problemRange = (doc: Text, problem: SyntaxProblem) => {
  const line = doc.line(Math.min(problem.line, doc.lines));
  const from = Math.min(line.from + problem.column - 1, line.to);
  const rest = line.text.slice(from - line.from);
  const close = rest.search(/%}|}}/);
  const to = close >= 0 ? from + close + 2 : line.to;
  return { from, to: Math.max(to, Math.min(from + 1, doc.length)) };
};

/** The syntax error of a document body as a CodeMirror diagnostic, at its line and column. */
export const syntaxDiagnostics = (doc: Text, problem: SyntaxProblem | null): Diagnostic[] =>
  problem
    ? [
        {
          ...problemRange(doc, problem),
          severity: 'error',
          source: 'Liquid',
          message: problem.message,
        },
      ]
    : [];

/** Finds a body's syntax error; the editor's is the preview worker's, off the main thread. */
export type SyntaxChecker = (body: string) => Promise<SyntaxProblem | null>;

/** The worker's answer, or the page's own check when the worker could not answer (it stopped). */
const checkedBy = async (check: SyntaxChecker | undefined, body: string) => {
  if (!check) return checkSyntax(body);
  try {
    return await check(body);
  } catch {
    return checkSyntax(body);
  }
};

/**
 * Marks a Liquid syntax error in the text and the gutter, shortly after typing stops, and tells
 * the editor screen (which shows it beside the preview and refuses to export). The parse runs in
 * `checker()` (the preview's worker), so typing never waits for it.
 */
export const syntaxLint = (
  onProblem: (problem: SyntaxProblem | null) => void,
  checker: () => SyntaxChecker | undefined = () => undefined,
) => [
  linter(
    async (view) => {
      const doc = view.state.doc;
      const problem = await checkedBy(checker(), doc.toString());
      // A check that finished after more typing is stale; the next one reports.
      if (view.state.doc !== doc) return [];
      onProblem(problem);
      return syntaxDiagnostics(doc, problem);
    },
    { delay: 300 },
  ),
  lintGutter(),
];
