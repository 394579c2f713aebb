import { describe, expect, it } from 'vitest';
import { migrateWorkspace } from './migrations';
import { parseWorkspaceJson } from './parse-workspace';

describe('migrations', () => {
  it('upgrades an old workspace one version at a time and says where it started', () => {
    const steps = {
      1: (ws: Record<string, unknown>) => ({ ...ws, schemaVersion: 2, renamed: ws['old'] }),
      2: (ws: Record<string, unknown>) => ({ ...ws, schemaVersion: 3, added: true }),
    };
    const result = migrateWorkspace({ schemaVersion: 1, old: 'kept' }, 'ws.json', steps, 3);
    expect(result.migratedFrom).toBe(1);
    expect(result.data).toMatchObject({ schemaVersion: 3, renamed: 'kept', added: true });
  });

  it('leaves a current workspace as it is', () => {
    const data = { schemaVersion: 1 };
    expect(migrateWorkspace(data, 'ws.json')).toEqual({ data, migratedFrom: null });
  });

  it('refuses a workspace written by a newer version of the app, naming the file', () => {
    expect(() => parseWorkspaceJson('{"schemaVersion": 7}', '/x/workspace.json')).toThrow(
      /\/x\/workspace\.json: schemaVersion 7 is newer than this app understands/,
    );
  });

  it('refuses a workspace without a schema version', () => {
    expect(() => parseWorkspaceJson('{"organisation": {}}', 'workspace.json')).toThrow(
      /schemaVersion must be a whole number/,
    );
  });

  it('reports a version with no migration path instead of guessing', () => {
    expect(() => migrateWorkspace({ schemaVersion: 1 }, 'ws.json', {}, 2)).toThrow(
      /no migration from schemaVersion 1/,
    );
  });
});
