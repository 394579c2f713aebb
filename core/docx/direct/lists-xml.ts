import type { Token, Tokens } from 'marked';
import type { BlockOptions } from '../blocks';
import { COLOUR } from '../look';
import { clampLevel, type ListRef } from '../numbering';
import { STYLE } from '../styles';
import { asMarked } from '../text';
import { blocksXml, type XmlContext } from './blocks-xml';
import { inlineXml } from './inline-xml';
import { paragraphXml, pStyle, TAB_RUN, textRun } from './xml-text';

type ItemPlace = { readonly ref: ListRef; readonly level: number };

const LIST_STYLE = pStyle(STYLE.listParagraph);
const textIndent = (level: number): number => 454 * (level + 1);

const numbered = (children: string, place: ItemPlace, ctx: XmlContext): string =>
  paragraphXml(
    `${LIST_STYLE}<w:numPr><w:ilvl w:val="${place.level}"/><w:numId w:val="${ctx.numId(place.ref)}"/></w:numPr>`,
    children,
  );

const continuation = (children: string, place: ItemPlace): string =>
  paragraphXml(`${LIST_STYLE}<w:ind w:left="${textIndent(place.level)}"/>`, children);

const taskLine = (checked: boolean, children: string, place: ItemPlace): string =>
  paragraphXml(
    `${LIST_STYLE}<w:ind w:left="${textIndent(place.level)}" w:hanging="284"/>`,
    textRun(checked ? '\u2612' : '\u2610', { color: COLOUR.accentMid }) + TAB_RUN + children,
  );

const inlineOf = (token: Token): readonly Token[] | null => {
  const t = asMarked(token);
  if (t.type === 'paragraph') return t.tokens;
  if (t.type === 'text') return t.tokens ?? [t];
  return null;
};

const withoutCheckbox = (tokens: readonly Token[]): Token[] =>
  tokens.filter((token) => token.type !== 'checkbox');

const firstLine = (
  item: Tokens.ListItem,
  inline: readonly Token[],
  place: ItemPlace,
  ctx: XmlContext,
): string => {
  const children = inlineXml(withoutCheckbox(inline), ctx.links);
  return item.task
    ? taskLine(item.checked === true, children, place)
    : numbered(children, place, ctx);
};

const itemXml = (
  item: Tokens.ListItem,
  ctx: XmlContext,
  options: BlockOptions,
  place: ItemPlace,
): string[] => {
  const out: string[] = [];
  let started = false;
  for (const token of withoutCheckbox(item.tokens)) {
    const inline = inlineOf(token);
    if (inline) {
      out.push(
        started
          ? continuation(inlineXml(inline, ctx.links), place)
          : firstLine(item, inline, place, ctx),
      );
    } else if (token.type !== 'space') {
      if (!started) out.push(firstLine(item, [], place, ctx));
      out.push(...nestedXml(token, ctx, options, place));
    }
    started = started || token.type !== 'space';
  }
  if (!started) out.push(firstLine(item, [], place, ctx));
  return out;
};

const nestedXml = (
  token: Token,
  ctx: XmlContext,
  options: BlockOptions,
  place: ItemPlace,
): string[] => {
  const t = asMarked(token);
  return t.type === 'list'
    ? listAt(t, ctx, options, clampLevel(place.level + 1), place.ref)
    : blocksXml([t], ctx, options);
};

const startOf = (list: Tokens.List): number => (list.start === '' ? 1 : list.start);

const listAt = (
  list: Tokens.List,
  ctx: XmlContext,
  options: BlockOptions,
  level: number,
  parent: ListRef | null,
): string[] => {
  const start = startOf(list);
  const inherit = parent !== null && parent.ordered === list.ordered && start === 1;
  const ref = inherit ? parent : ctx.lists.allocate(list.ordered, start);
  return list.items.flatMap((item) => itemXml(item, ctx, options, { ref, level }));
};

/** The paragraphs of a top-level Markdown list, as `renderList` makes them. */
export const listXml = (list: Tokens.List, ctx: XmlContext, options: BlockOptions): string[] =>
  listAt(list, ctx, options, 0, null);
