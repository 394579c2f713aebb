import { MARKS } from './redline-merge';

/**
 * Turns the marker characters of a merged text (redline-merge.ts), as they arrive in the runs of
 * word/document.xml, into tracked changes: each marked piece becomes its own run, with the
 * formatting of the run it came from, inside w:ins, or inside w:del with w:delText. A paragraph
 * whose whole text was inserted or deleted has its paragraph mark tracked too, and so has a
 * table row whose every paragraph was, so accepting or rejecting the change leaves no empty
 * paragraph or row behind.
 */

type Mode = 'equal' | 'insert' | 'delete';
type Outcome = Mode | 'mixed' | 'empty';

export type ChangeAuthor = { readonly author: string; readonly date: string };

const MARK_OF: Readonly<Record<string, { mode: Mode; opens: boolean }>> = {
  [MARKS.insert.open]: { mode: 'insert', opens: true },
  [MARKS.insert.close]: { mode: 'insert', opens: false },
  [MARKS.delete.open]: { mode: 'delete', opens: true },
  [MARKS.delete.close]: { mode: 'delete', opens: false },
};
const HAS_MARK = /[\u2E00-\u2E03]/;
const SPLIT_MARKS = /([\u2E00-\u2E03])/;

const PARAGRAPH = /<w:p(?=[\s/>])[^>]*?\/>|<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g;
const ROW = /<w:tr(?=[\s>])[^>]*>[\s\S]*?<\/w:tr>/g;
const RUN = /<w:r(?=[\s>])([^>]*)>([\s\S]*?)<\/w:r>/g;
const RUN_PROPERTIES = /^<w:rPr>[\s\S]*?<\/w:rPr>|^<w:rPr\/>/;
const RUN_CONTENT =
  /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<[^>]*\/>|<([\w:]+)\b[^>]*>[\s\S]*?<\/\2>/g;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Piece = { readonly mode: Mode; readonly xml: string; readonly text: number };

class Tracker {
  private id: number;
  private readonly who: string;

  constructor(firstId: number, change: ChangeAuthor) {
    this.id = firstId;
    this.who = ` w:author="${escapeAttribute(change.author || 'Unknown')}" w:date="${change.date}"`;
  }

  attributes(): string {
    this.id += 1;
    return ` w:id="${this.id}"${this.who}`;
  }

  mark(mode: Mode): string {
    return mode === 'insert' ? `<w:ins${this.attributes()}/>` : `<w:del${this.attributes()}/>`;
  }

  wrap(mode: Mode, runXml: string): string {
    if (mode === 'equal') return runXml;
    const tag = mode === 'insert' ? 'w:ins' : 'w:del';
    const body =
      mode === 'delete'
        ? runXml.replace(/<w:t(?=[\s>/])/g, '<w:delText').replace(/<\/w:t>/g, '</w:delText>')
        : runXml;
    return `<${tag}${this.attributes()}>${body}</${tag}>`;
  }
}

/** The pieces of one run's content, each text split at the markers, and the mode after it. */
const runPieces = (content: string, start: Mode): { pieces: Piece[]; mode: Mode } => {
  let mode = start;
  const pieces: Piece[] = [];
  for (const match of content.matchAll(RUN_CONTENT)) {
    const text = match[1];
    if (text === undefined || !HAS_MARK.test(text)) {
      pieces.push({ mode, xml: match[0], text: text?.length ?? 0 });
      continue;
    }
    for (const part of text.split(SPLIT_MARKS)) {
      const mark = MARK_OF[part];
      if (mark) mode = mark.opens ? mark.mode : 'equal';
      else if (part !== '')
        pieces.push({ mode, xml: `<w:t xml:space="preserve">${part}</w:t>`, text: part.length });
    }
  }
  return { pieces, mode };
};

