import { describe, expect, it, vi } from 'vitest';
import { createPreviewFeed } from './preview-feed';
import type { PreviewOutput } from './preview-protocol';
import { PreviewSuperseded } from './preview-runner';

/** A renderer whose renders finish only when the test says so. */
const manualRenderer = () => {
  const calls: { body: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const render = (body: string) =>
    new Promise<PreviewOutput>((resolve, reject) => {
      calls.push({
        body,
        finish: () => resolve({ unfilled: [], blocks: [`<p>${body}</p>`] }),
        fail: reject,
      });
    });
  return { calls, render };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preview feed', () => {
  it('renders nothing before the renderer has its data, then the latest text', async () => {
    const { calls, render } = manualRenderer();
    const onResult = vi.fn();
    const feed = createPreviewFeed('first', { render, onResult, onError: vi.fn() });
    feed.update('second');
    expect(calls).toHaveLength(0);
    feed.start();
    expect(calls.map((c) => c.body)).toEqual(['second']);
    calls[0]!.finish();
    await settle();
    expect(onResult).toHaveBeenCalledWith({ unfilled: [], blocks: ['<p>second</p>'] });
  });

  it('posts a change at once when idle and merges changes made while busy into one render', async () => {
    const { calls, render } = manualRenderer();
    const onResult = vi.fn();
    const feed = createPreviewFeed('a', { render, onResult, onError: vi.fn() });
    feed.start();
    feed.update('ab');
    feed.update('abc');
    feed.update('abcd');
    expect(calls.map((c) => c.body)).toEqual(['a']);
    calls[0]!.finish();
    await settle();
    expect(calls.map((c) => c.body)).toEqual(['a', 'abcd']);
    calls[1]!.finish();
    await settle();
    expect(onResult).toHaveBeenLastCalledWith({ unfilled: [], blocks: ['<p>abcd</p>'] });
    feed.update('abcde');
    expect(calls.map((c) => c.body)).toEqual(['a', 'abcd', 'abcde']);
  });

  it('reports a failed render but not a superseded one, and carries on after both', async () => {
    const { calls, render } = manualRenderer();
    const onError = vi.fn();
    const feed = createPreviewFeed('a', { render, onResult: vi.fn(), onError });
    feed.start();
    calls[0]!.fail(new PreviewSuperseded());
    await settle();
    feed.update('b');
    calls[1]!.fail(new Error('Rendering the preview took longer than 3 s'));
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
    feed.update('c');
    expect(calls.map((c) => c.body)).toEqual(['a', 'b', 'c']);
  });

  it('reports nothing and starts nothing once stopped', async () => {
    const { calls, render } = manualRenderer();
    const onResult = vi.fn();
    const feed = createPreviewFeed('a', { render, onResult, onError: vi.fn() });
    feed.start();
    feed.update('b');
    feed.stop();
    calls[0]!.finish();
    await settle();
    expect(onResult).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
  });
});
