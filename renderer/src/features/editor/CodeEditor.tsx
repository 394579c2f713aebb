import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { closePercentBrace } from '@codemirror/lang-liquid';
import { markdown } from '@codemirror/lang-markdown';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type ChangeSet } from '@codemirror/state';
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
import { fieldCompletion } from './field-names';
import { liquidClosing } from './liquid-closing';
import { liquidHighlight } from './liquid-highlight';
import { liquidWords } from './liquid-words';
import type { BodyEdit } from './preview-echo';
import { syntaxLint, type SyntaxChecker } from './syntax-lint';

type CodeEditorProps = {
  initialDoc: string;
  /** The new text, and where it changed when the change was one range (typing, a deletion). */
  onChange: (doc: string, edit: BodyEdit | null) => void;
  onSaveNow: () => void;
  /** Field names offered after `{{ `; read at completion time, so it may change freely. */
  names: readonly string[];
  onView?: (view: EditorView | null) => void;
  /** Called with the body's Liquid syntax error (or null) each time the text is checked. */
  onSyntax?: (problem: SyntaxProblem | null) => void;
  /** Looks for the syntax error off the main thread (the preview's worker). */
  checkSyntax?: SyntaxChecker;
};

/** The one range a change replaced, or null for a change in several places. */
const singleEdit = (changes: ChangeSet): BodyEdit | null => {
  let edit: BodyEdit | null = null;
  let count = 0;
  changes.iterChanges((fromA, toA, fromB, toB) => {
    count += 1;
    edit = { fromA, toA, fromB, toB };
  });
  return count === 1 ? edit : null;
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

/** Tag names after `{%`, loop properties and Liquid's standard filters. */
const liquidSource = (context: CompletionContext): CompletionResult | null => {
  const line = context.state.doc.lineAt(context.pos);
  const found = liquidWords(line.text.slice(0, context.pos - line.from));
  if (!found) return null;
  return { from: line.from + found.from, options: [...found.options], validFor: /^\w*$/ };
};

/**
 * Markdown, with the Liquid in it coloured by a scan of the lines on screen (liquidHighlight).
 * `{` closes itself (so `{{` becomes `{{}}`) and `%` between braces makes `{%%}`, as Liquid's own
 * language support does; the other brackets are left alone in prose.
 */
const markdownWithLiquid = () => {
  const support = markdown();
  return [
    support,
    support.language.data.of({ closeBrackets: { brackets: ['{'] } }),
    closePercentBrace,
    liquidHighlight,
  ];
};

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
  checkSyntax,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef({ onChange, onSaveNow, names, onView, onSyntax, checkSyntax });
  useEffect(() => {
    latest.current = { onChange, onSaveNow, names, onView, onSyntax, checkSyntax };
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
        markdownWithLiquid(),
        syntaxLint(
          (problem) => latest.current.onSyntax?.(problem),
          () => latest.current.checkSyntax,
        ),
        autocompletion({
          override: [fieldSource(() => latest.current.names), liquidSource],
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
          if (update.docChanged) {
            latest.current.onChange(update.state.doc.toString(), singleEdit(update.changes));
          }
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
