import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions } from 'docx';
import { COLOUR } from './look';

/** A numbering instance a Markdown list is written on; docx turns each pair into its own w:num. */
export type ListRef = {
  readonly reference: string;
  readonly instance: number;
  readonly ordered: boolean;
};

const BULLET = 'bullet';
const ORDERED = 'ordered';
const LEVELS = 9;
const BULLET_CHARS = ['\u2022', '\u2013', '\u25E6'] as const;
const ORDER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

/** Word allows nine list levels (ilvl 0-8); deeper Markdown nesting stays on the last one. */
export const clampLevel = (depth: number): number => Math.min(Math.max(depth, 0), LEVELS - 1);

const indent = (level: number, hanging: number) => ({
  paragraph: { indent: { left: 454 * (level + 1), hanging } },
});

const bulletLevels = (): ILevelsOptions[] =>
  Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLET_CHARS[level % BULLET_CHARS.length],
    alignment: AlignmentType.LEFT,
    style: { ...indent(level, 284), run: { color: COLOUR.accentMid } },
  }));

const orderedLevels = (start: number): ILevelsOptions[] =>
  Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: ORDER_FORMATS[level % ORDER_FORMATS.length],
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    start: level === 0 ? start : 1,
    style: indent(level, 397),
  }));

const orderedReference = (start: number): string =>
  start === 1 ? ORDERED : `${ORDERED}-from-${start}`;

/**
 * Hands every Markdown list its own numbering instance, so each numbered list restarts
 * (at 1, or at the number the Markdown list starts with).
 */
export class ListAllocator {
  private nextInstance = 1;
  private readonly starts = new Set<number>([1]);

  /** A fresh instance: the list it is used for counts from `start`. */
  allocate(ordered: boolean, start = 1): ListRef {
    const first = Number.isInteger(start) && start >= 0 ? start : 1;
    if (ordered) this.starts.add(first);
    const reference = ordered ? orderedReference(first) : BULLET;
    return { reference, instance: this.nextInstance++, ordered };
  }

  /** The numbering definitions for docx's `numbering.config`, one per list style in use. */
  config(): { reference: string; levels: ILevelsOptions[] }[] {
    const ordered = [...this.starts]
      .sort((a, b) => a - b)
      .map((start) => ({ reference: orderedReference(start), levels: orderedLevels(start) }));
    return [{ reference: BULLET, levels: bulletLevels() }, ...ordered];
  }
}
