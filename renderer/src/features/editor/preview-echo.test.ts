import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../../../../core/model/workspace';
import { buildRenderContext } from '../../../../core/templates/context';
import { createBlockHtml } from '../../../../core/preview/block-html';
import { createPreviewRenderer } from '../../../../core/preview/incremental-render';
import { createOutputValues, type PrintedOutput } from '../../../../core/preview/output-values';
import type { RenderContext } from '../../../../core/templates/context';
import { createPreviewEcho, placeEcho, type BodyEdit } from './preview-echo';
import type { KnownOutputs } from './preview-runner';

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  organisation: { name: 'Brightwater Analytics Ltd', shortName: 'Brightwater' },
  people: [{ id: 'person-1', name: 'Ann Example', jobTitle: 'CISO', email: 'ann@example.com' }],
  roles: { ciso: 'person-1' },
});
const context = buildRenderContext({ workspace, today: '2026-11-28' });

// Values that print differently from their text: Markdown, HTML, an address, a leading number.
const awkward = buildRenderContext({
  workspace: workspaceSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: {
      name: 'Acme *Bold* & <Co> [1] www.acme.example_x_',
      shortName: '1.',
      description: 'First paragraph.\n\nSecond *paragraph*.',
    },
    people: [
      { id: 'person-1', name: '- Ann `Example`', jobTitle: 'CISO', email: 'ann@example.com' },
    ],
    roles: { ciso: 'person-1' },
  }),
  today: '2026-11-28',
});

/**
 * The worker for a body: its blocks (unsanitised HTML, one string per top-level block) and what
 * it tells the page about outputs, as preview-worker and preview-runner put them together.
 */
const workerFor = (data: RenderContext = context) => {
  const render = createPreviewRenderer(data);
  const toHtml = createBlockHtml();
  const outputs = createOutputValues(data, 'preview');
  const values = new Map<string, PrintedOutput>();
  return (body: string): { blocks: string[]; known: KnownOutputs } | null => {
    try {
      const { blocks, links, plain } = render({ id: 'POL-001', body, bodyLine: 1 });
      const html = toHtml(blocks, links);
      if (plain.length > 0) {
        for (const [output, printed] of Object.entries(outputs(body))) values.set(output, printed);
      }
      return { blocks: html, known: { body, plain: new Set(plain), values } };
    } catch {
      // A body the engine refuses: the page shows the error and echoes nothing until it renders.
      return null;
    }
  };
};

