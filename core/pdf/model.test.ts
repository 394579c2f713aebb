import { describe, expect, it } from 'vitest';
import { parseBody } from './model';

// The PDF reads a template's raw HTML and unfilled-field marks as the Word export does.

describe('the PDF body model', () => {
  it('keeps the text of raw HTML, drops scripts and comments, and breaks lines at <br>', () => {
    const [block] = parseBody(
      '<div>Block <b>html</b><script>alert(1)</script><!-- note --><br>second &amp; last</div>\n',
    );
    expect(block).toEqual({
      type: 'paragraph',
      runs: [{ text: 'Block html' }, { text: '\n' }, { text: 'second & last' }],
    });
  });

  it('highlights an unfilled field between <mark> and </mark>, and only that', () => {
    const [block] = parseBody(
      'Report to <mark class="unfilled">roles.ciso.name</mark> **at once**.\n',
    );
    expect(block?.type).toBe('paragraph');
    if (block?.type !== 'paragraph') return;
    expect(block.runs.map((r) => [r.text, r.highlight ?? false, r.bold ?? false])).toEqual([
      ['Report to ', false, false],
      ['roles.ciso.name', true, false],
      [' ', false, false],
      ['at once', false, true],
      ['.', false, false],
    ]);
  });
});
