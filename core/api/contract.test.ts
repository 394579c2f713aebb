import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from './dispatch';
import { API_METHODS, isApiMethod, loadApiContract, loadMethodSchemas } from './contract';

describe('contract', () => {
  it('names every method of every group once, and loads each one by its name', async () => {
    const whole = await loadApiContract();
    expect([...API_METHODS].sort()).toEqual(Object.keys(whole).sort());
    for (const method of API_METHODS) {
      expect(isApiMethod(method)).toBe(true);
      expect(await loadMethodSchemas(method), method).toBe(whole[method]);
    }
    expect(isApiMethod('toString')).toBe(false);
  });

  it('refuses an input against its method schema before the handler runs', async () => {
    let ran = false;
    const handlers = {
      'readiness.report': () => {
        ran = true;
        return Promise.resolve({});
      },
    } as unknown as Handlers;
    const result = await createDispatcher(handlers)('readiness.report', { dir: '' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'readiness.report: dir: a workspace folder is required',
      },
    });
    expect(ran).toBe(false);
  });
});
