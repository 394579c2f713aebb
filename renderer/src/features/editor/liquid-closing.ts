import { EditorSelection, Prec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Whether typing `typed` at `pos` should step over the closing delimiter already there instead of
 * inserting a second one. Typing `{%` inserts its `%}` at once; a person then types the `%}`
 * anyway, which used to leave a stray `%}` behind the tag (and the same for `}}`).
 */
export const stepsOverCloser = (before: string, after: string, typed: string): boolean => {
  if (typed === '%') return after.startsWith('%}') && insideTag(before, '{%', '%}');
  if (typed !== '}') return false;
  if (after.startsWith('}}')) return insideTag(before, '{{', '}}');
  if (!after.startsWith('}')) return false;
  // The second half of a closer whose first half was just stepped over.
  if (before.endsWith('%')) return insideTag(before, '{%', '%}');
  return before.endsWith('}') && insideTag(before, '{{', '}}');
};

/** Whether the text before the cursor on this line opened `open` and has not closed it yet. */
const insideTag = (before: string, open: string, close: string): boolean =>
  before.lastIndexOf(open) > before.lastIndexOf(close);

/** Steps over a typed `%}` or `}}` that the editor already closed (see stepsOverCloser). */
export const liquidClosing = Prec.high(
  EditorView.inputHandler.of((view, from, to, text) => {
    if (from !== to || text.length !== 1) return false;
    const line = view.state.doc.lineAt(from);
    const before = line.text.slice(0, from - line.from);
    const after = line.text.slice(from - line.from);
    if (!stepsOverCloser(before, after, text)) return false;
    view.dispatch({
      selection: EditorSelection.cursor(from + 1),
      scrollIntoView: true,
      userEvent: 'select',
    });
    return true;
  }),
);
