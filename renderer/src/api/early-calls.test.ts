import { describe, expect, it } from 'vitest';
import { createApiClient, type Invoke } from '../../../core/api/client';
import { withEarlyCalls } from './early-calls';

const recording = (fail: readonly string[] = []) => {
  const calls: string[] = [];
  const invoke: Invoke = (method, input) => {
    calls.push(`${method} ${JSON.stringify(input)}`);
    return Promise.resolve(
      fail.includes(method)
        ? { ok: false, error: { code: 'not-found', message: 'no workspace here', details: {} } }
        : { ok: true, data: `${method} #${calls.length}` },
    );
  };
  return { calls, api: createApiClient(invoke) };
};

describe('withEarlyCalls', () => {
  it('asks the first screen’s questions before anyone calls, and answers each once', async () => {
    const { calls, api } = recording();
    const early = withEarlyCalls(api, '/w');
    // One at a time: the list, which renders everything, must not hold the first two up.
    expect(calls).toEqual(['workspace.open {"dir":"/w"}']);
    await early['documents.list']({ dir: '/w' });
    expect(calls).toEqual([
      'workspace.open {"dir":"/w"}',
      'documents.index {"dir":"/w"}',
      'documents.list {"dir":"/w"}',
    ]);
    expect(await early['documents.index']({ dir: '/w' })).toBe('documents.index #2');
    expect(await early['workspace.open']({ dir: '/w' })).toBe('workspace.open #1');
    expect(calls).toHaveLength(3);
    // A reload after an edit must see the workspace as it is now, not the early answer.
    expect(await early['documents.index']({ dir: '/w' })).toBe('documents.index #4');
  });

  it('sends questions about another folder, or other methods, to the backend', async () => {
    const { calls, api } = recording();
    const early = withEarlyCalls(api, '/w');
    await early['documents.list']({ dir: '/w' });
    expect(await early['documents.list']({ dir: '/other' })).toBe('documents.list #4');
    expect(await early['workspace.recent']({})).toBe('workspace.recent #5');
    expect(calls).toHaveLength(5);
  });

  it('asks nothing more of a folder that does not open, and a later call asks afresh', async () => {
    const { calls, api } = recording(['workspace.open']);
    const early = withEarlyCalls(api, '/w');
    await expect(early['workspace.open']({ dir: '/w' })).rejects.toThrow('no workspace here');
    expect(calls).toEqual(['workspace.open {"dir":"/w"}']);
    expect(await early['documents.index']({ dir: '/w' })).toBe('documents.index #2');
  });

  it('still asks for the checked list when the index fails', async () => {
    const { calls, api } = recording(['documents.index']);
    const early = withEarlyCalls(api, '/w');
    await expect(early['documents.index']({ dir: '/w' })).rejects.toThrow();
    expect(await early['documents.list']({ dir: '/w' })).toBe('documents.list #3');
    expect(calls).toHaveLength(3);
  });

  it('asks nothing early when the address names no workspace', () => {
    const { calls, api } = recording();
    expect(withEarlyCalls(api, null)).toBe(api);
    expect(calls).toEqual([]);
  });
});
