import { marked, type Token, type Tokens } from 'marked';
import { catchAppError } from './catch-app-error.test-support';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../model/workspace';
import { buildRenderContext } from './context';
import { renderTemplate, renderTemplateSync, type RenderMode } from './render';

const render = (
  body: string,
  context: Record<string, unknown>,
  mode: RenderMode = 'export',
  bodyLine = 1,
) => renderTemplateSync({ id: 'test-template', body, bodyLine }, context, { mode });

const catchError = catchAppError;

/** Block structure without text: the token types, table sizes and list lengths. */
const structure = (markdown: string): unknown => marked.lexer(markdown).map(blockShape);

/** The structure with runs of paragraphs as one: a value on a line of its own keeps its paragraphs. */
const structureBesideParagraphs = (markdown: string): unknown =>
  marked
    .lexer(markdown)
    .map(blockShape)
    .filter((shape) => shape !== 'space')
    .filter((shape, i, all) => !(shape === 'paragraph' && all[i - 1] === 'paragraph'));

const blockShape = (token: Token): unknown => {
  switch (token.type) {
    case 'table': {
      const table = token as Tokens.Table;
      return `table ${table.header.length}x${table.rows.length}`;
    }
    case 'list':
      return `list ${(token as Tokens.List).items.length}`;
    case 'heading':
      return `h${(token as Tokens.Heading).depth}`;
    default:
      return token.type;
  }
};

/** How many tokens of each type, nested ones included: new emphasis, links or HTML would show. */
const tokenCounts = (markdown: string): Record<string, number> => {
  const counts: Record<string, number> = {};
  void marked.walkTokens(marked.lexer(markdown), (token) => {
    const marker = /^(<span class="field" data-field="\w+">|<\/span>)$/.test(token.raw);
    if (!['text', 'escape', 'paragraph', 'space'].includes(token.type) && !marker) {
      counts[token.type] = (counts[token.type] ?? 0) + 1;
    }
  });
  return counts;
};

const ORG = {
  organisation: { name: 'Acme Ltd', scope: { inScope: ['Cloud platform', 'Offices'] } },
};

