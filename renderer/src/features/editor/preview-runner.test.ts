import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARKDOWN_CONTEXTS, type PrintedOutput } from '../../../../core/preview/output-values';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
import { createPreviewRunner } from './preview-runner';

/** A stand-in worker the test answers by hand. */
const fakeWorker = () => {
  const posted: PreviewRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<PreviewReply>) => void) | null,
    onerror: null,
    postMessage: (request: PreviewRequest) => posted.push(request),
    terminate: vi.fn(),
  };
  const reply = (data: PreviewReply) => worker.onmessage?.({ data } as MessageEvent<PreviewReply>);
  return { worker, posted, reply };
};

describe('preview runner time limit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts from the start of the render, not from loading the worker', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    const result = runner.render('POL-1', 'Hello');
    vi.advanceTimersByTime(10_000);
    expect(fake.worker.terminate).not.toHaveBeenCalled();
    fake.reply({ seq: 1, started: true });
    fake.reply({ seq: 1, ok: true, result: { unfilled: [], blocks: ['<p>Hello</p>'], fill } });
    await expect(result).resolves.toEqual({ unfilled: [], blocks: ['<p>Hello</p>'] });
  });

  it('stops a render that runs past the limit once started', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    const result = runner.render('POL-1', '{{ (1..9000000) | uniq }}');
    fake.reply({ seq: 1, started: true });
    vi.advanceTimersByTime(3001);
    await expect(result).rejects.toThrow('longer than 3 s');
    expect(fake.worker.terminate).toHaveBeenCalled();
  });

  it('keeps the limit running when a newer text replaces a render the worker is inside', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    void runner.render('POL-1', 'runaway').catch(() => undefined);
    fake.reply({ seq: 1, started: true });
    const newer = runner.render('POL-1', 'newer');
    vi.advanceTimersByTime(3001);
    await expect(newer).rejects.toThrow('longer than 3 s');
  });
});

const fill = { generation: 0, plain: [], values: {} };

describe('outputs known to the page', () => {
  const printed = (text: string) =>
    Object.fromEntries(MARKDOWN_CONTEXTS.map((where) => [where, text])) as PrintedOutput;

  it('keeps what the worker told of a body under the current data, and forgets it with the data', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    runner.setContext({ organisation: { name: 'Acme' } });
    const first = runner.render('POL-1', 'Hi {{ organisation.name }}');
    const told = {
      generation: 1,
      plain: [0],
      values: { '{{ organisation.name }}': printed('Acme') },
    };
    fake.reply({
      seq: 1,
      ok: true,
      result: { unfilled: [], blocks: ['<p>Hi Acme</p>'], fill: told },
    });
    await first;
    expect(runner.knownOutputs()?.body).toBe('Hi {{ organisation.name }}');
    expect(runner.knownOutputs()?.plain.has(0)).toBe(true);
    expect(runner.knownOutputs()?.values.get('{{ organisation.name }}')?.text).toBe('Acme');

    // A reply rendered with the old data, arriving after new data was sent, is not believed.
    const second = runner.render('POL-1', 'Hi {{ organisation.name }}!');
    runner.setContext({ organisation: { name: 'Brightwater' } });
    expect(runner.knownOutputs()).toBeNull();
    fake.reply({ seq: 2, ok: true, result: { unfilled: [], blocks: [0], fill: told } });
    await second;
    expect(runner.knownOutputs()).toBeNull();
    const bodies = fake.posted.flatMap((r) => (r.type === 'render' ? [r.body] : []));
    expect(bodies).toEqual([
      { whole: 'Hi {{ organisation.name }}' },
      { from: 26, to: 26, insert: '!' },
    ]);
    expect(
      fake.posted.filter((r) => r.type === 'context').map((r) => 'generation' in r && r.generation),
    ).toEqual([1, 2]);
  });
});

describe('syntax check in the preview worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks the worker and answers each check with its own reply', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    const broken = runner.checkSyntax('{% if a %}');
    const fixed = runner.checkSyntax('{% if a %}{% endif %}');
    expect(fake.posted).toEqual([
      { type: 'syntax', check: 1, body: '{% if a %}' },
      { type: 'syntax', check: 2, body: '{% if a %}{% endif %}' },
    ]);
    const problem = { line: 1, column: 1, reason: 'not closed', message: 'Syntax error' };
    fake.reply({ check: 2, problem: null });
    fake.reply({ check: 1, problem });
    await expect(broken).resolves.toEqual(problem);
    await expect(fixed).resolves.toBeNull();
  });

  it('fails a check the worker can no longer answer, so the page checks it itself', async () => {
    const fake = fakeWorker();
    const runner = createPreviewRunner(3000, () => fake.worker as unknown as Worker);
    void runner.render('POL-1', 'runaway').catch(() => undefined);
    fake.reply({ seq: 1, started: true });
    const check = runner.checkSyntax('Hello');
    vi.advanceTimersByTime(3001);
    await expect(check).rejects.toThrow('stopped');
  });
});
