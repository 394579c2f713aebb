import { describe, expect, it } from 'vitest';
import { toMenuCommand } from './menu-commands';

describe('toMenuCommand', () => {
  it('reads the folder of open-recent from a string or an object', () => {
    expect(toMenuCommand('open-recent', '/ws/acme')).toEqual({
      command: 'open-recent',
      dir: '/ws/acme',
    });
    expect(toMenuCommand('open-recent', { dir: '/ws/b' })).toEqual({
      command: 'open-recent',
      dir: '/ws/b',
    });
    expect(toMenuCommand('open-recent', null)).toEqual({ command: 'open-recent', dir: null });
  });

  it('reads the zoom direction and falls back to reset for anything unknown', () => {
    expect(toMenuCommand('zoom', 'in')).toEqual({ command: 'zoom', direction: 'in' });
    expect(toMenuCommand('zoom', { direction: 'out' })).toEqual({
      command: 'zoom',
      direction: 'out',
    });
    expect(toMenuCommand('zoom', 42)).toEqual({ command: 'zoom', direction: 'reset' });
  });

  it('ignores payloads of commands that take none', () => {
    expect(toMenuCommand('toggle-theme', { extra: true })).toEqual({ command: 'toggle-theme' });
  });
});
