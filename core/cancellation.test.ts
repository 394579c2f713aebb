import { describe, expect, it } from 'vitest';
import { createCancel, mapLimited } from './cancellation';

describe('mapLimited', () => {
  it('keeps at most the limit running and returns results in the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('starts no item after a cancel and rejects as cancelled', async () => {
    const { signal, cancel } = createCancel();
    const started: number[] = [];
    const run = mapLimited(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async (i) => {
        started.push(i);
        if (i === 4) cancel();
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
      signal,
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('tells each listener once, at the first cancel', () => {
    const { signal, cancel } = createCancel();
    let told = 0;
    signal.addEventListener('abort', () => (told += 1));
    cancel();
    cancel();
    expect(signal.aborted).toBe(true);
    expect(told).toBe(1);
  });
});
