import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateWorkspace } from './migrations';
import { parseWorkspaceJson } from './parse-workspace';
import { saveEntry } from '../registers/operations';
import { registerNamed } from '../registers/registry';
import { CURRENT_SCHEMA_VERSION } from './workspace';

const V1_FILE = new URL('../../tests/fixtures/workspace-v1.json', import.meta.url);
const v1Text = () => readFileSync(V1_FILE, 'utf8');

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
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION };
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

describe('migration from version 1 (a real version 1 demo workspace.json)', () => {
  const { workspace, migratedFrom } = parseWorkspaceJson(v1Text(), 'workspace.json');
  const old = JSON.parse(v1Text()) as {
    registers: { audits: { id: string; findings: { description: string }[] }[]; risks: unknown[] };
  };

  it('opens as the current version and says it came from version 1', () => {
    expect(migratedFrom).toBe(1);
    expect(workspace.schemaVersion).toBe(2);
    expect(workspace.registers.risks).toHaveLength(old.registers.risks.length);
    expect(workspace.registers.soa).toHaveLength(93);
  });

  it('moves every audit finding into the findings register, linked to its audit', () => {
    const nested = old.registers.audits.flatMap((a) =>
      a.findings.map((f) => ({ audit: a.id, description: f.description })),
    );
    expect(nested.length).toBeGreaterThan(0);
    expect(
      workspace.registers.findings.map((f) => ({ audit: f.audit, description: f.description })),
    ).toEqual(nested);
    expect(workspace.registers.findings.map((f) => f.id)).toEqual(
      nested.map((_, i) => `F-${String(i + 1).padStart(3, '0')}`),
    );
    expect(workspace.registers.audits.find((a) => a.id === 'IA-001')?.status).toBe('completed');
    expect(workspace.registers.audits.find((a) => a.id === 'IA-002')?.status).toBe('planned');
  });

  it('continues every register after its highest id so no id is handed out twice', () => {
    const risks = registerNamed('risks');
    const saved = saveEntry(workspace, risks, { title: 'New', likelihood: 1, impact: 1 });
    expect(saved.entry['id']).toBe(`R-${String(old.registers.risks.length + 1).padStart(3, '0')}`);
    const finding = saveEntry(workspace, registerNamed('findings'), {
      audit: 'IA-001',
      type: 'minor',
      description: 'New',
    });
    expect(finding.entry['id']).toBe('F-005');
  });

  it('reads an "A." control prefix as the plain control identifier', () => {
    expect(workspace.registers.risks[0]?.controls[0]).toBe('5.23');
  });

  it('keeps the risk method proposed: nobody approved it in version 1', () => {
    expect(workspace.registers.riskMethod.status).toBe('proposed');
    expect(workspace.registers.riskMethod.approvedBy).toBeNull();
  });

  it('fills the new fields with their defaults and keeps the old values', () => {
    const risk = workspace.registers.risks[1]!;
    expect(risk).toMatchObject({ threat: '', vulnerability: '', status: 'identified' });
    expect(risk.likelihood).toBe((old.registers.risks[1] as { likelihood: number }).likelihood);
    expect(workspace.registers.suppliers).toEqual([]);
  });
});
