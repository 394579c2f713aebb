import {
  LiquidError,
  Parser,
  Tokenizer,
  type Liquid,
  type Template as LiquidTemplate,
  type Token,
} from 'liquidjs';
import { AppError } from '../errors';
import { TEMPLATE_LIMITS } from './engine';
import { removeStandaloneTagLines } from './standalone-lines';
import type { Template } from './types';

/** The parts of a template the engine needs: errors name the id and point into the file. */
export type TemplateBody = Pick<Template, 'id' | 'body' | 'bodyLine'>;

export type FilePosition = { readonly line: number; readonly column: number };

/** Parses a template body, or throws AppError('template-syntax') naming id, line and column. */
export const parseBody = (engine: Liquid, template: TemplateBody): LiquidTemplate[] => {
  if (template.body.length > TEMPLATE_LIMITS.parseLimit) {
    throw new AppError(
      'render-failed',
      `Template ${template.id} is too long to render: ${template.body.length} characters, ` +
        `the limit is ${TEMPLATE_LIMITS.parseLimit}`,
      { templateId: template.id, limit: 'parse' satisfies Limit['limit'] },
    );
  }
  try {
    const { operators, groupedExpressions } = engine.options;
    const tokenizer = new Tokenizer(
      template.body,
      operators,
      undefined,
      undefined,
      groupedExpressions,
    );
    const tokens = tokenizer.readTopLevelTokens(engine.options);
    removeStandaloneTagLines(tokens);
    return new Parser(engine).parseTokens(tokens);
  } catch (error) {
    throw templateError('template-syntax', template, error);
  }
};

/** Where a token of the body sits in the template file (1-based line and column). */
export const filePosition = (
  template: Pick<TemplateBody, 'bodyLine'>,
  token: Token,
): FilePosition => {
  const [line = 1, column = 1] = token.getPosition();
  return { line: line + template.bodyLine - 1, column };
};

type Limit = { readonly limit: 'time' | 'memory' | 'parse'; readonly text: string };

const LIMITS: Readonly<Record<string, Limit>> = {
  'template render limit exceeded': {
    limit: 'time',
    text: 'it ran for longer than {ms} ms (is a loop running away?)',
  },
  'memory alloc limit exceeded': {
    limit: 'memory',
    text: 'it built more data than allowed (is a loop or range too large?)',
  },
  'parse length limit exceeded': {
    limit: 'parse',
    text: `it is longer than ${TEMPLATE_LIMITS.parseLimit} characters`,
  },
};

/**
 * Turns a Liquid failure into an AppError naming the template, the line and column in the file
 * and Liquid's own message. Exceeded limits become 'render-failed' whatever the phase.
 */
export const templateError = (
  code: 'template-syntax' | 'render-failed',
  template: TemplateBody,
  error: unknown,
  renderLimitMs: number = TEMPLATE_LIMITS.renderLimit,
): AppError => {
  if (error instanceof AppError) return error;
  const liquidMessage = baseMessage(error);
  const token = LiquidError.is(error) ? error.token : undefined;
  const position = token ? filePosition(template, token) : undefined;
  const where = position ? ` at line ${position.line}, column ${position.column}` : '';
  const limit = LIMITS[liquidMessage];
  const details = { templateId: template.id, ...position, liquidMessage };
  if (limit !== undefined) {
    const text = limit.text.replace('{ms}', String(renderLimitMs));
    return new AppError('render-failed', `Template ${template.id} was stopped${where}: ${text}`, {
      ...details,
      limit: limit.limit,
    });
  }
  const what = code === 'template-syntax' ? 'has a syntax error' : 'could not be rendered';
  return new AppError(code, `Template ${template.id} ${what}${where}: ${liquidMessage}`, details);
};

// Liquid appends ", line:3, col:7" and the source excerpt; we report positions in the file instead.
const baseMessage = (error: unknown): string => {
  const source = LiquidError.is(error) ? (error.originalError ?? error) : error;
  const message = source instanceof Error ? source.message : String(error);
  return message.replace(/, (file:[^,]*, )?line:\d+, col:\d+$/, '').trim();
};
