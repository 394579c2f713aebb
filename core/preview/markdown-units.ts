import { resolveDeferred, type DeferredValues } from '../templates/deferred-values';
import type { GroupRender } from './group-render';
import { joinsCleanly, lexPiece, type Lexed } from './markdown-edges';

/** Consecutive groups whose Markdown is read together, and how it reads. */
export type Unit = {
  /** Lexed with value placeholders, where values decide how to print. */
  readonly raw: Lexed;
  /** Lexed as printed. */
  readonly lexed: Lexed;
  readonly markdown: string;
};

/**
 * Splits rendered groups into units whose Markdown can be read apart. A group joins the unit
 * before it unless the blocks facing each other read the same together and apart, at both
 * stages. A unit of several groups is resolved and lexed as one text, and that text's last
 * block is what faces the next group.
 */
export const createUnitJoiner = () => {
  let merged = new Map<string, Unit>();

  return (renders: readonly GroupRender[]): Unit[] => {
    const next = new Map<string, Unit>();
    const view = (unit: readonly GroupRender[], solid: number): Unit => {
      if (solid <= 1) return single(unit);
      const key = unit.map((render) => render.serial).join(',');
      const found = next.get(key) ?? merged.get(key) ?? mergedUnit(unit);
      next.set(key, found);
      return found;
    };
    const units: Unit[] = [];
    let current: GroupRender[] = [];
    let solid = 0;
    let between: GroupRender[] = [];
    for (const render of renders) {
      if (render.blank) {
        (solid > 0 ? between : current).push(render);
        continue;
      }
      if (solid > 0 && canSplit(current, solid, view, between, render)) {
        units.push(view(current, solid));
        current = [...between];
        solid = 0;
      } else {
        current.push(...between);
      }
      between = [];
      current.push(render);
      solid += 1;
    }
    current.push(...between);
    units.push(view(current, solid));
    merged = next;
    return units;
  };
};

const single = (unit: readonly GroupRender[]): Unit => {
  const only = unit.find((render) => !render.blank);
  const markdown = unit.map((render) => render.markdown).join('');
  if (only) return { raw: only.raw, lexed: only.lexed, markdown };
  const blank = lexPiece(markdown);
  return { raw: blank, lexed: blank, markdown };
};

const joins = new WeakMap<GroupRender, WeakMap<GroupRender, boolean>>();

const canSplit = (
  current: readonly GroupRender[],
  solid: number,
  view: (unit: readonly GroupRender[], solid: number) => Unit,
  between: readonly GroupRender[],
  after: GroupRender,
): boolean => {
  const before = current.at(-1)!;
  if (after.odd || (solid === 1 && before.odd)) return false;
  const cacheable = solid === 1 && between.length === 0;
  const known = cacheable ? joins.get(before)?.get(after) : undefined;
  if (known !== undefined) return known;
  const facing = solid === 1 ? before : view(current, solid);
  const clean =
    joinsCleanly(facing.raw, between.map((b) => b.out).join(''), after.raw) &&
    joinsCleanly(facing.lexed, between.map((b) => b.markdown).join(''), after.lexed);
  if (cacheable) {
    const map = joins.get(before) ?? new WeakMap<GroupRender, boolean>();
    map.set(after, clean);
    joins.set(before, map);
  }
  return clean;
};

const mergedUnit = (unit: readonly GroupRender[]): Unit => {
  const { text, deferred } = renumbered(unit);
  const markdown = resolveDeferred(text, deferred);
  return { raw: lexPiece(text), lexed: lexPiece(markdown), markdown };
};

const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The groups' outputs as one, their value placeholders numbered through. */
const renumbered = (unit: readonly GroupRender[]) => {
  const deferred: DeferredValues = [];
  let text = '';
  for (const render of unit) {
    const offset = deferred.length;
    text +=
      offset === 0
        ? render.out
        : render.out.replace(PLACEHOLDER, (_, n: string) => `\uE000${Number(n) + offset}\uE001`);
    deferred.push(...render.deferred);
  }
  return { text, deferred };
};
