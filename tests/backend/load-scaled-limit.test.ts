import { describe, expect, it } from 'vitest';
import { loadScaled } from '../../backend/render/render-pool';

describe('time limit of the command line under load', () => {
  it('stays 10 s on a machine with a core to spare and grows with the load per core', () => {
    expect(loadScaled(10_000, 0.3, 2)).toBe(10_000);
    expect(loadScaled(10_000, 2, 2)).toBe(10_000);
    expect(loadScaled(10_000, 30, 2)).toBe(150_000);
    expect(loadScaled(10_000, 6, 4)).toBe(15_000);
  });
});
