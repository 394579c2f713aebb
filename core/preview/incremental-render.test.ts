import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../model/workspace';
import { buildRenderContext, type RenderContext } from '../templates/context';
import { renderTemplateSync } from '../templates/render';
import { createBlockHtml } from './block-html';
import { createPreviewRenderer } from './incremental-render';
import { lexWhole } from './markdown-edges';

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  organisation: { name: 'Brightwater Analytics Ltd', shortName: 'Brightwater' },
  people: Array.from({ length: 4 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    jobTitle: i % 2 ? `Role ${i}` : '',
    email: `p${i}@example.com`,
  })),
  roles: { ciso: 'person-1', topManagement: 'person-2' },
});
const context = buildRenderContext({ workspace, today: '2026-11-28' });

/** The text a reader sees, without the preview's field marks. */
const text = (markdown: string) => markdown.replace(/<[^>]+>/g, '');

/** What the preview shows for a body rendered in full: Markdown, fields, each block's HTML. */
const fullPreview = (body: string, data: RenderContext = context) => {
  try {
    const result = renderTemplateSync({ id: 'POL-001', body, bodyLine: 1 }, data, {
      mode: 'preview',
    });
    const { blocks, links } = lexWhole(result.markdown);
    const html = createBlockHtml()(blocks, links).join('');
    return { markdown: result.markdown, unfilled: result.unfilled, html };
  } catch (error) {
    return { error: String(error) };
  }
};

/** The same, rendered by one incremental renderer that has seen the earlier bodies. */
const incrementalPreview = (render: ReturnType<typeof createPreviewRenderer>) => {
  const toHtml = createBlockHtml();
  return (body: string) => {
    try {
      const result = render({ id: 'POL-001', body, bodyLine: 1 });
      const html = toHtml(result.blocks, result.links).join('');
      return { markdown: result.markdown, unfilled: result.unfilled, html };
    } catch (error) {
      return { error: String(error) };
    }
  };
};

const PIECES = [
  '# Information security policy\n\n',
  '{{ organisation.name }} protects the information it holds.\n\n',
  'Owner: {{ roles.ciso | person }}; deputy: {{ roles.deputy.name }}.\n\n',
  '- first item\n- second item\n\n',
  '- a loose item\n\n- another loose item\n\n',
  '1. numbered\n2. again\n\n',
  '    indented code\n\n',
  '```\nfenced\n\ncode with a blank line\n```\n\n',
  '| A | B |\n| --- | --- |\n| {{ organisation.shortName }} | x |\n\n',
  '{% if organisation.name %}\nShown when named.\n\nA second shown paragraph.\n{% endif %}\n\n',
  '{% unless organisation.website %}No website.{% endunless %}\n\n',
  '{% for person in people %}\n- {{ person.name }}{% if person.jobTitle %} ({{ person.jobTitle }}){% endif %}\n{% endfor %}\n\n',
  '{% for person in people %}\n## {{ person.name }}\n\nWrites to {{ person.email }}.\n\n{% endfor %}\n',
  '{% assign who = organisation.shortName %}\n\n',
  'Assigned: {{ who }}.\n\n',
  '{% capture line %}Captured {{ organisation.name }}{% endcapture %}\n\n{{ line }}\n\n',
  '<!-- pagebreak -->\n\n',
  '<div>\n\nhtml block\n\n</div>\n\n',
  '> quoted\n\n> again\n\n',
  '{% raw %}{{ kept }}\n\nas is{% endraw %}\n\n',
  'A `code span {{ organisation.name }}` here.\n\n',
  '[a link](https://example.com) and [a ref][r]\n\n',
  '[r]: https://example.com/ref\n\n',
  'Paragraph\nwith a second line {{- " trimmed" }}\n\n',
  '{% comment %}\n\nhidden {{ x }}\n\n{% endcomment %}\n\n',
  '{% increment counter %} and {% increment counter %}\n\n',
];

const INSERTS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '{% if organisation.name %}',
  '{% endif %}',
  '{% for p in people %}',
  '{% endfor %}',
  '{{ organisation.name }}',
  '{{ missing.value }}',
  '{{',
  '}}',
  '```',
  '- ',
  '1. ',
  '    ',
  '> ',
  '| x |',
  '<div>',
  '`',
  '{% assign who = "changed" %}',
  '[r]: https://example.com/x\n',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 4 })),
});

