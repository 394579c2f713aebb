import { Prec, RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import { liquidTokens, type LiquidTokenKind } from './liquid-tokens';

const MARKS: Record<LiquidTokenKind, Decoration> = {
  brace: Decoration.mark({ class: 'cm-liquid-brace' }),
  keyword: Decoration.mark({ class: 'cm-liquid-keyword' }),
  variable: Decoration.mark({ class: 'cm-liquid-variable' }),
  filter: Decoration.mark({ class: 'cm-liquid-filter' }),
  literal: Decoration.mark({ class: 'cm-liquid-literal' }),
  comment: Decoration.mark({ class: 'cm-liquid-comment' }),
};

/** The Liquid marks of the lines on screen (whole lines, so a tag is never cut in two). */
const visibleMarks = (view: EditorView): DecorationSet => {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  let done = 0;
  for (const range of view.visibleRanges) {
    const from = Math.max(doc.lineAt(range.from).from, done);
    const to = doc.lineAt(range.to).to;
    if (from >= to) continue;
    for (const token of liquidTokens(doc.sliceString(from, to), from)) {
      builder.add(token.from, token.to, MARKS[token.kind]);
    }
    done = to;
  }
  return builder.finish();
};

/**
 * Colours `{{ }}` and `{% %}` (names, filters, keywords, literals) over the Markdown highlighting.
 * Only the lines on screen are scanned, again on each change: typing costs the same however long
 * the document is. (A Liquid grammar mixed with the Markdown one re-read the whole document's
 * Markdown on every keystroke.) Inside the Markdown marks, so a placeholder inside a heading or a
 * link keeps its own colour, and inside other marks (a syntax error's underline stays one piece).
 */
export const liquidHighlight = Prec.highest(
  ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = visibleMarks(view);
      }
      update(update: ViewUpdate) {
        if (update.docChanged || update.viewportChanged) {
          this.decorations = visibleMarks(update.view);
        }
      }
    },
    { decorations: (plugin) => plugin.decorations },
  ),
);
