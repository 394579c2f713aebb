/** The page's main-thread CPU per key, by kind, from a Chromium trace of typing. */
export type KeystrokeCpu = {
  /** The key's `keypress` event: the editor's whole update of its text and view. */
  readonly input: number;
  /** Other script: timers, the preview's reply and patch, animation frame callbacks. */
  readonly script: number;
  readonly style: number;
  readonly layout: number;
  readonly prePaint: number;
  readonly paint: number;
  readonly commit: number;
  /** Frames drawn per key. */
  readonly frames: number;
  /** Every top-level task. */
  readonly total: number;
};

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
};

/** The renderer main thread that did the most work (a navigation may start a new process). */
const busiestMain = (events: readonly TraceEvent[]) => {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: TraceEvent | undefined;
  let most = -1;
  for (const t of mains) {
    const busy = events.reduce(
      (sum, e) =>
        e.name === 'RunTask' && e.pid === t.pid && e.tid === t.tid ? sum + (e.dur ?? 0) : sum,
      0,
    );
    if (busy > most) [best, most] = [t, busy];
  }
  return best;
};

const SCRIPT = new Set(['FunctionCall', 'TimerFire', 'FireAnimationFrame']);

/** Kind of a main-thread event as counted here, or null for events not counted. */
const kindOf = (e: TraceEvent): string | null => {
  if (e.name === 'EventDispatch' && e.args?.data?.type === 'keypress') return 'input';
  if (SCRIPT.has(e.name)) return 'script';
  if (e.name === 'UpdateLayoutTree') return 'style';
  if (e.name === 'Layerize' || e.name === 'Commit') return 'commit';
  if (e.name === 'Layout' || e.name === 'PrePaint' || e.name === 'Paint') return e.name;
  if (e.name === 'RunTask') return 'total';
  return null;
};

/**
 * Sums the thread's own CPU time (`tdur`) per kind and divides by the keys typed. Paints nest
 * (a layer inside the page's), so only the outermost is counted; script inside the key's
 * handling counts as input, not again as script. Style and layout are counted wherever they run.
 */
export const keystrokeCpu = (raw: Buffer | string, keys: number): KeystrokeCpu => {
  const parsed = JSON.parse(raw.toString()) as { traceEvents?: TraceEvent[] };
  const events = parsed.traceEvents ?? [];
  const main = busiestMain(events);
  const sums = new Map<string, number>();
  const add = (key: string, ms: number) => sums.set(key, (sums.get(key) ?? 0) + ms);
  const outer = new Map<string, number>();
  const onMain = events
    .filter((e) => main && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
  for (const e of onMain) {
    const kind = kindOf(e);
    if (kind === null) continue;
    // Input and script share one "outermost" clock, so script inside a key is not counted twice.
    const clock = kind === 'script' || kind === 'input' ? 'script' : kind;
    if (kind === 'script' || kind === 'input' || kind === 'Paint') {
      if (e.ts < (outer.get(clock) ?? 0)) continue;
      outer.set(clock, e.ts + (e.dur ?? 0));
    }
    add(kind, (e.tdur ?? 0) / 1000);
    if (e.name === 'Commit') add('frames', 1);
  }
  const per = (key: string) => (sums.get(key) ?? 0) / keys;
  return {
    input: per('input'),
    script: per('script'),
    style: per('style'),
    layout: per('Layout'),
    prePaint: per('PrePaint'),
    paint: per('Paint'),
    commit: per('commit'),
    frames: per('frames'),
    total: per('total'),
  };
};
