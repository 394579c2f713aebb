/** Where the renderer's main thread spent its time in a Chromium performance trace. */
export type TraceSummary = {
  /** Milliseconds per trace event kind (Layout, Paint, FunctionCall...), largest first. */
  /** `cpuMs` is the thread's own CPU time, which a busy machine does not inflate as it does `ms`. */
  readonly events: readonly { name: string; ms: number; cpuMs: number; count: number }[];
  /** The main thread's JavaScript self time per function (sampling profiler), largest first. */
  readonly functions: readonly { name: string; ms: number }[];
  /** The same for the page's workers (the preview's template engine runs in one). */
  readonly workerFunctions: readonly { name: string; ms: number }[];
};

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
};

type CallFrame = {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
};
type CpuProfileChunk = {
  nodes?: { id: number; callFrame: CallFrame }[];
  samples?: number[];
};

// Events that nest inside others (a task runs a function that lays out) are counted once each
// under their own name; the table is read per name, never summed.
const EVENTS = new Set([
  'RunTask',
  'FunctionCall',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'ParseHTML',
  'ScrollLayer',
]);

/** The renderer main thread that did the most work (a navigation may start a new process). */
const mainThread = (events: readonly TraceEvent[]) => {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (t: TraceEvent) =>
    events.reduce(
      (sum, e) =>
        e.name === 'RunTask' && e.pid === t.pid && e.tid === t.tid ? sum + (e.dur ?? 0) : sum,
      0,
    );
  const main = mains.map((t) => ({ t, busy: busy(t) })).sort((a, b) => b.busy - a.busy)[0]?.t;
  return main ? { pid: main.pid, tid: main.tid } : null;
};

const eventTotals = (events: readonly TraceEvent[], pid: number, tid: number) => {
  const totals = new Map<string, { ms: number; cpuMs: number; count: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== pid || e.tid !== tid || !EVENTS.has(e.name)) continue;
    const total = totals.get(e.name) ?? { ms: 0, cpuMs: 0, count: 0 };
    total.ms += (e.dur ?? 0) / 1000;
    total.cpuMs += (e.tdur ?? 0) / 1000;
    total.count += 1;
    totals.set(e.name, total);
  }
  return [...totals].map(([name, t]) => ({
    name,
    ms: Math.round(t.ms),
    cpuMs: Math.round(t.cpuMs),
    count: t.count,
  }));
};

const frameName = (frame: CallFrame) => {
  const file = frame.url?.split('/').pop() ?? '';
  const line = (frame.lineNumber ?? -1) + 1;
  return `${frame.functionName || '(anonymous)'} ${file}:${line}:${(frame.columnNumber ?? -1) + 1}`;
};

/** The id of the sampling profile recorded on each thread (chunks arrive on another thread). */
const profileIds = (events: readonly TraceEvent[], pid: number, tid: number) => {
  const main = new Set<string>();
  const others = new Set<string>();
  for (const e of events) {
    if (e.name !== 'Profile' || e.pid !== pid || e.id === undefined) continue;
    (e.tid === tid ? main : others).add(e.id);
  }
  return { main, others };
};

/**
 * Self time per function: each sample is charged to its leaf node for the time until the next.
 * Node ids are numbered per profile, so each thread's profile is read on its own.
 */
const functionTotals = (events: readonly TraceEvent[], pid: number, ids: ReadonlySet<string>) => {
  const names = new Map<number, string>();
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !ids.has(e.id ?? '')) continue;
    const profile = e.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) names.set(node.id, frameName(node.callFrame));
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((id, i) => {
      const name = names.get(id) ?? '?';
      totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  return [...totals].map(([name, ms]) => ({ name, ms: Math.round(ms) }));
};

const largestFirst = <T extends { ms: number }>(rows: T[], count: number) =>
  rows.sort((a, b) => b.ms - a.ms).slice(0, count);

/** Summarises the JSON trace Chromium's tracing returns. */
export const summariseTrace = (buffer: Buffer): TraceSummary => {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] };
  const events = parsed.traceEvents ?? [];
  const main = mainThread(events);
  if (!main) return { events: [], functions: [], workerFunctions: [] };
  const ids = profileIds(events, main.pid, main.tid);
  return {
    events: largestFirst(eventTotals(events, main.pid, main.tid), EVENTS.size),
    functions: largestFirst(functionTotals(events, main.pid, ids.main), 25),
    workerFunctions: largestFirst(functionTotals(events, main.pid, ids.others), 12),
  };
};
