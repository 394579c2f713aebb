/** Reads Chromium's invalidation tracking out of a performance trace, as a printable summary. */

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { data?: Record<string, unknown>; name?: string };
};

const TRACKING = /InvalidationTracking$/;

/** A trace field as text (they are strings or numbers). */
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const describeNode = (data: Record<string, unknown>) =>
  (text(data['nodeName']) || text(data['nodeId']) || '?').slice(0, 80);

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const lines = (title: string, map: Map<string, number>, per: number, limit = 30) => [
  title,
  ...[...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, n]) => `  ${(n / per).toFixed(1).padStart(6)}  ${key}`),
];

/** Per key: invalidations by kind, element and reason, and the painted areas by size. */
export const summariseInvalidations = async (
  raw: Buffer | string,
  keys: number,
  describe: (nodeId: number) => Promise<string>,
): Promise<string> => {
  const parsed = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e: TraceEvent) => !main || (e.pid === main.pid && e.tid === main.tid);
  const invalidations = new Map<string, number>();
  const paints = new Map<string, number>();
  const names = new Map<string, number>();
  const named = new Map<number, string>();
  const paintCpu = new Map<string, number>();
  for (const e of events) {
    if (!onMain(e)) continue;
    const data = e.args?.data ?? {};
    if (TRACKING.test(e.name)) {
      const reason = text(data['reason']) || text(data['invalidationSet']);
      count(
        invalidations,
        `${e.name.replace('InvalidationTracking', '')}  ${describeNode(data)}  ${reason}`,
      );
    }
    if (e.name === 'Paint' && e.ph === 'X') {
      const clip = (data['clip'] as number[] | undefined) ?? [];
      const width = clip.length >= 8 ? Math.round(Math.abs(clip[2]! - clip[0]!)) : 0;
      const height = clip.length >= 8 ? Math.round(Math.abs(clip[5]! - clip[1]!)) : 0;
      const node = Number(data['nodeId'] ?? 0);
      const name = named.get(node) ?? (await describe(node));
      named.set(node, name);
      count(paints, `${name} ${width}x${height}`);
      paintCpu.set(name, (paintCpu.get(name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    count(names, e.name);
  }
  return [
    ...lines('Invalidations per key (kind, element, reason):', invalidations, keys, 60),
    ...lines('Paints per key (painted element, clip):', paints, keys),
    ...lines(
      'Paint CPU ms per key, by element (nested: the root includes the others):',
      paintCpu,
      keys,
    ),
    ...lines('Event names (total):', names, 1, 80),
  ].join('\n');
};
