import { describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaveSnapshot, type Timers } from './autosave';

const manualTimers = () => {
  let pending: { run: () => void; ms: number; id: number }[] = [];
  let next = 1;
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      pending.push({ run, ms, id });
      return id;
    },
    clear: (id) => {
      pending = pending.filter((t) => t.id !== id);
    },
  };
  const fire = async () => {
    const due = pending;
    pending = [];
    due.forEach((t) => t.run());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { timers, fire, delays: () => pending.map((t) => t.ms) };
};

const setup = (save: (body: string) => Promise<void>, retryable?: (error: unknown) => boolean) => {
  const clock = manualTimers();
  const states: AutosaveSnapshot['state'][] = [];
  const saver = createAutosaver({
    initial: 'v0',
    save,
    delayMs: 800,
    retryMs: 5000,
    timers: clock.timers,
    onChange: (s) => states.push(s.state),
    ...(retryable ? { retryable } : {}),
  });
  return { saver, clock, states };
};

describe('createAutosaver', () => {
  it('saves only the latest text once typing pauses', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, clock } = setup(save);
    saver.change('v1');
    saver.change('v2');
    expect(saver.snapshot().state).toBe('unsaved');
    expect(clock.delays()).toEqual([800]);
    await clock.fire();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('v2');
    expect(saver.snapshot().state).toBe('saved');
  });

  it('keeps the edit after a failed save and retries it later', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { saver, clock } = setup(save);
    saver.change('draft');
    await clock.fire();
    expect(saver.snapshot()).toMatchObject({ state: 'error' });
    expect(saver.isDirty()).toBe(true);
    expect(clock.delays()).toEqual([5000]);
    await clock.fire();
    expect(save).toHaveBeenLastCalledWith('draft');
    expect(saver.snapshot()).toEqual({ state: 'saved', error: null });
  });

  it('after a conflict sends nothing more until the user chooses, and keeps the text', async () => {
    const conflict = new Error('changed on disk');
    const save = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValue(undefined);
    const { saver, clock } = setup(save, (error) => error !== conflict);
    saver.change('mine');
    await clock.fire();
    expect(saver.snapshot()).toEqual({ state: 'error', error: conflict });
    saver.change('mine, longer');
    expect(clock.delays()).toEqual([]);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.text()).toBe('mine, longer');
    // Kept elsewhere (as a copy): nothing is left to save.
    saver.settle();
    expect(saver.snapshot()).toEqual({ state: 'saved', error: null });
    expect(saver.isDirty()).toBe(false);
  });

  it('saves edits made during a save right after it', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver } = setup(save);
    saver.change('first');
    const flushed = saver.flush();
    expect(saver.snapshot().state).toBe('saving');
    saver.change('second');
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish();
    await expect(flushed).resolves.toBe(true);
    expect((save.mock.calls as unknown[][]).map((call) => call[0])).toEqual(['first', 'second']);
    expect(saver.isDirty()).toBe(false);
  });

  it('reports false from flush when the save fails, so callers can warn before leaving', async () => {
    const { saver } = setup(async () => Promise.reject(new Error('offline')));
    saver.change('x');
    await expect(saver.flush()).resolves.toBe(false);
    expect(saver.isDirty()).toBe(true);
  });

  it('does not save when the text returns to what is saved', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, clock } = setup(save);
    saver.change('v1');
    saver.change('v0');
    await clock.fire();
    expect(save).not.toHaveBeenCalled();
    expect(saver.snapshot().state).toBe('saved');
  });
});