describe('preview/incremental-render', () => {
  it('gives exactly what a full render gives, over a sequence of random edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 14 }),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        (pieces, edits) => {
          const preview = incrementalPreview(createPreviewRenderer(context));
          let body = pieces.join('');
          expect(preview(body)).toEqual(fullPreview(body));
          for (const { at, remove, insert } of edits) {
            const from = at % (body.length + 1);
            body = body.slice(0, from) + insert + body.slice(from + remove);
            expect(preview(body)).toEqual(fullPreview(body));
          }
        },
      ),
      { seed: 27001, numRuns: 150 },
    );
    // Hundreds of full renders to compare against: minutes on a busy machine.
  }, 240_000);

  it('renders an if that spans several paragraphs, and changes when its condition does', () => {
    const body = [
      'Before.',
      '{% if organisation.website %}',
      'We publish at {{ organisation.website }}.',
      'A second paragraph inside the condition.',
      '{% else %}',
      'No public website.',
      '',
      'Another paragraph in the else branch.',
      '{% endif %}',
      'After.',
    ].join('\n\n');
    const render = createPreviewRenderer(context);
    const first = render({ id: 'POL-001', body, bodyLine: 1 });
    expect(first.incremental).toBe(true);
    expect(first.markdown).toBe(fullPreview(body).markdown);
    expect(first.markdown).toContain('Another paragraph in the else branch.');
    expect(first.markdown).not.toContain('A second paragraph inside');
    const flipped = body.replace('{% if organisation.website %}', '{% if organisation.name %}');
    const second = render({ id: 'POL-001', body: flipped, bodyLine: 1 });
    expect(second.markdown).toContain('A second paragraph inside the condition.');
    expect(second.markdown).not.toContain('No public website.');
    expect(second.markdown).toBe(fullPreview(flipped).markdown);
  });

  it('renders a for loop over several blocks once per person', () => {
    const body =
      '# People\n\n{% for person in people %}\n## {{ person.name }}\n\nMail {{ person.email }}.\n\n{% endfor %}\nEnd.\n';
    const result = createPreviewRenderer(context)({ id: 'POL-001', body, bodyLine: 1 });
    expect(result.markdown).toBe(fullPreview(body).markdown);
    const headings = result.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((b) => text(b.raw).trim())).toEqual([
      '# People',
      '## Person 0',
      '## Person 1',
      '## Person 2',
      '## Person 3',
    ]);
  });

  it('follows an assign into later paragraphs when the assign is edited', () => {
    const render = createPreviewRenderer(context);
    const body = (value: string) =>
      `{% assign who = "${value}" %}\n\nFirst {{ who }}.\n\nSecond {{ who }}.\n`;
    const first = render({ id: 'POL-001', body: body('Ann'), bodyLine: 1 });
    expect(text(first.markdown)).toContain('Second Ann.');
    const edited = render({ id: 'POL-001', body: body('Bob'), bodyLine: 1 });
    expect(edited.markdown).toBe(fullPreview(body('Bob')).markdown);
    expect(text(edited.markdown)).toContain('Second Bob.');
  });

  it('reports unfilled fields at their lines in the body, after the lines above them move', () => {
    const render = createPreviewRenderer(context);
    const body = 'Intro.\n\nOwner: {{ roles.deputy.name }}.\n';
    expect(render({ id: 'POL-001', body, bodyLine: 3 }).unfilled).toEqual([
      { field: 'roles.deputy.name', line: 5, column: 11 },
    ]);
    const moved = render({ id: 'POL-001', body: `New line.\n\n${body}`, bodyLine: 3 });
    expect(moved.incremental).toBe(true);
    expect(moved.unfilled).toEqual([{ field: 'roles.deputy.name', line: 7, column: 11 }]);
  });

  it('renders again only the paragraph a keystroke changed', () => {
    let reads = 0;
    const organisation = { ...(context['organisation'] as Record<string, unknown>) };
    const counted: RenderContext = { ...context, organisation };
    Object.defineProperty(organisation, 'shortName', {
      enumerable: true,
      get: () => {
        reads += 1;
        return 'Brightwater';
      },
    });
    const render = createPreviewRenderer(counted);
    const body = (typed: string) =>
      `Typing here${typed}.\n\nMade by {{ organisation.shortName }}.\n`;
    render({ id: 'POL-001', body: body(''), bodyLine: 1 });
    const before = reads;
    const result = render({ id: 'POL-001', body: body(' more'), bodyLine: 1 });
    expect(result.incremental).toBe(true);
    expect(reads).toBe(before);
    expect(result.markdown).toContain('Typing here more.');
  });

  it('reports a syntax error exactly as the full render does', () => {
    const body = 'Fine.\n\n{% if organisation.name %}\nNever closed.\n';
    const render = incrementalPreview(createPreviewRenderer(context));
    expect(render(body)).toEqual(fullPreview(body));
    expect(render(body)).toHaveProperty('error', expect.stringContaining('not closed'));
  });
});
