import type { Sample } from './measure';

export type Row = {
  readonly what: string;
  readonly median: string;
  readonly p95: string;
  readonly extra?: string;
  readonly target?: string;
};

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** A row for a timed sample; `extra` holds CPU time, memory or a ratio. */
export const timed = (what: string, sample: Sample, target?: string, extra?: string): Row => ({
  what,
  median: ms(sample.median),
  p95: ms(sample.p95),
  ...(extra ? { extra } : {}),
  ...(target ? { target } : {}),
});

/** A row for a single figure (a size, a ratio, a memory peak). */
export const figure = (what: string, value: string, target?: string): Row => ({
  what,
  median: value,
  p95: '',
  ...(target ? { target } : {}),
});

export const formatMs = ms;

/** One Markdown table, padded so it also reads well in a terminal. */
export const formatTable = (rows: readonly Row[]): string => {
  const header = ['What', 'Median', 'p95', 'Also', 'Target'];
  const cells = rows.map((r) => [r.what, r.median, r.p95, r.extra ?? '', r.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    `| ${c.map((v, i) => (i === 0 || i === 3 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.map(line),
  ].join('\n');
};
