import type { findSyntaxError, SyntaxProblem } from '../../../../core/templates/syntax-check';

let loading: Promise<{ readonly findSyntaxError: typeof findSyntaxError }> | null = null;

/**
 * The body's Liquid syntax error, if any. The parser (liquidjs) is loaded on first use, in its
 * own chunk, so it does not delay the editor's first paint.
 */
export const checkSyntax = async (body: string): Promise<SyntaxProblem | null> => {
  loading ??= import('../../../../core/templates/syntax-check');
  return (await loading).findSyntaxError(body);
};
