import { describe, expect, it } from 'vitest';
import { liquidTokens } from './liquid-tokens';

const pieces = (text: string) =>
  liquidTokens(text).map((t) => `${t.kind}:${text.slice(t.from, t.to)}`);

describe('liquidTokens', () => {
  it('colours a placeholder with a filter and its argument', () => {
    expect(pieces("Date: {{ today | format_date: 'd MMMM yyyy' }}.")).toEqual([
      'brace:{{',
      'variable:today',
      'filter:format_date',
      "literal:'d MMMM yyyy'",
      'brace:}}',
    ]);
  });

  it('colours a tag name, keywords, names and numbers', () => {
    expect(pieces('{%- for risk in risks limit: 3 -%}')).toEqual([
      'brace:{%-',
      'keyword:for',
      'variable:risk',
      'keyword:in',
      'variable:risks',
      'keyword:limit',
      'literal:3',
      'brace:-%}',
    ]);
  });

  it('colours operators and brackets as the braces are', () => {
    expect(pieces("{% if refs['a'] == 'b' %}")).toEqual([
      'brace:{%',
      'keyword:if',
      'variable:refs',
      'brace:[',
      "literal:'a'",
      'brace:]',
      'brace:==',
      "literal:'b'",
      'brace:%}',
    ]);
  });

  it('reads a comment block as a comment, and plain Markdown not at all', () => {
    expect(pieces('# Title {% comment %}{{ x }}{% endcomment %} *done*')).toEqual([
      'comment:{% comment %}{{ x }}{% endcomment %}',
    ]);
    expect(pieces('Just *Markdown* with {braces}.')).toEqual([]);
  });

  it('stops an unclosed tag at the next tag, then reads that one', () => {
    expect(pieces('{{ a {{ b }}')).toEqual([
      'brace:{{',
      'variable:a',
      'brace:{{',
      'variable:b',
      'brace:}}',
    ]);
  });

  it('gives positions in the document when the text starts further on', () => {
    expect(liquidTokens('{{ a }}', 100)[1]).toEqual({ from: 103, to: 104, kind: 'variable' });
  });
});
