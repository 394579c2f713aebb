import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../../model/workspace';
import { createRenderCache } from './render-cache';

describe('the render cache', () => {
  const workspace = workspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });
  const templates = [{ id: 'information-security-policy', title: 'Information Security Policy' }];
  const outcome = { error: 'ran out of time' };

  it('answers only for the same body and the same data, date and template titles', () => {
    const cache = createRenderCache();
    const key = cache.dataKey(workspace, '2026-11-28', templates);
    expect(cache.dataKey({ ...workspace }, '2026-11-28', templates)).toBe(key);
    cache.set('/ws', 'ISMS-POL-001', 'Body', key, outcome);
    expect(cache.get('/ws', 'ISMS-POL-001', 'Body', key)).toEqual(outcome);
    expect(cache.get('/ws', 'ISMS-POL-001', 'Body changed', key)).toBeUndefined();

    const renamed = { ...workspace, organisation: { ...workspace.organisation, name: 'Acme' } };
    const others = [
      cache.dataKey(renamed, '2026-11-28', templates),
      cache.dataKey(workspace, '2026-11-29', templates),
      cache.dataKey(workspace, '2026-11-28', [{ ...templates[0]!, title: 'Security Policy' }]),
    ];
    for (const other of others) {
      expect(other).not.toBe(key);
      expect(cache.get('/ws', 'ISMS-POL-001', 'Body', other)).toBeUndefined();
    }
  });
});
