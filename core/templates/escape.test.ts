import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { detectMarkdownContext, escapeAttribute, escapeMarkdown } from './escape';

/** Plain text a reader would see, with escapes and entities resolved by marked. */
const visibleText = (markdown: string): string =>
  marked
    .parseInline(markdown, { async: false })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const HOSTILE = [
  '*bold* and __strong__',
  '# heading',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:x)',
  '![image](/x.png)',
  '{{ x }} {% raw %}',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '> quote',
  '---',
  '===',
  '`code`',
  '~~gone~~',
  'a | b | c',
  '    indented code',
  'line one\n\n# second paragraph\n- list',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('keeps %j a single plain paragraph with the same visible text', (value) => {
    const markdown = escapeMarkdown(value, 'line-start');
    expect(marked.lexer(markdown).map((token) => token.type)).toEqual(['paragraph']);
    const inline = marked.lexer(markdown)[0];
    const kinds = new Set(
      ((inline as { tokens?: Token[] }).tokens ?? []).map((token) => token.type),
    );
    expect([...kinds].filter((kind) => kind !== 'text' && kind !== 'escape')).toEqual([]);
    const expected = value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    expect(visibleText(markdown)).toBe(expected);
  });

  it('keeps web and e-mail addresses in a value as text, never links', () => {
    const value = 'See https://example.com, www.example.com, a@example.com or javascript:alert(1)';
    const [paragraph] = marked.lexer(escapeMarkdown(value));
    const links = ((paragraph as { tokens?: Token[] }).tokens ?? []).filter(
      (t) => t.type === 'link',
    );
    expect(links).toEqual([]);
    expect(visibleText(escapeMarkdown(value))).toBe(value);
  });

  it('entity-escapes HTML so no tag reaches the output', () => {
    const markdown = escapeMarkdown('<script>alert(1)</script>', 'text');
    expect(markdown).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(marked.parse(markdown, { async: false })).not.toContain('<script');
  });

  it('leaves an ampersand alone unless it would read as an entity', () => {
    expect(escapeMarkdown('Smith & Jones', 'text')).toBe('Smith & Jones');
    expect(visibleText(escapeMarkdown('say &lt; or &#60;', 'text'))).toBe('say &lt; or &#60;');
  });

  it('escapes list and heading markers only where a line starts', () => {
    expect(escapeMarkdown('8.1 User endpoint devices', 'text')).toBe('8.1 User endpoint devices');
    expect(escapeMarkdown('1. first', 'line-start')).toBe('1\\. first');
    expect(escapeMarkdown('- item', 'text')).toBe('- item');
    expect(escapeMarkdown('a\n- item', 'text')).toBe('a - item');
    expect(escapeMarkdown('a\n- item', 'block')).toBe('a\n\\- item');
  });

  it('keeps a table row whole: pipes escaped and line breaks removed', () => {
    const cell = escapeMarkdown('a|b\nsecond line\n\n| x |', 'table-cell');
    const table = `| Name | Note |\n| --- | --- |\n| one | ${cell} |\n| two | plain |`;
    const [token] = marked.lexer(table);
    expect(token?.type).toBe('table');
    const rows = (token as Tokens.Table).rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(['one', 'a|b second line | x |']);
  });

  it('keeps a heading on one line', () => {
    const markdown = `## ${escapeMarkdown('Title\n\nnot a paragraph', 'heading')}`;
    expect(marked.lexer(markdown).map((token) => token.type)).toEqual(['heading']);
  });

  it('keeps inline code closed and without backslashes', () => {
    const markdown = `Run \`${escapeMarkdown('a`b\nc', 'code')}\` now`;
    expect(marked.parseInline(markdown)).toBe('Run <code>a&#39;b c</code> now');
  });

  it('keeps link destinations to safe schemes and encodes what would end them', () => {
    expect(escapeMarkdown('javascript:alert(1)', 'link-url')).toBe('#');
    expect(escapeMarkdown('JavaScript:x', 'link-url')).toBe('#');
    expect(escapeMarkdown('data:text/html,x', 'link-url')).toBe('#');
    expect(escapeMarkdown('https://example.com/a b(c)', 'link-url')).toBe(
      'https://example.com/a%20b%28c%29',
    );
    const markdown = `[site](${escapeMarkdown('https://example.com/a b', 'link-url')})`;
    expect(marked.parseInline(markdown)).toBe('<a href="https://example.com/a%20b">site</a>');
  });
});

describe('escapeAttribute', () => {
  it('escapes quotes, angle brackets, ampersands and pipes', () => {
    expect(escapeAttribute(`a"b'c<d>&e|f`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;e&#124;f');
  });
});

describe('detectMarkdownContext', () => {
  it.each([
    ['', 'line-start'],
    ['  - ', 'line-start'],
    ['1. ', 'line-start'],
    ['> ', 'line-start'],
    ['Owned by ', 'text'],
    ['| R1 | ', 'table-cell'],
    ['## ', 'heading'],
    ['see [site](', 'link-url'],
    ['run `', 'code'],
    ['run `x` then ', 'text'],
  ] as const)('reads %j as %s', (prefix, context) => {
    expect(detectMarkdownContext(prefix)).toBe(context);
  });
});
