import { escapeAttribute, escapeMarkdown, type MarkdownContext } from './escape';
import { fieldPrompt } from './field-prompt';
import { nameOf } from './filters';

/** `export` writes plain Markdown; `preview` also marks every field for the live preview. */
export type RenderMode = 'export' | 'preview';

// Inside link destinations and code spans HTML would show as text, so no markers go there.
const canWrap = (where: MarkdownContext) =>
  where !== 'link-url' && where !== 'code' && where !== 'html' && where !== 'html-start';

/** How a printed value reads: lists joined with ", ", people and records by name or title. */
export const valueToText = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map(nameOf)
        .filter((item) => item.trim() !== '')
        .join(', ')
    : nameOf(value);

/** Markdown for a value the workspace holds, escaped so it stays literal text. */
export const printFilled = (
  text: string,
  field: string | undefined,
  where: MarkdownContext,
  mode: RenderMode,
): string => {
  const escaped = escapeMarkdown(text, where);
  if (mode === 'export' || field === undefined || !canWrap(where)) return escaped;
  // Each paragraph of a multi-paragraph value gets its own marker: a span cannot hold paragraphs.
  return escaped
    .split('\n\n')
    .map((part) => `<span class="field" data-field="${escapeAttribute(field)}">${part}</span>`)
    .join('\n\n');
};

/**
 * Markdown for a value the workspace does not hold: a visible prompt such as `[Name of the ISMS
 * Manager]`, inside `<mark>` so the Word export can highlight it (the exporter keeps no other
 * HTML). The preview keeps the field path in `data-field` for the editor's field list.
 */
export const printUnfilled = (field: string, where: MarkdownContext, mode: RenderMode): string => {
  const prompt = fieldPrompt(field);
  const literal = escapeMarkdown(`[${prompt}]`, where);
  if (!canWrap(where)) return literal;
  if (mode === 'export') return `<mark>${literal}</mark>`;
  const label = escapeMarkdown(`[${prompt}]`, where);
  return `<mark class="field-unfilled" data-field="${escapeAttribute(field)}">${label}</mark>`;
};

/**
 * Markdown for a policy value that is still a proposal (not yet confirmed by top management):
 * the value followed by a visible note, highlighted in the export like an unfilled field.
 */
export const printProposed = (
  text: string,
  field: string,
  where: MarkdownContext,
  mode: RenderMode,
): string => {
  const literal = escapeMarkdown(`${text} (proposed, to be confirmed)`, where);
  if (!canWrap(where)) return literal;
  if (mode === 'export') return `<mark>${literal}</mark>`;
  return `<span class="field" data-field="${escapeAttribute(field)}">${literal}</span>`;
};
