import { describe, expect, it } from 'vitest';
import { findSyntaxError } from './syntax-check';

describe('findSyntaxError', () => {
  it('finds an unclosed tag at its line and column', () => {
    const problem = findSyntaxError('# Policy\n\nSee {% if organisation.website %}\n\nMore.\n');
    expect(problem).toMatchObject({ line: 3, column: 5 });
    expect(problem?.reason).toContain('not closed');
    expect(problem?.message).toMatch(/^Syntax error at line 3, column 5: /);
  });

  it('finds an unknown filter and an unclosed output', () => {
    expect(findSyntaxError('a\n{{ organisation.name | shout }}')).toMatchObject({ line: 2 });
    expect(findSyntaxError('a {{ organisation.name')).toMatchObject({ line: 1, column: 3 });
  });

  it('passes a body Liquid can parse, whatever its data', () => {
    expect(findSyntaxError('{% if organisation.website %}x{% endif %} {{ nothing.here }}')).toBe(
      null,
    );
  });
});
