import type { Sample } from './measure';

export type Row = {
  readonly what: string;
  readonly median: string;
  readonly p95: string;
  readonly extra?: string;
  readonly target?: string;
  /** Whether the figure meets its target; absent: judged from the target's text (see metOf). */
  readonly met?: boolean;
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

const UNITS: Record<string, number> = { ms: 1, s: 1000, KB: 1, MB: 1024, x: 1 };

/** The first "<number> <unit>" of a text, in ms, KB or a ratio; null when there is none. */
const amount = (text: string): { value: number; unit: string } | null => {
  const match = /([\d.]+)\s*(ms|s|KB|MB|x)\b/.exec(text);
  if (!match) return null;
  const unit = match[2]!;
  const base = unit === 's' ? 'ms' : unit === 'MB' ? 'KB' : unit;
  return { value: Number(match[1]) * UNITS[unit]!, unit: base };
};

/**
 * Met or not, from a target written as "150 ms", "1 s", "300 MB" (the median at most that),
 * "16 ms / p95 33 ms" (the p95 too) or "at least 8x"; null when the target says no number.
 */
export const metOf = (row: Row): boolean | null => {
  if (row.met !== undefined) return row.met;
  const target = row.target ?? '';
  const least = /at least ([\d.]+)x/.exec(target);
  if (least) {
    const ratio = amount(row.median);
    return ratio === null ? null : ratio.value >= Number(least[1]);
  }
  const [medianTarget, p95Target] = target.split(/\s*\/\s*p95\s*/);
  const want = amount(medianTarget ?? '');
  const got = amount(row.median);
  if (!want || !got || want.unit !== got.unit) return null;
  const p95Want = p95Target ? amount(p95Target) : null;
  const p95Got = amount(row.p95);
  const p95Met = !p95Want || (p95Got !== null && p95Got.value <= p95Want.value);
  return got.value <= want.value && p95Met;
};

/** One Markdown table, padded so it also reads well in a terminal. */
export const formatTable = (rows: readonly Row[]): string => {
  const header = ['What', 'Median', 'p95', 'Also', 'Target', 'Met'];
  const verdict = (r: Row) => {
    const met = metOf(r);
    return met === null ? '' : met ? 'met' : 'NOT met';
  };
  const cells = rows.map((r) => [
    r.what,
    r.median,
    r.p95,
    r.extra ?? '',
    r.target ?? '',
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    `| ${c.map((v, i) => (i === 0 || i === 3 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.map(line),
  ].join('\n');
};
