import { describe, expect, it, vi } from 'vitest';
import { createBlockRenderer, createBlockSanitiser } from './preview-blocks';

describe('preview-blocks', () => {
  const policy = ['# Purpose', 'Why this policy exists.', '# Scope', 'Everyone.', '- a\n- b'].join(
    '\n\n',
  );

  it('turns each top-level Markdown block into its own sanitised HTML', () => {
    const render = createBlockRenderer((html) => html.replace(/<script>.*?<\/script>/g, ''));
    const blocks = render(`${policy}\n\n<script>alert(1)</script>`);
    expect(blocks.map((b) => b.html.trim())).toEqual([
      '<h1>Purpose</h1>',
      '<p>Why this policy exists.</p>',
      '<h1>Scope</h1>',
      '<p>Everyone.</p>',
      '<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
      '',
    ]);
  });

  it('re-renders only the block that changed between keystrokes', () => {
    const sanitise = vi.fn((html: string) => html);
    const render = createBlockRenderer(sanitise);
    render(policy);
    expect(sanitise).toHaveBeenCalledTimes(5);
    sanitise.mockClear();
    const blocks = render(policy.replace('Everyone.', 'Everyone, including contractors.'));
    expect(sanitise).toHaveBeenCalledTimes(1);
    expect(blocks[3]?.html).toContain('including contractors');
  });

  it('sanitises an echoed block once, for the echo and for the worker answer that follows', () => {
    const sanitise = vi.fn((html: string) => html.replace(/<script>.*?<\/script>/g, ''));
    const clean = createBlockSanitiser(sanitise);
    clean(['<p>a</p>', '<p>b</p>']);
    expect(clean.one('<p>bc<script>x</script></p>')).toBe('<p>bc</p>');
    const answer = clean(['<p>a</p>', '<p>bc<script>x</script></p>']);
    expect(answer[1]?.html).toBe('<p>bc</p>');
    expect(sanitise).toHaveBeenCalledTimes(3);
  });

  it('keeps repeated identical paragraphs as separate blocks', () => {
    const render = createBlockRenderer((html) => html);
    const keys = render('Same.\n\nSame.\n\nSame.').map((b) => b.key);
    expect(new Set(keys).size).toBe(3);
  });
});
