import { describe, expect, it } from 'vitest';
import { parsePreference, resolveTheme } from './theme';
import { nextZoom } from './zoom';

describe('resolveTheme', () => {
  it('follows the system until the user picks a theme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(parsePreference('purple')).toBe('system');
  });
});

describe('nextZoom', () => {
  it('steps through the levels and stops at the ends', () => {
    expect(nextZoom(1, 'in')).toBe(1.1);
    expect(nextZoom(1, 'out')).toBe(0.9);
    expect(nextZoom(1.5, 'in')).toBe(1.5);
    expect(nextZoom(0.8, 'out')).toBe(0.8);
    expect(nextZoom(1.25, 'reset')).toBe(1);
  });
});