describe('renderTemplate', () => {
  it('prints values, loops over lists and follows conditions', () => {
    const body = [
      '# {{ organisation.name }}',
      '',
      '{% for item in organisation.scope.inScope %}',
      '- {{ item }}',
      '{% endfor %}',
      '',
      '{% if organisation.website %}Web: {{ organisation.website }}{% else %}No website.{% endif %}',
      'In scope: {{ organisation.scope.inScope }}; {{ count }} risks; MFA {{ mfa }}.',
    ].join('\n');
    const result = render(body, { ...ORG, count: 3, mfa: true });
    expect(result.markdown).toBe(
      [
        '# Acme Ltd',
        '',
        '- Cloud platform',
        '- Offices',
        '',
        'No website.',
        'In scope: Cloud platform, Offices; 3 risks; MFA true.',
      ].join('\n'),
    );
    expect(result.unfilled).toEqual([]);
  });

  it('reports every unfilled field in one pass with its line and column in the file', () => {
    const body = [
      'Owner: {{ roles.ciso.name }} and {{ roles.dpo.name }}.',
      '{% for risk in risks %}',
      '| {{ risk.id }} | {{ risk.owner.name | upcase }} |',
      '{% endfor %}',
      'Next review {{ document.nextReviewDate | format_date }}, then {{ today | add_months: cycle }}.',
      '{% echo organisation.legalName %}',
    ].join('\n');
    const context = { roles: {}, risks: [{ id: 'R1' }, { id: 'R2' }], today: '2026-01-01' };
    const { unfilled, markdown } = render(body, context, 'export', 8);
    expect(unfilled).toEqual([
      { field: 'roles.ciso.name', line: 8, column: 11 },
      { field: 'roles.dpo.name', line: 8, column: 37 },
      { field: 'risk.owner.name', line: 10, column: 22 },
      { field: 'document.nextReviewDate', line: 12, column: 16 },
      { field: 'cycle', line: 12, column: 86 },
      { field: 'organisation.legalName', line: 13, column: 9 },
    ]);
    expect(markdown).toContain(
      '| R1 | <mark>\\[Name of the risk owner\\]</mark> |\n| R2 | <mark>\\[Name of the risk owner\\]</mark> |',
    );
  });

  it('does not count a missing value tested by if, unless or default as unfilled', () => {
    const body = [
      '{% if organisation.website %}W{% endif %}',
      '{% if roles.ciso.name and organisation.name == "x" %}C{% elsif parameters.mfa %}M{% endif %}',
      '{% unless organisation.logo %}No logo{% endunless %}',
      '{{ organisation.website | default: "none" }} {{ organisation.scope.inScope | default: "tbd" }}',
    ].join('\n');
    const result = render(body, { organisation: { scope: { inScope: [] } } });
    expect(result.unfilled).toEqual([]);
    expect(result.markdown).toBe('\n\nNo logo\nnone tbd');
  });

  it('reports a loop over a missing list and shows its placeholder on a line of its own', () => {
    const body =
      'Actions:\n{% for action in managementReview.actions %}\n- {{ action.title }}\n{% endfor %}\nEnd';
    const result = render(body, {});
    expect(result.unfilled).toEqual([{ field: 'managementReview.actions', line: 2, column: 18 }]);
    expect(result.markdown).toBe('Actions:\n<mark>\\[Management review actions\\]</mark>\nEnd');
  });

  it('reports a missing value taken through assign where the assigned name is printed', () => {
    const body = 'x\n{% assign owner = roles.ciso.name %}Owner: {{ owner }}.';
    const result = render(body, { roles: {} });
    expect(result.unfilled).toEqual([{ field: 'owner', line: 2, column: 47 }]);
    expect(result.markdown).toBe('x\nOwner: <mark>\\[Owner\\]</mark>.');
  });

  it('counts a plain value that prints nothing (an empty list) as unfilled', () => {
    const result = render('Sites: {{ sites }}. Count: {{ sites | size }}.', { sites: [] });
    expect(result.unfilled).toEqual([{ field: 'sites', line: 1, column: 11 }]);
    expect(result.markdown).toBe('Sites: <mark>\\[Sites\\]</mark>. Count: 0.');
  });

  it('shows an unfilled field in the export as marked literal text, not a link', () => {
    const { markdown } = render('By {{ organisation.name }}.', {});
    expect(markdown).toBe('By <mark>\\[Organisation name\\]</mark>.');
    expect(marked.parseInline(markdown)).toBe('By <mark>[Organisation name]</mark>.');
  });

  it('prints people by name, lists joined and numbers and booleans as text', () => {
    const context = {
      roles: { ciso: { id: 'dana', name: 'Dana Reyes', jobTitle: 'CISO' } },
      people: [{ name: 'Ann' }, { name: 'Bo' }],
      zero: 0,
      off: false,
    };
    const result = render('{{ roles.ciso }} | {{ people }} | {{ zero }} | {{ off }}', context);
    expect(result.markdown).toBe('Dana Reyes | Ann, Bo | 0 | false');
  });

  it('removes lines that hold only tags so loops build unbroken tables', () => {
    const body = [
      '| ID | Title |',
      '| --- | --- |',
      '{% for risk in risks %}',
      '  {% if risk.open %}',
      '| {{ risk.id }} | {{ risk.title }} |',
      '  {% endif %}',
      '{% endfor %}',
      '',
      'Done{% if true %} and dusted{% endif %} today.',
    ].join('\n');
    const risks = [
      { id: 'R1', title: 'One', open: true },
      { id: 'R2', title: 'Two', open: false },
      { id: 'R3', title: 'Three', open: true },
    ];
    const { markdown } = render(body, { risks });
    expect(markdown).toBe(
      '| ID | Title |\n| --- | --- |\n| R1 | One |\n| R3 | Three |\n\nDone and dusted today.',
    );
    expect(structure(markdown)).toEqual(['table 2x2', 'space', 'paragraph']);
  });

  it('marks filled and unfilled fields in preview mode without breaking tables, headings or lists', () => {
    const body = [
      '# Policy of {{ organisation.name }}',
      '',
      '- Owner: {{ roles.ciso.name }}',
      '- Site: {{ organisation.scope.inScope }}',
      '',
      '| Risk | Owner |',
      '| --- | --- |',
      '{% for risk in risks %}',
      '| {{ risk.id }} | {{ risk.owner.name }} |',
      '{% endfor %}',
    ].join('\n');
    const context = { ...ORG, risks: [{ id: 'R1', owner: { name: 'Ann|Lee' } }, { id: 'R2' }] };
    const exported = render(body, context, 'export');
    const preview = render(body, context, 'preview');
    expect(structure(preview.markdown)).toEqual(structure(exported.markdown));
    expect(structure(preview.markdown)).toEqual(['h1', 'space', 'list 2', 'space', 'table 2x2']);
    expect(preview.unfilled).toEqual(exported.unfilled);
    expect(preview.markdown).toContain(
      '# Policy of <span class="field" data-field="organisation.name">Acme Ltd</span>',
    );
    expect(preview.markdown).toContain(
      '- Owner: <mark class="field-unfilled" data-field="roles.ciso.name">\\[Name of the Chief Information Security Officer\\]</mark>',
    );
    expect(preview.markdown).toContain(
      '| <span class="field" data-field="risk.id">R1</span> | ' +
        '<span class="field" data-field="risk.owner.name">Ann\\|Lee</span> |',
    );
  });

  it('does not wrap values inside link destinations or code spans in preview mode', () => {
    const body = '[site]({{ organisation.website }}) and `{{ organisation.name }}`';
    const context = { organisation: { name: 'Acme', website: 'https://acme.example' } };
    const { markdown } = render(body, context, 'preview');
    expect(markdown).toBe('[site](https://acme.example) and `Acme`');
  });

  it('keeps the document structure whatever the values hold', () => {
    const body = [
      '# {{ v }}',
      '',
      'Text {{ v }} more.',
      '',
      '{{ v }}',
      '',
      '- {{ v }}',
      '- second',
      '',
      '| A | B |',
      '| --- | --- |',
      '| {{ v }} | x |',
      '',
      '> {{ v }}',
    ].join('\n');
    const hostile = [
      '*bold* __strong__',
      'a|b',
      '# heading',
      '<script>alert(1)</script>',
      '{{ x }}',
      '[link](javascript:x)',
      '- item\n\n1. item\n\n---',
      '`code` ~~gone~~ ![i](/x.png)',
      '</span><b>x</b>',
    ];
    for (const mode of ['export', 'preview'] as const) {
      const plain = render(body, { v: 'plain', x: 'secret' }, mode).markdown;
      for (const value of hostile) {
        const { markdown } = render(body, { v: value, x: 'secret' }, mode);
        expect(structureBesideParagraphs(markdown), `${mode}: ${value}`).toEqual(
          structureBesideParagraphs(plain),
        );
        expect(tokenCounts(markdown), `${mode}: ${value}`).toEqual(tokenCounts(plain));
        expect(markdown).not.toContain('secret');
        expect(markdown).not.toMatch(/<script|<b>|<\/span><b>/);
      }
    }
  });

  it('keeps the paragraphs of a value on a line of its own, and nothing else of its structure', () => {
    const value = 'First paragraph\nstill first.\n\n- not a list\n\n# not a heading';
    for (const mode of ['export', 'preview'] as const) {
      const { markdown } = render('Intro.\n\n{{ v }}\n\nEnd {{ v }}.', { v: value }, mode);
      const blocks = marked.lexer(markdown).filter((t) => t.type !== 'space');
      expect(
        blocks.map((t) => t.type),
        mode,
      ).toEqual(Array(5).fill('paragraph'));
      const texts = blocks.map((t) => (t as Tokens.Paragraph).text.replace(/<[^>]+>|\\/g, ''));
      expect(texts, mode).toEqual([
        'Intro.',
        'First paragraph\nstill first.',
        '- not a list',
        '# not a heading',
        'End First paragraph still first. - not a list # not a heading.',
      ]);
    }
  });

  it('prints a value that looks like Liquid literally instead of evaluating it', () => {
    const { markdown } = render('Value: {{ v }}', {
      v: '{{ x }} {% if true %}y{% endif %}',
      x: 'no',
    });
    expect(markdown).toBe('Value: {{ x }} {% if true %}y{% endif %}');
  });

  it('reports a syntax error with the template id and its line and column in the file', () => {
    const cases = [
      { body: 'Hello\n\n{% if x %}open', line: 12, column: 1, text: 'not closed' },
      { body: 'Hello\n  {% frobnicate %}', line: 11, column: 3, text: 'frobnicate' },
      { body: 'Hi {{ name | shout }}', line: 10, column: 4, text: 'undefined filter: shout' },
      { body: 'Hi\nthere {{ name ', line: 11, column: 7, text: 'not closed' },
    ];
    for (const { body, line, column, text } of cases) {
      const error = catchError(() => render(body, {}, 'export', 10));
      expect(error.code).toBe('template-syntax');
      expect(error.details).toMatchObject({ templateId: 'test-template', line, column });
      expect(error.message).toContain(`test-template`);
      expect(error.message).toContain(`line ${line}, column ${column}`);
      expect(error.message).toContain(text);
    }
  });

  it('does not let a template change the data it renders', () => {
    const context = { counter: 5, organisation: { name: 'Acme' } };
    render('{% increment counter %}{% assign organisation = "x" %}', context);
    expect(context).toEqual({ counter: 5, organisation: { name: 'Acme' } });
  });

  it('gives the same result through the promise API', async () => {
    const body = 'Hi {{ organisation.name }} {{ missing }}';
    await expect(
      renderTemplate({ id: 't', body, bodyLine: 1 }, ORG, { mode: 'preview' }),
    ).resolves.toEqual(render(body, ORG, 'preview'));
    await expect(
      renderTemplate({ id: 't', body: '{% if %}', bodyLine: 1 }, ORG, { mode: 'export' }),
    ).rejects.toMatchObject({ code: 'template-syntax' });
  });

  it('treats a blank workspace value as unfilled through buildRenderContext', () => {
    const workspace = workspaceSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      organisation: { name: 'Acme Ltd', website: '   ' },
      people: [{ id: 'dana', name: 'Dana Reyes', jobTitle: 'CISO' }],
      roles: { ciso: 'dana', dpo: null },
    });
    const context = buildRenderContext({ workspace, today: '2026-11-28' });
    const body = [
      '{{ organisation.name }} ({{ organisation.website }}), CISO {{ roles.ciso.name }},',
      'DPO {{ roles.dpo.name }}, dated {{ today | format_date }}.',
      '{% if organisation.website %}Visit us.{% endif %}',
    ].join('\n');
    const result = render(body, context, 'export', 9);
    expect(result.unfilled).toEqual([
      { field: 'organisation.website', line: 9, column: 29 },
      { field: 'roles.dpo.name', line: 10, column: 8 },
    ]);
    expect(result.markdown).toBe(
      'Acme Ltd (<mark>\\[Website address\\]</mark>), CISO Dana Reyes,\n' +
        'DPO <mark>\\[Name of the Data Protection Officer\\]</mark>, dated 28 November 2026.\n',
    );
  });
});
