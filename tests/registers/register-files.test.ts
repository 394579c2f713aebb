import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { nodeAtomicFs, type AtomicFs } from '../../backend/store/atomic-write';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { fixedClock } from '../support/fixed-clock';
import { snapshot } from '../support/folder-snapshot';
import { makeTempDir } from '../support/temp-dir';

const V1 = join(import.meta.dirname, '..', 'fixtures', 'workspace-v1.json');

/** The process "dies" when it renames its new text over `name`; files written before stay. */
const crashOn = (name: string): AtomicFs => ({
  ...nodeAtomicFs,
  rename: async (from, to) => {
    if (to.endsWith(name)) throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
    await nodeAtomicFs.rename(from, to);
  },
});

// Several tests build the demo inside the test; on a busy shared machine that takes over 30 s.
describe('registers on disk', { timeout: 120_000 }, () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let api: Api;
  let count = 0;
  const fresh = async (from: 'blank' | 'demo' = 'blank') => {
    count += 1;
    const dir = join(temp.dir, `ws-${count}`);
    await api['workspace.create']({ dir, from });
    return dir;
  };

  beforeAll(async () => {
    temp = await makeTempDir('isms-register-disk-');
    const { dispatch } = createBackend({ clock: fixedClock });
    api = createApiClient((method, input) => dispatch(method, input));
  });
  afterAll(() => temp.cleanup());

  it('keeps each register in registers/<name>.json and only settings in workspace.json', async () => {
    const dir = await fresh('demo');
    const workspace = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
      registers: Record<string, unknown>;
    };
    expect(Object.keys(workspace.registers).sort()).toEqual(['climateChange', 'riskMethod']);
    const risks = JSON.parse(await readFile(join(dir, 'registers', 'risks.json'), 'utf8')) as {
      register: string;
      entries: { id: string }[];
    };
    expect(risks.register).toBe('risks');
    expect(risks.entries[0]?.id).toBe('R-001');
  });

  it('changes only the lines of the edited risk in a large register', async () => {
    const dir = await fresh();
    const rows = Array.from({ length: 1200 }, (_, i) => `,Risk ${i},${(i % 5) + 1},${(i % 4) + 1}`);
    const data = Buffer.from(['ID,Risk,Likelihood,Impact', ...rows].join('\n')).toString('base64');
    await api['registers.import']({ dir, register: 'risks', format: 'csv', data });
    const file = join(dir, 'registers', 'risks.json');
    const before = await readFile(file, 'utf8');
    await api['registers.save']({ dir, register: 'risks', entry: { id: 'R-1000', impact: 5 } });
    const changes = diffLines(before, await readFile(file, 'utf8')).filter(
      (c) => c.added || c.removed,
    );
    expect(changes.map((c) => c.value.trim())).toEqual(['"impact": 4,', '"impact": 5,']);
  });

  it('opens a version 1 workspace and moves its registers into their files on the first save', async () => {
    const dir = join(temp.dir, 'v1');
    await api['workspace.create']({ dir, from: 'blank' });
    await copyFile(V1, join(dir, 'workspace.json'));
    const { rows } = await api['registers.list']({ dir, register: 'findings' });
    expect(rows.length).toBeGreaterThan(0);
    await api['registers.save']({
      dir,
      register: 'assets',
      entry: { name: 'New laptop fleet', type: 'hardware' },
    });
    const saved = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
      schemaVersion: number;
      registers: Record<string, unknown>;
    };
    expect(saved.schemaVersion).toBe(2);
    expect(saved.registers['risks']).toBeUndefined();
    expect((await api['registers.list']({ dir, register: 'findings' })).rows).toEqual(rows);
  });

  it('opens after a crash between the register files and workspace.json', async () => {
    const dir = join(temp.dir, 'crash-v1');
    await api['workspace.create']({ dir, from: 'blank' });
    await copyFile(V1, join(dir, 'workspace.json'));
    const before = await api['registers.list']({ dir, register: 'findings' });
    // The first save moves every list into registers/; the crash hits workspace.json's rename,
    // so the old workspace.json (still holding its lists) stays beside the new register files.
    const crashing = await createFileWorkspaceStore({ fs: crashOn('workspace.json') }).open(dir);
    await expect(
      crashing.update((ws) => ({ ...ws, organisation: { ...ws.organisation, name: 'Crash Ltd' } })),
    ).rejects.toThrow(/simulated crash/);
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(await readFile(V1, 'utf8'));
    const { dispatch } = createBackend({ clock: fixedClock });
    const reopened = createApiClient((method, input) => dispatch(method, input));
    await reopened['workspace.open']({ dir });
    expect((await reopened['registers.list']({ dir, register: 'findings' })).rows).toEqual(
      before.rows,
    );
    await reopened['registers.save']({
      dir,
      register: 'findings',
      entry: { id: before.rows[0]!['id'] },
    });
    expect((await reopened['registers.list']({ dir, register: 'findings' })).rows).toEqual(
      before.rows,
    );
  });

  it('keeps the previous register file when a save crashes before its rename', async () => {
    const dir = await fresh('demo');
    const file = join(dir, 'registers', 'risks.json');
    const before = await snapshot(dir);
    const crashing = await createFileWorkspaceStore({ fs: crashOn('risks.json') }).open(dir);
    await expect(
      crashing.update((ws) => ({
        ...ws,
        registers: { ...ws.registers, risks: ws.registers.risks.slice(1) },
      })),
    ).rejects.toThrow(/simulated crash/);
    expect(await snapshot(dir)).toEqual(before);
    const { dispatch } = createBackend({ clock: fixedClock });
    const reopened = createApiClient((method, input) => dispatch(method, input));
    const { rows } = await reopened['registers.list']({ dir, register: 'risks' });
    expect(rows[0]?.['id']).toBe('R-001');
    expect(await readFile(file, 'utf8')).toContain('"id": "R-001"');
  });

  it('refuses to save over a register file another program changed after it was read', async () => {
    const dir = await fresh('demo');
    const file = join(dir, 'registers', 'risks.json');
    const files = await createFileWorkspaceStore().open(dir);
    await expect(
      files.update(async (ws) => {
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/"title": "[^"]*"/, '"title": "Changed meanwhile"'));
        return { ...ws, registers: { ...ws.registers, risks: ws.registers.risks.slice(1) } };
      }),
    ).rejects.toThrow(/risks\.json was changed by another program/);
    expect(await readFile(file, 'utf8')).toContain('Changed meanwhile');
  });

  it('reports a damaged register file by name and never saves over it', async () => {
    const dir = await fresh('demo');
    const file = join(dir, 'registers', 'assets.json');
    await writeFile(file, '{ "entries": [ { "id": "A-001", ');
    const before = await snapshot(dir);
    await expect(api['registers.list']({ dir, register: 'assets' })).rejects.toThrow(
      /registers\/assets\.json: not valid JSON/,
    );
    await expect(
      api['registers.save']({
        dir,
        register: 'risks',
        entry: { title: 'X', likelihood: 1, impact: 1 },
      }),
    ).rejects.toThrow(/assets\.json/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names the entry and field of an invalid register file', async () => {
    const dir = await fresh('demo');
    const file = join(dir, 'registers', 'risks.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"likelihood": 3', '"likelihood": 9'));
    await expect(api['registers.list']({ dir, register: 'risks' })).rejects.toThrow(
      /registers\/risks\.json: entries\[\d+\]\.likelihood: /,
    );
  });

  it('reads a register file changed by another program instead of overwriting it', async () => {
    const dir = await fresh('demo');
    await api['registers.list']({ dir, register: 'risks' });
    const file = join(dir, 'registers', 'risks.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"title": "[^"]*"/, '"title": "Edited in another editor"'));
    await api['registers.save']({ dir, register: 'risks', entry: { id: 'R-002', impact: 1 } });
    const after = await readFile(file, 'utf8');
    expect(after).toContain('Edited in another editor');
  });
});
