import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Colours come from CSS variables, so the light and dark themes switch without rebuilding.
const base = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    fontSize: '13.5px',
  },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.65' },
  '.cm-content': { caretColor: 'var(--accent)', padding: '12px 0' },
  '.cm-line': { padding: '0 16px 0 8px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'var(--selection)' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text-faint)',
    border: 'none',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--text-muted)' },
  '.cm-selectionMatch': { backgroundColor: 'var(--selection-match)' },
  '.cm-matchingBracket': { backgroundColor: 'var(--selection-match)', outline: 'none' },
  '.cm-searchMatch': {
    backgroundColor: 'var(--search-match)',
    outline: '1px solid var(--warning)',
  },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--selection)' },
  '.cm-panels': {
    backgroundColor: 'var(--surface-raised)',
    color: 'var(--text)',
    borderColor: 'var(--border)',
  },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panel.cm-search': {
    padding: '8px 12px',
    fontFamily: 'var(--font-sans)',
    fontSize: '12.5px',
  },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontSize: '12.5px' },
  '.cm-textfield': {
    border: '1px solid var(--border-strong)',
    borderRadius: '5px',
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    padding: '3px 6px',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--border-strong)',
    borderRadius: '5px',
    color: 'var(--text)',
    padding: '3px 8px',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface-raised)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    boxShadow: 'var(--shadow)',
    overflow: 'hidden',
  },
  '.cm-tooltip-autocomplete > ul': {
    fontFamily: 'var(--font-mono)',
    fontSize: '12.5px',
    maxHeight: '16em',
  },
  '.cm-tooltip-autocomplete > ul > li': { padding: '3px 10px' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent-soft)',
    color: 'var(--text)',
  },
  '.cm-completionDetail': { color: 'var(--text-muted)', fontStyle: 'normal', marginLeft: '1em' },
  // Liquid inside the Markdown (liquid-highlight.ts), in the colours of the syntax below.
  '.cm-liquid-brace': { color: 'var(--syntax-liquid)' },
  '.cm-liquid-keyword': { color: 'var(--syntax-keyword)' },
  '.cm-liquid-variable': { color: 'var(--syntax-variable)' },
  '.cm-liquid-filter': { color: 'var(--syntax-filter)' },
  '.cm-liquid-literal': { color: 'var(--syntax-literal)' },
  '.cm-liquid-comment': { color: 'var(--text-faint)', fontStyle: 'italic' },
});

const highlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--syntax-heading)', fontWeight: '600' },
  { tag: tags.strong, fontWeight: '600' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.link, color: 'var(--syntax-link)' },
  { tag: tags.url, color: 'var(--syntax-link)' },
  {
    tag: [tags.processingInstruction, tags.contentSeparator, tags.list, tags.quote],
    color: 'var(--text-muted)',
  },
  { tag: tags.monospace, color: 'var(--syntax-code)' },
  { tag: [tags.brace, tags.bracket], color: 'var(--syntax-liquid)' },
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.operatorKeyword],
    color: 'var(--syntax-keyword)',
  },
  { tag: [tags.variableName, tags.propertyName], color: 'var(--syntax-variable)' },
  { tag: tags.function(tags.variableName), color: 'var(--syntax-filter)' },
  { tag: [tags.string, tags.number, tags.bool, tags.null], color: 'var(--syntax-literal)' },
  {
    tag: [tags.comment, tags.blockComment, tags.lineComment],
    color: 'var(--text-faint)',
    fontStyle: 'italic',
  },
  { tag: [tags.tagName, tags.angleBracket, tags.attributeName], color: 'var(--text-muted)' },
  { tag: tags.operator, color: 'var(--syntax-liquid)' },
]);

/** The editor's look, following the app's CSS variables. */
export const editorTheme = [base, syntaxHighlighting(highlight)];
