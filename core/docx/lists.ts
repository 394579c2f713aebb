import { Paragraph, Tab, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import type { BlockContext, BlockOptions } from './blocks';
import { renderBlocks } from './blocks';
import { renderInline } from './inline';
import { COLOUR } from './look';
import { clampLevel } from './numbering';
import type { ListRef } from './numbering';
import { STYLE } from './styles';
import { asMarked } from './text';

type ItemPlace = { readonly ref: ListRef; readonly level: number };

const numbered = (children: ParagraphChild[], place: ItemPlace): Paragraph =>
  new Paragraph({
    style: STYLE.listParagraph,
    numbering: { reference: place.ref.reference, level: place.level, instance: place.ref.instance },
    children,
  });

const textIndent = (level: number): number => 454 * (level + 1);

/** A second paragraph in the same item: aligned with the item's text, without a number. */
const continuation = (children: ParagraphChild[], place: ItemPlace): Paragraph =>
  new Paragraph({
    style: STYLE.listParagraph,
    indent: { left: textIndent(place.level) },
    children,
  });

/** A task item (`- [x]`): the check box takes the bullet's place. */
const taskLine = (checked: boolean, children: ParagraphChild[], place: ItemPlace): Paragraph =>
  new Paragraph({
    style: STYLE.listParagraph,
    indent: { left: textIndent(place.level), hanging: 284 },
    children: [
      new TextRun({ text: checked ? '\u2612' : '\u2610', color: COLOUR.accentMid }),
      new TextRun({ children: [new Tab()] }),
      ...children,
    ],
  });

const inlineOf = (token: Token): readonly Token[] | null => {
  const t = asMarked(token);
  if (t.type === 'paragraph') return t.tokens;
  if (t.type === 'text') return t.tokens ?? [t];
  return null;
};

const withoutCheckbox = (tokens: readonly Token[]): Token[] =>
  tokens.filter((token) => token.type !== 'checkbox');

const firstLine = (item: Tokens.ListItem, inline: readonly Token[], place: ItemPlace) => {
  const children = renderInline(withoutCheckbox(inline));
  return item.task ? taskLine(item.checked === true, children, place) : numbered(children, place);
};

const renderItem = (
  item: Tokens.ListItem,
  ctx: BlockContext,
  options: BlockOptions,
  place: ItemPlace,
): FileChild[] => {
  const out: FileChild[] = [];
  let started = false;
  for (const token of withoutCheckbox(item.tokens)) {
    const inline = inlineOf(token);
    if (inline) {
      out.push(
        started ? continuation(renderInline(inline), place) : firstLine(item, inline, place),
      );
    } else if (token.type !== 'space') {
      // An item that opens with a nested list or a code block still shows its number.
      if (!started) out.push(firstLine(item, [], place));
      out.push(...renderNested(token, ctx, options, place));
    }
    started = started || token.type !== 'space';
  }
  if (!started) out.push(firstLine(item, [], place));
  return out;
};

const renderNested = (
  token: Token,
  ctx: BlockContext,
  options: BlockOptions,
  place: ItemPlace,
): FileChild[] => {
  const t = asMarked(token);
  return t.type === 'list'
    ? renderListAt(t, ctx, options, clampLevel(place.level + 1), place.ref)
    : renderBlocks([t], ctx, options);
};

const startOf = (list: Tokens.List): number => (list.start === '' ? 1 : list.start);

/**
 * A nested list of the same kind continues its parent's numbering instance one level down
 * (Word restarts the lower level after each parent item); any other list gets a fresh instance.
 */
const renderListAt = (
  list: Tokens.List,
  ctx: BlockContext,
  options: BlockOptions,
  level: number,
  parent: ListRef | null,
): FileChild[] => {
  const start = startOf(list);
  const inherit = parent !== null && parent.ordered === list.ordered && start === 1;
  const ref = inherit ? parent : ctx.lists.allocate(list.ordered, start);
  return list.items.flatMap((item) => renderItem(item, ctx, options, { ref, level }));
};

/** Word list paragraphs for a top-level Markdown list: its own numbering, restarting. */
export function renderList(
  list: Tokens.List,
  ctx: BlockContext,
  options: BlockOptions,
): FileChild[] {
  return renderListAt(list, ctx, options, 0, null);
}