/** The blocks the worker sends for a body. */
const workerBlocks = () => {
  const worker = workerFor();
  return (body: string): string[] | null => worker(body)?.blocks ?? null;
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

// Pieces whose paragraphs the page can fill, and others where an output's value is not its own.
const FILLED_PIECES = [
  'Owned by {{ organisation.name }}: the policy.\n\n',
  '{{ organisation.shortName }}\n\n',
  '{{ organisation.description }}\n\n',
  '## About {{ organisation.name }}\n\n',
  'Ask {{ roles.ciso.name }} or {{ organisation.website }} (missing) about {{ organisation.name | upcase }}.\n\n',
  'Code `{{ organisation.name }}` and [a link]({{ organisation.website }}) here.\n\n',
  '{% for organisation in people %}\n\nx {{ organisation.name }}\n\n{% endfor %}\n\n',
  '{% raw %}\n\nShown as {{ organisation.name }}.\n\n{% endraw %}\n\n',
  '{% assign organisation = people %}\n\n',
];

const PLACEHOLDER_INSERTS = [
  ...INSERTS,
  '{{ organisation.name }}',
  '{{ organisation.shortName }}',
  '{{ organisation.website }}',
  '{{ roles.ciso.name }}',
  '{{ organisation.name | upcase }}',
  '{{- organisation.name }}',
  '{{ person.name }}',
  '}}',
  '1. ',
  '(',
  ':',
  '.',
  '!',
];

const placeholderEdit = fc.record({
  at: fc.nat(),
  /** Typed right after an output (`}}`) rather than anywhere. */
  afterOutput: fc.boolean(),
  remove: fc.nat({ max: 3 }),
  insert: fc.oneof(fc.constantFrom(...PLACEHOLDER_INSERTS), fc.string({ maxLength: 2 })),
});

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

  it('echoes paragraphs with placeholders exactly as the worker shows them next, or not at all', () => {
    let echoed = 0;
    let filled = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(context, awkward),
        fc.array(fc.constantFrom(...PIECES, ...FILLED_PIECES), { minLength: 2, maxLength: 10 }),
        fc.array(placeholderEdit, { minLength: 1, maxLength: 25 }),
        (data, pieces, edits) => {
          const worker = workerFor(data);
          const echo = createPreviewEcho();
          let body = pieces.join('');
          let shown = worker(body);
          for (const { at, afterOutput, remove, insert } of edits) {
            const outputEnds = [...body.matchAll(/\}\}/g)].map((m) => m.index + 2);
            const from =
              afterOutput && outputEnds.length > 0
                ? outputEnds[at % outputEnds.length]!
                : at % (body.length + 1);
            const to = Math.min(from + remove, body.length);
            const next = body.slice(0, from) + insert + body.slice(to);
            const edited: BodyEdit = {
              fromA: from,
              toA: to,
              fromB: from,
              toB: from + insert.length,
            };
            const patch = shown ? echo(body, next, edited, shown.known) : null;
            const place = shown && patch ? placeEcho(shown.blocks, patch) : null;
            const truth = worker(next);
            if (shown && patch && place !== null) {
              echoed += 1;
              if (patch.after.includes('data-field')) filled += 1;
              const guess = shown.blocks.map((html, i) => (i === place ? patch.after : html));
              expect(guess).toEqual(truth?.blocks);
            }
            body = next;
            shown = truth;
          }
        },
      ),
      {
        seed: Number(process.env.ECHO_SEED ?? 2711),
        numRuns: Number(process.env.ECHO_RUNS ?? 250),
      },
    );
    // Both kinds of echo must take part: plain paragraphs and paragraphs with filled values.
    expect(echoed).toBeGreaterThan(150);
    expect(filled).toBeGreaterThan(100);
  }, 240_000);

  it('echoes typing after a placeholder with the value the worker printed', () => {
    const worker = workerFor(awkward);
    const echo = createPreviewEcho();
    const before = '# Policy\n\nOwned by {{ organisation.name }}: x\n';
    const at = before.length - 1;
    const after = `${before.slice(0, at)}y${before.slice(at)}`;
    const patch = echo(
      before,
      after,
      { fromA: at, toA: at, fromB: at, toB: at + 1 },
      worker(before)!.known,
    );
    expect(patch?.after).toBe(worker(after)!.blocks[1]);
    expect(patch?.after).toContain('data-field="organisation.name"');
  });

  it('leaves placeholders to the worker inside a loop, after an assign and where it knows no value', () => {
    const echo = createPreviewEcho();
    const type = (before: string, text: string, worker = workerFor()) => {
      const at = before.indexOf('x') + 1;
      const after = before.slice(0, at) + text + before.slice(at);
      const edit = { fromA: at, toA: at, fromB: at, toB: at + text.length };
      return echo(before, after, edit, worker(before)!.known);
    };
    const loop = '{% for person in people %}\n\nx {{ organisation.name }}\n\n{% endfor %}\n';
    expect(type(loop, 'y')).toBeNull();
    const assigned = '{% assign organisation = people %}\n\nx {{ organisation.name }}\n';
    expect(type(assigned, 'y')).toBeNull();
    expect(type('x {{ organisation.name | date: "%Y" }}\n', 'y')).toBeNull();
    expect(type('x {{- organisation.name }}\n', 'y')).toBeNull();
    expect(type('x {% if true %}a{% endif %}\n', 'y')).toBeNull();
    // Without the worker's word on the text before the edit, nothing is filled.
    const known = workerFor()('other\n')!.known;
    const before = 'x {{ organisation.name }}\n';
    expect(echo(before, `x${before}`, { fromA: 0, toA: 0, fromB: 0, toB: 1 }, known)).toBeNull();
    expect(type(before, 'y')).not.toBeNull();
  });

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
