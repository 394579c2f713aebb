import { describe, expect, it } from 'vitest';
import { stepsOverCloser } from './liquid-closing';

/** Types text at the cursor (`|`) the way the editor does after auto-closing `{%` and `{{`. */
const type = (start: string, keys: string): string => {
  let [before = '', after = ''] = start.split('|');
  for (const key of keys) {
    if (stepsOverCloser(before, after, key)) {
      before += after.slice(0, 1);
      after = after.slice(1);
    } else before += key;
  }
  return `${before}${after}`;
};

describe('typing the closing delimiter the editor already inserted', () => {
  it('leaves one %} after a tag typed in full', () => {
    expect(type('{%|%}', ' if organisation.website %}')).toBe('{% if organisation.website %}');
    expect(type('{%|%}', '- if x -%}')).toBe('{%- if x -%}');
  });

  it('leaves one }} after an output typed in full', () => {
    expect(type('{{|}}', ' organisation.name }}')).toBe('{{ organisation.name }}');
  });

  it('types % and } as usual outside a tag', () => {
    expect(type('50|%}', '%')).toBe('50%%}');
    expect(type('{% if x %} a |}}', '}')).toBe('{% if x %} a }}}');
    expect(type('text |', '%}')).toBe('text %}');
  });
});
