import type { DocumentMeta } from '../../../../core/model/workspace';

const DELIMITER = /\{\{|\{%|%\}|\}\}/g;

/**
 * What of a body the fields it uses (`documents.get`'s `fields`: each name with its line and
 * column) can depend on: every Liquid delimiter at its line and column, and the text from each
 * opening one to the next closing one (the tags themselves, raw or not). Text outside the tags
 * can move a tag, and then changes this; an edit inside plain text that moves nothing does not.
 */
export const liquidSignature = (body: string): string => {
  const parts: string[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let open: number | null = null;
  for (const match of body.matchAll(DELIMITER)) {
    const at = match.index;
    for (let i = body.indexOf('\n', scanned); i !== -1 && i < at; i = body.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = at;
    const opening = match[0] === '{{' || match[0] === '{%';
    if (opening && open === null) open = at;
    if (!opening && open !== null) {
      parts.push(`${line}:${at - lineStart}:${body.slice(open, at)}`);
      open = null;
    }
    parts.push(`${line}:${at - lineStart}:${match[0]}`);
  }
  if (open !== null) parts.push(body.slice(open));
  return parts.join('\u0000');
};

/**
 * What a body save's answer (the saved metadata) leaves to be fetched again. `control`: the
 * lifecycle state and history, which follow the metadata, and, for an approved document, the
 * body too ("changed since approval"). `fields`: the fields the text uses, which follow the
 * Liquid tags and their places only.
 */
export const refetchAfterSave = (args: {
  readonly shown: DocumentMeta;
  readonly saved: DocumentMeta;
  readonly fieldsOf: string;
  readonly body: string;
}): { readonly control: boolean; readonly fields: boolean } => ({
  control:
    args.saved.status === 'approved' || JSON.stringify(args.shown) !== JSON.stringify(args.saved),
  fields: liquidSignature(args.body) !== args.fieldsOf,
});
