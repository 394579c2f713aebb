import type { Token } from 'marked';
import type { RenderContext } from '../templates/context';
import { TEMPLATE_LIMITS } from '../templates/engine';
import type { TemplateBody } from '../templates/parse-body';
import type { RenderMode } from '../templates/print-value';
import { renderTemplateSync } from '../templates/render';
import type { RenderResult, UnfilledField } from '../templates/types';
import { createGrouper } from './body-groups';
import { createGroupRenderer, previewEngine, type GroupRender } from './group-render';
import { lexWhole } from './markdown-edges';
import { createUnitJoiner } from './markdown-units';

/** A render as renderTemplateSync gives it, with the Markdown's top-level blocks. */
export type PreviewRender = RenderResult & {
  readonly blocks: readonly Token[];
  /** Link reference definitions, when the document has any (its blocks then share them). */
  readonly links: Readonly<Record<string, unknown>>;
  /** True when this keystroke was rendered piece by piece, false when in full. */
  readonly incremental: boolean;
  /**
   * Where each group starts that has no Liquid tag, outside every block and after no group that
   * changes state: an output there prints what it prints in a fresh context. Empty when rendered
   * in full.
   */
  readonly plain: readonly number[];
};

type Placed = { readonly render: GroupRender; readonly line: number };

/**
 * The live preview's renderer: gives exactly what a full render gives (Markdown, unfilled fields
 * with their positions, errors), but renders again only the parts of the body that changed.
 *
 * The body is cut at blank lines outside any Liquid block (`body-groups`); each group is rendered
 * once per text and kept. The groups' Markdown is then joined: where the blocks either side of a
 * cut would read differently together (a list running on, an open fence), the groups are read
 * as one. Whenever the pieces cannot be shown to equal the whole (unpaired tags, an error, link
 * definitions, a document over the memory limit), the whole body is rendered instead.
 */
export const createPreviewRenderer = (context: RenderContext, mode: RenderMode = 'preview') => {
  const group = createGrouper(previewEngine());
  const groups = createGroupRenderer(context, mode);
  let renders = new Map<string, GroupRender>();
  const units = createUnitJoiner();

  const renderGroups = (template: TemplateBody, plain: number[]): Placed[] | null => {
    const found = group(template.body);
    if (!found || found.some((g) => g.captures)) return null;
    let offset = 0;
    for (const { text, stateful } of found) {
      if (stateful) break;
      if (!text.includes('{%')) plain.push(offset);
      offset += text.length;
    }
    const next = new Map<string, GroupRender>();
    const placed: Placed[] = [];
    const stateful: string[] = [];
    const pass = groups.pass(template.id);
    let memory = 0;
    for (const { text, line, stateful: changesState } of found) {
      const key = `${stateful.join('\u0001')}\u0002${text}`;
      const known = next.get(key) ?? renders.get(key);
      if (known && changesState) pass.skip(text);
      const render = known ?? pass.render(text);
      next.set(key, render);
      memory += render.memory;
      placed.push({ render, line });
      if (changesState) stateful.push(text);
    }
    groups.settle();
    renders = next;
    return memory <= TEMPLATE_LIMITS.memoryLimit && startsOnNewLines(placed) ? placed : null;
  };

  const incremental = (template: TemplateBody): PreviewRender | null => {
    if (template.body.length > TEMPLATE_LIMITS.parseLimit) return null;
    let placed: Placed[] | null;
    const plain: number[] = [];
    try {
      placed = renderGroups(template, plain);
    } catch {
      return null;
    }
    if (!placed) return null;
    const parts = units(placed.map((p) => p.render));
    if (parts.some((part) => part.lexed.global || part.raw.global)) return null;
    return {
      markdown: parts.map((part) => part.markdown).join(''),
      unfilled: placeUnfilled(placed, template.bodyLine),
      blocks: parts.flatMap((part) => part.lexed.blocks),
      links: {},
      incremental: true,
      plain,
    };
  };

  return (template: TemplateBody): PreviewRender =>
    incremental(template) ?? full(template, context, mode);
};

const full = (template: TemplateBody, context: RenderContext, mode: RenderMode): PreviewRender => {
  const result = renderTemplateSync(template, context, { mode });
  const { blocks, links } = lexWhole(result.markdown);
  return { ...result, blocks, links, incremental: false, plain: [] };
};

// The engine's line tracking starts each group on an empty line, as it is in the whole body.
const startsOnNewLines = (placed: readonly Placed[]): boolean => {
  let last = '\n';
  for (const { render } of placed) {
    if (render.out === '') continue;
    if (last !== '\n') return false;
    last = render.out.at(-1)!;
  }
  return true;
};

const placeUnfilled = (placed: readonly Placed[], bodyLine: number): UnfilledField[] =>
  placed
    .flatMap(({ render, line }) =>
      render.unfilled.map((field) => ({ ...field, line: field.line + line + bodyLine - 1 })),
    )
    .sort((a, b) => a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
