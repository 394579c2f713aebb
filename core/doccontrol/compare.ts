import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffPart = { readonly kind: 'equal' | 'insert' | 'delete'; readonly text: string };

/**
 * The change from one text to another: lines first (so an unchanged paragraph stays one part),
 * then words inside a paragraph that was replaced, so a changed sentence shows only the words
 * that differ.
 */
export const compareTexts = (from: string, to: string): DiffPart[] => {
  const lines = diffLines(from, to);
  const parts: DiffPart[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const change = lines[i]!;
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      for (const word of diffWordsWithSpace(change.value, next.value)) {
        parts.push({
          kind: word.added ? 'insert' : word.removed ? 'delete' : 'equal',
          text: word.value,
        });
      }
      i += 1;
      continue;
    }
    parts.push({
      kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      text: change.value,
    });
  }
  return merge(parts);
};

const merge = (parts: DiffPart[]): DiffPart[] =>
  parts.reduce<DiffPart[]>((out, part) => {
    const last = out.at(-1);
    if (part.text === '') return out;
    if (last && last.kind === part.kind)
      out[out.length - 1] = { kind: part.kind, text: last.text + part.text };
    else out.push(part);
    return out;
  }, []);

/** The two sides of a comparison: what the left (old) and the right (new) column show. */
export const sides = (parts: readonly DiffPart[]) => ({
  left: parts.filter((p) => p.kind !== 'insert'),
  right: parts.filter((p) => p.kind !== 'delete'),
});
