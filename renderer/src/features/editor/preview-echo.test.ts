import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../../../../core/model/workspace';
import { buildRenderContext } from '../../../../core/templates/context';
import { createBlockHtml } from '../../../../core/preview/block-html';
import { createPreviewRenderer } from '../../../../core/preview/incremental-render';
import { createPreviewEcho, placeEcho } from './preview-echo';

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  organisation: { name: 'Brightwater Analytics Ltd', shortName: 'Brightwater' },
  people: [{ id: 'person-1', name: 'Ann Example', jobTitle: 'CISO', email: 'ann@example.com' }],
  roles: { ciso: 'person-1' },
});
const context = buildRenderContext({ workspace, today: '2026-11-28' });

/** The blocks the worker sends for a body (unsanitised HTML, one string per top-level block). */
const workerBlocks = () => {
  const render = createPreviewRenderer(context);
  const toHtml = createBlockHtml();
  return (body: string): string[] | null => {
    try {
      const { blocks, links } = render({ id: 'POL-001', body, bodyLine: 1 });
      return toHtml(blocks, links);
    } catch {
      // A body the engine refuses: the page shows the error and echoes nothing until it renders.
      return null;
    }
  };
};

const PIECES = [
  '# Information security policy\n\n',
  'Plain prose that a user types into.\n\n',
  'Another *plain* paragraph with a [link](https://example.com).\n\n',
  'A paragraph\nrunning over two lines.\n\n',
  '## A heading\n\n',
  'Setext heading\n===\n\n',
  '{{ organisation.name }} protects the information it holds.\n\n',
  '- first item\n- second item\n\n',
  '- a loose item\n\n  continued inside the item\n\n',
  '    indented code\n\n',
  '```\nfenced\n\nPlain prose that a user types into.\n```\n\n',
  '| A | B |\n| --- | --- |\n| {{ organisation.shortName }} | x |\n\n',
  '{% if organisation.name %}\n\nShown when named.\n\n{% endif %}\n\n',
  '{% if organisation.website %}\n\nHidden without a website.\n\n{% endif %}\n\n',
  '{% for person in people %}\n\nRepeated per person.\n\n{% endfor %}\n\n',
  '{% comment %}\n\nPlain prose that a user types into.\n\n{% endcomment %}\n\n',
  '<div>\n\nhtml block\n\n</div>\n\n',
  '> quoted\n\n',
  '[r]: https://example.com/ref\n\n',
  'Plain prose that a user types into.\n\n',
];

const INSERTS = [
  'x',
  'y',
  ' ',
  '\n',
  '\n\n',
  '*',
  '_',
  '`',
  '#',
  '- ',
  '{{',
  '}',
  '<b>',
  '[r]',
  '|',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 2 })),
});

describe('preview-echo', () => {
  it('shows exactly the blocks the worker sends next, whenever it shows anything', () => {
    let echoed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 10 }),
        fc.array(edit, { minLength: 1, maxLength: 20 }),
        (pieces, edits) => {
          const worker = workerBlocks();
          const echo = createPreviewEcho();
          let body = pieces.join('');
          let shown = worker(body);
          for (const { at, remove, insert } of edits) {
            const from = at % (body.length + 1);
            const to = Math.min(from + remove, body.length);
            const next = body.slice(0, from) + insert + body.slice(to);
            const edited = { fromA: from, toA: to, fromB: from, toB: from + insert.length };
            const patch = shown ? echo(body, next, edited) : null;
            const at2 = shown && patch ? placeEcho(shown, patch) : null;
            const truth = worker(next);
            if (shown && patch && at2 !== null) {
              echoed += 1;
              const guess = shown.map((html, i) => (i === at2 ? patch.after : html));
              expect(guess).toEqual(truth);
            }
            body = next;
            shown = truth;
          }
        },
      ),
      { seed: 1610, numRuns: 150 },
    );
    // The echo must actually take part, not pass by never answering.
    expect(echoed).toBeGreaterThan(50);
  }, 120_000);

  it('echoes a letter typed into a paragraph of a long policy', () => {
    const echo = createPreviewEcho();
    const before = '# Policy\n\nFirst paragraph.\n\nSecond paragraph here.\n\n- a list\n';
    const at = before.indexOf('here') + 4;
    const after = `${before.slice(0, at)}s${before.slice(at)}`;
    expect(echo(before, after, { fromA: at, toA: at, fromB: at, toB: at + 1 })).toEqual({
      before: '<p>Second paragraph here.</p>\n',
      after: '<p>Second paragraph heres.</p>\n',
    });
  });

  it('leaves Liquid, a new blank line and a repeated paragraph to the worker', () => {
    const echo = createPreviewEcho();
    const type = (before: string, at: number, text: string) =>
      echo(before, before.slice(0, at) + text + before.slice(at), {
        fromA: at,
        toA: at,
        fromB: at,
        toB: at + text.length,
      });
    expect(type('Hello {{ organisation.name }}.\n', 5, 'x')).toBeNull();
    expect(type('Hello.\n', 6, '{')).toBeNull();
    expect(type('One.\nTwo.\n', 4, '\n')).toBeNull();
    expect(type('Text <b>bold</b>.\n', 2, 'x')).toBeNull();
    expect(type('[r]: https://example.com\n\nSee [it][r].\n', 30, 'x')).toBeNull();
    expect(placeEcho(['<p>a</p>', '<p>a</p>'], { before: '<p>a</p>', after: '<p>ab</p>' })).toBe(
      null,
    );
    expect(placeEcho(['<p>a</p>', '<p>ab</p>'], { before: '<p>a</p>', after: '<p>ab</p>' })).toBe(
      null,
    );
  });
});
