import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../core/api/contract';
import { loadLookup } from './use-lookups';
import { DOCUMENTS_LOOKUP } from './spec-from-declaration';

describe('register look-ups', () => {
  it('names documents from the recorded index, without rendering the documents list', async () => {
    const called: string[] = [];
    const api = new Proxy({} as Api, {
      get: (_target, method: string) => (input: unknown) => {
        called.push(method);
        expect(input).toEqual({ dir: '/ws' });
        if (method !== 'documents.index') return Promise.reject(new Error(`${method} called`));
        return Promise.resolve([
          { id: 'ACME-POL-001', title: 'Information Security Policy' },
          { id: 'ACME-PRO-002', title: 'Backup Procedure' },
        ]);
      },
    });
    const names = await loadLookup(api, '/ws', DOCUMENTS_LOOKUP);
    expect([...names]).toEqual([
      ['ACME-POL-001', 'Information Security Policy'],
      ['ACME-PRO-002', 'Backup Procedure'],
    ]);
    expect(called).toEqual(['documents.index']);
  });
});
