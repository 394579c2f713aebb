import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBlockDecoder,
  createBlockEncoder,
  createBodyReceiver,
  createBodySender,
} from './preview-protocol';

describe('preview body transfer', () => {
  it('gives the worker every body exactly, whatever changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '’', '{') }), { maxLength: 12 }),
        (bodies) => {
          const send = createBodySender();
          const receive = createBodyReceiver();
          for (const body of bodies) expect(receive(send.send(body))).toBe(body);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('sends a keystroke as the character typed, and the whole text to a new worker', () => {
    const send = createBodySender();
    const policy = 'Policy text. '.repeat(4000);
    expect(send.send(policy)).toEqual({ whole: policy });
    expect(send.send(`${policy}x`)).toEqual({
      from: policy.length,
      to: policy.length,
      insert: 'x',
    });
    expect(send.send('short')).toEqual({ whole: 'short' });
    send.reset();
    expect(send.send('short')).toEqual({ whole: 'short' });
  });
});

describe('preview block transfer', () => {
  it('sends a block the last reply carried as its index, and reads every reply back whole', () => {
    const encode = createBlockEncoder();
    const decoder = createBlockDecoder();
    const renders = [
      ['<h1>Purpose</h1>', '<p>Why.</p>', '<p>Same.</p>', '<p>Same.</p>'],
      ['<h1>Purpose</h1>', '<p>Why this.</p>', '<p>Same.</p>', '<p>Same.</p>'],
      ['<p>New first.</p>', '<h1>Purpose</h1>', '<p>Why this.</p>', '<p>Same.</p>'],
      [],
      ['<p>Again.</p>'],
    ];
    const wires = renders.map((blocks) => encode(blocks));
    expect(wires[1]).toEqual([0, '<p>Why this.</p>', 2, 2]);
    expect(wires[2]).toEqual(['<p>New first.</p>', 0, 1, 2]);
    expect(wires.map((wire) => decoder.decode(wire))).toEqual(renders);
  });

  it('starts afresh with a new worker', () => {
    const decoder = createBlockDecoder();
    decoder.decode(['<p>Old.</p>']);
    decoder.reset();
    expect(createBlockEncoder()(['<p>Old.</p>'])).toEqual(['<p>Old.</p>']);
    expect(decoder.decode(['<p>Old.</p>'])).toEqual(['<p>Old.</p>']);
  });
});