/** Consecutive pieces of one mode, as runs with the original formatting. */
const rebuildRun = (attributes: string, content: string, start: Mode, tracker: Tracker) => {
  const properties = RUN_PROPERTIES.exec(content)?.[0] ?? '';
  const { pieces, mode } = runPieces(content.slice(properties.length), start);
  let xml = '';
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && last[0]!.mode === piece.mode) last.push(piece);
    else groups.push([piece]);
  }
  for (const group of groups) {
    const run = `<w:r${attributes}>${properties}${group.map((p) => p.xml).join('')}</w:r>`;
    xml += tracker.wrap(group[0]!.mode, run);
  }
  return { xml, mode, pieces };
};

const outcomeOf = (counts: Record<Mode, number>): Outcome => {
  const modes = (Object.keys(counts) as Mode[]).filter((m) => counts[m] > 0);
  if (modes.length === 0) return 'empty';
  return modes.length === 1 ? modes[0]! : 'mixed';
};

/** Tracks the paragraph mark itself (w:pPr/w:rPr/w:ins or w:del). */
const markParagraph = (paragraph: string, mark: string): string => {
  const open = /^<w:p\b[^>]*>/.exec(paragraph)![0];
  const rest = paragraph.slice(open.length);
  if (!rest.startsWith('<w:pPr>')) return `${open}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>${rest}`;
  const end = rest.indexOf('</w:pPr>');
  const properties = rest.slice(0, end);
  const patched = properties.includes('<w:rPr>')
    ? properties.replace('<w:rPr>', `<w:rPr>${mark}`)
    : properties.includes('<w:sectPr')
      ? properties.replace('<w:sectPr', `<w:rPr>${mark}</w:rPr><w:sectPr`)
      : `${properties}<w:rPr>${mark}</w:rPr>`;
  return open + patched + rest.slice(end);
};

const trackParagraph = (paragraph: string, tracker: Tracker): { xml: string; outcome: Outcome } => {
  if (!HAS_MARK.test(paragraph)) {
    return { xml: paragraph, outcome: /<w:t(?:\s[^>]*)?>[^<]/.test(paragraph) ? 'equal' : 'empty' };
  }
  const counts: Record<Mode, number> = { equal: 0, insert: 0, delete: 0 };
  let mode: Mode = 'equal';
  const xml = paragraph.replace(RUN, (_whole, attributes: string, content: string) => {
    const run = rebuildRun(attributes, content, mode, tracker);
    mode = run.mode;
    for (const piece of run.pieces) counts[piece.mode] += piece.text;
    return run.xml;
  });
  const outcome = outcomeOf(counts);
  if (outcome !== 'insert' && outcome !== 'delete') return { xml, outcome };
  return { xml: markParagraph(xml, tracker.mark(outcome)), outcome };
};

const markRow = (row: string, mark: string): string => {
  if (row.includes('</w:trPr>')) return row.replace('</w:trPr>', `${mark}</w:trPr>`);
  return row.replace(/^<w:tr\b[^>]*>/, (open) => `${open}<w:trPr>${mark}</w:trPr>`);
};

/** word/document.xml with the merged text's markers turned into tracked changes. */
export const trackChanges = (documentXml: string, change: ChangeAuthor): string => {
  // Revision ids follow the bookmarks' (which are numbered from 1), so no two annotations share one.
  const bookmarks = documentXml.match(/<w:bookmarkStart\b/g)?.length ?? 0;
  const tracker = new Tracker(bookmarks, change);
  const rows = documentXml.replace(ROW, (row) => {
    const outcomes: Outcome[] = [];
    const xml = row.replace(PARAGRAPH, (p) => {
      const tracked = trackParagraph(p, tracker);
      outcomes.push(tracked.outcome);
      return tracked.xml;
    });
    const counted = outcomes.filter((o) => o !== 'empty');
    const only = counted[0];
    if ((only === 'insert' || only === 'delete') && counted.every((o) => o === only)) {
      return markRow(xml, tracker.mark(only));
    }
    return xml;
  });
  return rows.replace(PARAGRAPH, (p) => trackParagraph(p, tracker).xml);
};
