import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { liquid, liquidCompletionSource } from '@codemirror/lang-liquid';
import { markdown } from '@codemirror/lang-markdown';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { memo, useEffect, useRef } from 'react';
import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import { editorTheme } from './editor-theme';
import { FILTERS, fieldCompletion } from './field-names';
import { liquidClosing } from './liquid-closing';
import { syntaxLint } from './syntax-lint';

type CodeEditorProps = {
  initialDoc: string;
  onChange: (doc: string) => void;
  onSaveNow: () => void;
  /** Field names offered after `{{ `; read at completion time, so it may change freely. */
  names: readonly string[];
  onView?: (view: EditorView | null) => void;
  /** Called with the body's Liquid syntax error (or null) each time the text is checked. */
  onSyntax?: (problem: SyntaxProblem | null) => void;
};

const fieldSource =
  (names: () => readonly string[]) =>
  (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const found = fieldCompletion(before, names());
    if (!found || (found.options.length === 0 && !context.explicit)) return null;
    return {
      from: line.from + found.from,
      options: found.options.map((label) => ({
        label,
        type: found.kind === 'filter' ? 'function' : 'variable',
      })),
      validFor: /^[\w.]*$/,
    };
  };

const liquidTags = liquidCompletionSource({
  filters: FILTERS.filter((f) => f === 'format_date' || f === 'add_months').map((label) => ({
    label,
    type: 'function',
  })),
});

/**
 * CodeMirror 6 for Markdown with Liquid placeholders: line numbers, search, field completion.
 * CodeMirror owns the text; the screen around it never re-renders it while typing.
 */
export const CodeEditor = memo(function CodeEditor({
  initialDoc,
  onChange,
  onSaveNow,
  names,
  onView,
  onSyntax,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef({ onChange, onSaveNow, names, onView, onSyntax });
  useEffect(() => {
    latest.current = { onChange, onSaveNow, names, onView, onSyntax };
  });

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const state = EditorState.create({
      doc: initialDoc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        dropCursor(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        liquidClosing,
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        liquid({ base: markdown() }),
        syntaxLint((problem) => latest.current.onSyntax?.(problem)),
        autocompletion({
          override: [fieldSource(() => latest.current.names), liquidTags],
          activateOnTyping: true,
        }),
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => (latest.current.onSaveNow(), true) },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...searchKeymap,
          ...historyKeymap,
          ...completionKeymap,
        ]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': 'Document text (Markdown with placeholders)',
          'data-testid': 'editor-content',
          // The editable text is in the tab order already (contenteditable); saying so lets
          // assistive checks see that its scroll area can be reached and scrolled by keyboard.
          tabindex: '0',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString());
        }),
        editorTheme,
      ],
    });
    const view = new EditorView({ state, parent });
    latest.current.onView?.(view);
    return () => {
      latest.current.onView?.(null);
      view.destroy();
    };
    // The document is loaded once per mount; the parent remounts the editor for another document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <div ref={host} className="code-editor" data-testid="editor" />;
});
