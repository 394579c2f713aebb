import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { pageRuns } from './orientation';

const lex = (md: string) => new Marked({ gfm: true }).lexer(md);
const shape = (md: string) =>
  pageRuns(lex(md)).map(
    (r) =>
      (r.landscape ? 'L:' : 'P:') +
      r.tokens
        .filter((t) => t.type !== 'space')
        .map((t) => t.type)
        .join(','),
  );

const WIDE = [
  '| ID | Risk | Owner | Likelihood | Impact | Treatment | Residual risk |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| R-001 | Customer data exposed through a misconfigured storage bucket | Daniel Reyes | 3 Possible | 5 Severe | Modify (apply controls) | 5 (Low) |',
].join('\n');
const NARROW = '| Level | Meaning |\n| --- | --- |\n| High | Act now |';

describe('landscape runs', () => {
  it('puts a wide register table on landscape pages with its heading and caption', () => {
    expect(shape(`# Purpose\n\nText.\n\n# Risks\n\nEvery risk:\n\n${WIDE}\n\nAfter.`)).toEqual([
      'P:heading,paragraph',
      'L:heading,paragraph,table',
      'P:paragraph',
    ]);
  });

  it('leaves narrow tables and tables marked portrait where they are', () => {
    expect(shape(`Intro.\n\n${NARROW}`)).toEqual(['P:paragraph,table']);
    expect(shape(`Intro.\n\n<!-- portrait -->\n\n${WIDE}`)).toEqual(['P:paragraph,table']);
  });

  it('follows the landscape markers for any content', () => {
    const md = `Intro.\n\n<!-- landscape -->\n\n# Controls\n\n${NARROW}\n\n<!-- end landscape -->\n\nAfter.`;
    expect(shape(md)).toEqual(['P:paragraph', 'L:heading,table', 'P:paragraph']);
  });

  it('joins two landscape tables separated by a short note and drops page breaks at the joins', () => {
    const md = `${WIDE}\n\nA note.\n\n${WIDE}\n\n<!-- pagebreak -->\n\n# Next\n\nText.`;
    expect(shape(md)).toEqual(['L:table,paragraph,table', 'P:heading,paragraph']);
  });
});
