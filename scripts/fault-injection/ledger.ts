/** What the workers said: every acknowledged save, by kind and document, with its sequence. */
export type Ledger = ReturnType<typeof createLedger>;

export type Acknowledged = {
  /** Highest acknowledged sequence per document title and per document body. */
  readonly titles: Map<string, number>;
  readonly bodies: Map<string, number>;
  /** Every ID a create was acknowledged with, and how many times. */
  readonly created: Map<string, number>;
};

export const createLedger = () => {
  const acks: Acknowledged = { titles: new Map(), bodies: new Map(), created: new Map() };
  const inFlight = new Map<number, boolean>();
  const begunAt = new Map<number, number>();
  const latencies: number[] = [];
  const refusals = new Map<string, number>();
  let attempted = 0;
  let acknowledged = 0;
  let refused = 0;
  const raise = (map: Map<string, number>, key: string, seq: number) =>
    map.set(key, Math.max(map.get(key) ?? -1, seq));
  return {
    acks,
    record: (slot: number, line: string) => {
      const [word, kind, id = '', seqText = '0'] = line.split(' ');
      if (word === 'BEGIN') {
        attempted += 1;
        inFlight.set(slot, true);
        begunAt.set(slot, Date.now());
        return;
      }
      inFlight.set(slot, false);
      if (word === 'FAIL') {
        refused += 1;
        const reason = line.slice(5).replace(/\/\S+/g, '<path>').replace(/\d+/g, 'N');
        refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
        return;
      }
      if (word !== 'ACK') return;
      acknowledged += 1;
      latencies.push(Date.now() - (begunAt.get(slot) ?? Date.now()));
      if (latencies.length > 50) latencies.shift();
      if (kind === 'title') raise(acks.titles, id, Number(seqText));
      if (kind === 'body') raise(acks.bodies, id, Number(seqText));
      if (kind === 'create') acks.created.set(id, (acks.created.get(id) ?? 0) + 1);
    },
    noteStderr: (text: string) => {
      if (text.trim()) refusals.set(`stderr: ${text.trim().slice(0, 120)}`, 1);
    },
    inFlight: (slot: number) => inFlight.get(slot) === true,
    /** The median time from starting a save to its acknowledgement, lately. */
    typicalSaveMs: () => {
      const sorted = [...latencies].sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? 300;
    },
    attempted: () => attempted,
    acknowledged: () => acknowledged,
    refused: () => refused,
    refusalSummary: () => [...refusals].map(([reason, count]) => `${count} x ${reason}`),
  };
};
