import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadScaled, runawayMessage, wallLimit } from '../../backend/render/render-pool';
import { cpuMsOfStat, threadCpuMs } from '../../backend/render/thread-cpu';

describe('time limit of the command line under load', () => {
  it('stays 10 s on a machine with a core to spare and grows with the load per core', () => {
    expect(loadScaled(10_000, 0.3, 2)).toBe(10_000);
    expect(loadScaled(10_000, 2, 2)).toBe(10_000);
    expect(loadScaled(10_000, 30, 2)).toBe(150_000);
    expect(loadScaled(10_000, 6, 4)).toBe(15_000);
  });

  it('lets a runaway run at most 30 s of wall time however busy the machine', () => {
    expect(wallLimit(10_000, 0.3, 2)).toBe(10_000);
    expect(wallLimit(10_000, 4, 2)).toBe(20_000);
    expect(wallLimit(10_000, 20, 2)).toBe(30_000);
    expect(wallLimit(10_000, 46, 2)).toBe(30_000);
  });
});

describe('the message of a stopped render', () => {
  it('names the limit that stopped it', () => {
    expect(runawayMessage('BWA-POL-009', 'cpu', 30_000, 10_000)).toMatch(
      /^Rendering BWA-POL-009 took longer than 10 s of processor time and was stopped\. /,
    );
    // The wall-clock cap fired under load: its 30 s, and why it is more than 10 s.
    expect(runawayMessage('BWA-POL-009', 'wall', 30_000, 10_000)).toMatch(
      /took longer than 30 s by the clock \(its 10 s limit, grown with the machine's load\) and was stopped/,
    );
    // On a quiet machine both limits are the same 10 s.
    expect(runawayMessage('BWA-POL-009', 'wall', 10_000, 10_000)).toMatch(
      /took longer than 10 s and was stopped\. Look for a loop/,
    );
    expect(runawayMessage('X', 'wall', 2_500, 2_000)).toContain('longer than 2.5 s by the clock');
  });
});

describe('processor time of a worker thread', () => {
  it('reads utime and stime from a stat line whose name holds spaces and parentheses', () => {
    const stat = '4242 (node (a) b) R 1 1 1 0 -1 4194368 1641 0 0 0 123 45 0 0 20 0 1 0';
    expect(cpuMsOfStat(stat)).toBe((123 + 45) * 10);
  });

  it.runIf(process.platform === 'linux')(
    'counts the time the worker itself spent, not the clock',
    async () => {
      // The worker reports its thread id, then spins for 300 ms of its own processor time.
      const worker = new Worker(
        `const { parentPort } = require('node:worker_threads');
         const fs = require('node:fs');
         const id = Number.parseInt(fs.readFileSync('/proc/thread-self/stat', 'utf8'), 10);
         parentPort.postMessage(id);
         const own = () => { const f = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
           return (Number(f[11]) + Number(f[12])) * 10; };
         const start = own();
         while (own() - start < 300) for (let i = 0; i < 1e5; i += 1);
         parentPort.postMessage('done');`,
        { eval: true },
      );
      const messages: unknown[] = [];
      await new Promise<void>((resolve) =>
        worker.on('message', (m) => {
          messages.push(m);
          if (m === 'done') resolve();
        }),
      );
      const id = messages[0] as number;
      expect(id).not.toBe(process.pid);
      // Within a couple of ticks of what the worker itself counted (both read in 10 ms ticks).
      expect(threadCpuMs(id)).toBeGreaterThanOrEqual(200);
      await worker.terminate();
    },
    60_000,
  );
});
