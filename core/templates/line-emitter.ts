import { toValue, type Emitter } from 'liquidjs';

const MAX_LINE = 4_096;

/**
 * Collects rendered text and keeps the current output line at hand, so the renderer can tell
 * whether a value lands in a table row or a heading without rescanning (and re-flattening) the
 * whole output on every value. A line longer than MAX_LINE keeps its start and its end.
 */
export class LineEmitter implements Emitter {
  /**
   * True for the text a `{% capture %}` collects: a value there is written as its own plain text,
   * since the captured text is a value too and is escaped where it is printed.
   */
  readonly captured: boolean;

  constructor(captured = false) {
    this.captured = captured;
  }

  // Appending keeps V8's cheap string ropes; Liquid reads `buffer` after every block it renders.
  buffer = '';
  private current = '';

  /** The output since the last line break (head and tail only, for an absurdly long line). */
  get line(): string {
    return this.current;
  }

  write(html: unknown): void {
    const text = toText(html);
    if (text === '') return;
    this.buffer += text;
    const lastBreak = text.lastIndexOf('\n');
    this.current = lastBreak === -1 ? this.current + text : text.slice(lastBreak + 1);
    if (this.current.length > MAX_LINE) {
      const half = MAX_LINE / 2;
      this.current = this.current.slice(0, half) + this.current.slice(-half);
    }
  }
}

// As Liquid's own emitter does: drops give their value, nil prints nothing, arrays concatenate.
const toText = (written: unknown): string => {
  const value: unknown = toValue(written);
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(toText).join('');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value) ?? '';
};
