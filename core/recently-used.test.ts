import { describe, expect, it } from 'vitest';
import { recentlyUsed } from './recently-used';

describe('recentlyUsed', () => {
  it('drops the least recently used entry past its limit', () => {
    const kept = recentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1); // 'a' is now the most recent, so 'b' goes first
    kept.set('c', 3);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBe(1);
    expect(kept.get('c')).toBe(3);
  });

  it('replaces a kept value without dropping another', () => {
    const kept = recentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('a', 10);
    expect(kept.get('a')).toBe(10);
    expect(kept.get('b')).toBe(2);
  });
});
