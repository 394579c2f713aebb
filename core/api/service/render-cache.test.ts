import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Workspace } from '../../model/workspace';
import { createRenderCache, type CheckOutcome, type CheckStore } from './render-cache';

const meta = (id: string, title: string) => ({
  id,
  templateId: `template-${id}`,
  title,
  kind: 'policy',
  classification: 'Internal',
  createdAt: '2026-11-01',
  updatedAt: '2026-11-01',
});

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  documents: [meta('ISMS-POL-001', 'Policy'), meta('ISMS-POL-002', 'Other')],
});
const templates = [{ id: 'information-security-policy', title: 'Information Security Policy' }];
const today = '2026-11-28';

/** A store in memory that digests like the backend's (any strong digest will do for a test). */
const memoryStore = (): CheckStore & { readonly values: Map<string, unknown> } => {
  const values = new Map<string, unknown>();
  return {
    values,
    digest: (text) => `d(${text.length}:${text})`,
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
  };
};

/** Checks the first document once and says whether the check had to render it. */
const rendered = async (
  cache: ReturnType<typeof createRenderCache>,
  ws: Workspace,
  body: string,
  outcome: CheckOutcome = { result: { unfilled: [{ field: 'a', line: 1, column: 2 }] } },
  day = today,
) => {
  let computed = false;
  const key = cache.dataKey(ws, day, templates);
  const got = await cache.checked('/ws', ws.documents[0]!, body, key, () => {
    computed = true;
    return Promise.resolve(outcome);
  });
  return { computed, got };
};

const edited = (ws: Workspace, index: number, change: Record<string, unknown>): Workspace => ({
  ...ws,
  documents: ws.documents.map((d, i) => (i === index ? { ...d, ...change } : d)),
});

describe('the render cache', () => {
  it('answers only for the same body, own record, data, date and template titles', async () => {
    const cache = createRenderCache();
    expect((await rendered(cache, workspace, 'Body')).computed).toBe(true);
    expect((await rendered(cache, { ...workspace }, 'Body')).computed).toBe(false);
    const changes: Workspace[] = [
      { ...workspace, organisation: { ...workspace.organisation, name: 'Acme' } },
      edited(workspace, 0, { updatedAt: '2026-11-02' }),
      edited(workspace, 1, { title: 'Renamed' }),
      edited(workspace, 1, { status: 'approved' }),
    ];
    for (const ws of changes) {
      const fresh = createRenderCache();
      await rendered(fresh, workspace, 'Body');
      expect((await rendered(fresh, ws, 'Body')).computed).toBe(true);
    }
    expect((await rendered(cache, workspace, 'Body changed')).computed).toBe(true);
    expect(
      (await rendered(cache, workspace, 'Body changed', undefined, '2026-11-29')).computed,
    ).toBe(true);
  });

  it("does not render a document again when only another document's edit time changed", async () => {
    const cache = createRenderCache();
    await rendered(cache, workspace, 'Body');
    const other = edited(workspace, 1, { updatedAt: '2026-11-20' });
    expect((await rendered(cache, other, 'Body')).computed).toBe(false);
  });

  it('keeps results for a later process, never a failure', async () => {
    const store = memoryStore();
    const first = await rendered(createRenderCache({ store }), workspace, 'Body');
    expect(first.computed).toBe(true);
    const later = await rendered(createRenderCache({ store }), workspace, 'Body');
    expect(later).toEqual({ computed: false, got: first.got });

    const failed = { error: 'Rendering took longer than 10 s' };
    const once = createRenderCache({ store });
    expect((await rendered(once, workspace, 'Slow', failed)).got).toEqual(failed);
    // In memory the failure stands for this process; another process tries again.
    expect((await rendered(once, workspace, 'Slow')).computed).toBe(false);
    expect((await rendered(createRenderCache({ store }), workspace, 'Slow')).computed).toBe(true);
  });

  it('treats a kept entry that is not a result as missing', async () => {
    const store = memoryStore();
    await rendered(createRenderCache({ store }), workspace, 'Body');
    for (const key of store.values.keys()) store.values.set(key, { unfilled: [{ field: 1 }] });
    expect((await rendered(createRenderCache({ store }), workspace, 'Body')).computed).toBe(true);
  });

  it('keeps "changed since approval" answers only under the same frozen copy and data', async () => {
    const store = memoryStore();
    const args = {
      ...{ dir: '/ws', id: 'ISMS-POL-001', body: 'Body', frozenBody: { text: 'Body' } },
      ...{ frozenRecord: { text: '{"v":1}' }, workspace, templates },
    };
    const cache = createRenderCache({ store });
    await cache.changeCheck.set(cache.changeCheck.key(args), false);
    const later = createRenderCache({ store }).changeCheck;
    expect(await later.get(later.key(args))).toBe(false);
    expect(
      await later.get(later.key({ ...args, frozenRecord: { text: '{"v":2}' } })),
    ).toBeUndefined();
    const renamed = edited(workspace, 1, { title: 'Renamed' });
    expect(await later.get(later.key({ ...args, workspace: renamed }))).toBeUndefined();
  });
});
