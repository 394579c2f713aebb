import type { Liquid } from 'liquidjs';
import { isAppError } from '../errors';
import { createTemplateEngine } from './engine';
import { parseBody } from './parse-body';

/** A Liquid syntax error in a document body: where it is (1-based) and what Liquid said. */
export type SyntaxProblem = {
  readonly line: number;
  readonly column: number;
  /** Liquid's own words, without the position ("tag {% if x %} not closed"). */
  readonly reason: string;
  /** A sentence for the user that names the line and column. */
  readonly message: string;
};

let checkEngine: Liquid | undefined;

/**
 * The first syntax error in a document body, or null when Liquid can parse it. Parsing only,
 * with the engine the preview and the exports use, so it agrees with them and runs no template.
 */
export const findSyntaxError = (body: string): SyntaxProblem | null => {
  checkEngine ??= createTemplateEngine();
  try {
    parseBody(checkEngine, { id: 'document', body, bodyLine: 1 });
    return null;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'template-syntax') return null;
    const { line, column, liquidMessage } = error.details;
    const at = { line: asPosition(line), column: asPosition(column) };
    const reason = typeof liquidMessage === 'string' ? liquidMessage : error.message;
    return {
      ...at,
      reason,
      message: `Syntax error at line ${at.line}, column ${at.column}: ${reason}`,
    };
  }
};

const asPosition = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
