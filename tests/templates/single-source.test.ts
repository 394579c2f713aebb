import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A time limit, period or percentage typed into two templates can drift apart: one document says
// 30 days and the other 20. Each such fact comes from workspace data (`{{ parameters.x }}`) or is
// stated in one template that the others reference.

const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

const UNIT =
  '(working days?|business days?|minutes?|hours?|days?|weeks?|months?|years?|per cent|%)';
const QUANTITY = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:[\\s-]+|(?=%))${UNIT}(?![a-z])`,
  'gi',
);

/** Literal quantities in a template's text, with Liquid expressions and front matter removed. */
export const literalQuantities = (source: string): string[] => {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = body.replace(/\{\{[\s\S]*?\}\}/g, ' ').replace(/\{%[\s\S]*?%\}/g, ' ');
  return [...text.matchAll(QUANTITY)].map((m) => {
    const raw = (m[1] ?? '').toLowerCase();
    const value = NUMBER_WORDS[raw] ?? Number(raw);
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '').replace('per cent', '%');
    return `${value} ${unit}`;
  });
};

describe('one source for every fact', () => {
  it('reads digits and number words with their unit', () => {
    expect(literalQuantities('within 30 days, five working days or 99%.')).toEqual([
      '30 day',
      '5 working day',
      '99 %',
    ]);
    expect(literalQuantities('every {{ parameters.x }} months, {% if a > 2 %}')).toEqual([]);
  });

  it('types no number with a unit into more than one template', async () => {
    const files = (await readdir(TEMPLATES)).filter((f) => f.endsWith('.md'));
    const seen = new Map<string, Set<string>>();
    for (const file of files) {
      const source = await readFile(join(TEMPLATES, file), 'utf8');
      for (const quantity of literalQuantities(source)) {
        seen.set(quantity, (seen.get(quantity) ?? new Set()).add(file.replace(/\.md$/, '')));
      }
    }
    const repeated = [...seen]
      .filter(([, where]) => where.size > 1)
      .map(([quantity, where]) => `${quantity}: ${[...where].sort().join(', ')}`);
    expect(repeated).toEqual([]);
  });

  it('states who approves a change to a document only in the document control procedure', async () => {
    const files = (await readdir(TEMPLATES)).filter((f) => f.endsWith('.md'));
    const restated: string[] = [];
    for (const file of files) {
      const text = (await readFile(join(TEMPLATES, file), 'utf8')).replace(/\s+/g, ' ');
      if (/Changes (to this document )?are approved by the \{\{ roleTitles\.\w+ \}\}/.test(text)) {
        restated.push(file);
      }
    }
    expect(restated).toEqual(['document-and-record-control-procedure.md']);
  });
});
