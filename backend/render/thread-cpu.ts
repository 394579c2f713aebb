import { readFileSync } from 'node:fs';

// The processor time of one thread, where the system tells it (Linux: /proc). A render worker's
// time limit counts this, not the clock: on a machine shared with other heavy jobs a thread gets
// a fraction of a core, and a wall-clock limit either stops long documents or lets a runaway
// template run for minutes.

/** Linux counts thread times in clock ticks of 1/100 s (USER_HZ) on every common build. */
const MS_PER_TICK = 10;

/** utime + stime, in milliseconds, from a /proc stat line; null when it cannot be read. */
export const cpuMsOfStat = (stat: string): number | null => {
  // The name in parentheses may hold spaces; the fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of the line are utime and stime; fields[0] is the 3rd (state).
  const [user, system] = [Number(fields[11]), Number(fields[12])];
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * MS_PER_TICK : null;
};

const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * The calling thread's system id, read on that thread (a worker calls this for itself); null
 * where the system does not say (not Linux).
 */
export const ownThreadId = (): number | null => {
  const stat = read('/proc/thread-self/stat');
  const id = stat === null ? NaN : Number.parseInt(stat, 10);
  return Number.isInteger(id) && id > 0 && cpuMsOfStat(stat!) !== null ? id : null;
};

/** The processor time a thread of this process has used so far, in ms; null when unknown. */
export const threadCpuMs = (threadId: number): number | null => {
  const stat = read(`/proc/self/task/${threadId}/stat`);
  return stat === null ? null : cpuMsOfStat(stat);
};
