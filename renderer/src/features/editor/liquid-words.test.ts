import { describe, expect, it } from 'vitest';
import { liquidWords } from './liquid-words';

const labels = (before: string) => liquidWords(before)?.options.map((o) => o.label) ?? [];

describe('liquidWords', () => {
  it('offers tag names right after {% and replaces what was typed', () => {
    expect(labels('{% ')).toContain('if');
    expect(labels('{%- ')).toContain('assign');
    expect(liquidWords('Text {% endi')).toEqual({
      from: 'Text {% '.length,
      options: [{ label: 'endif', type: 'keyword' }],
    });
  });

  it('never offers the file tags the engine refuses', () => {
    expect(labels('{% ')).not.toContain('include');
    expect(labels('{% re')).toEqual([]);
  });

  it('offers the loop properties and the standard filters inside a tag only', () => {
    expect(labels('{{ forloop.ind')).toEqual(['index', 'index0']);
    expect(labels('{{ title | trunc')).toEqual(['truncate', 'truncatewords']);
    expect(labels('{{ title }} | trunc')).toEqual([]);
    expect(labels('plain forloop.ind')).toEqual([]);
  });
});
