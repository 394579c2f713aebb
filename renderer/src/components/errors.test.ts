import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../core/api/client';
import { couldNot } from './errors';

describe('couldNot', () => {
  it('says "Could not open" once when the reason already says it', () => {
    const error = new ApiCallError({
      code: 'not-found',
      message: 'Could not open /home/ann/acme: it does not exist',
      details: { file: '/home/ann/acme' },
    });
    expect(couldNot('open /home/ann/acme', error)).toBe(
      'Could not open /home/ann/acme: it does not exist',
    );
  });

  it('adds what failed when the reason does not say it', () => {
    const error = new ApiCallError({
      code: 'not-found',
      message: 'No workspace here: /home/ann/workspace.json does not exist',
      details: {},
    });
    expect(couldNot('open /home/ann', error)).toBe(
      'Could not open /home/ann: No workspace here: /home/ann/workspace.json does not exist',
    );
  });
});
