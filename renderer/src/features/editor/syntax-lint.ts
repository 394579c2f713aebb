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

/**
 * Marks a Liquid syntax error in the text and the gutter, shortly after typing stops, and tells
 * the editor screen (which shows it beside the preview and refuses to export).
 */
export const syntaxLint = (onProblem: (problem: SyntaxProblem | null) => void) => [
  linter(
    async (view) => {
      const doc = view.state.doc;
      const problem = await checkSyntax(doc.toString());
      // A check that finished after more typing is stale; the next one reports.
      if (view.state.doc !== doc) return [];
      onProblem(problem);
      return syntaxDiagnostics(doc, problem);
    },
    { delay: 300 },
  ),
  lintGutter(),
];
