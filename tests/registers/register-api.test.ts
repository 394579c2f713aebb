import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract';
import { snapshot } from '../support/folder-snapshot';
import { useFreshWorkspaces } from '../support/workspace-setup';

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code: string; details: Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
};

describe('registers through the API', () => {
  const setup = useFreshWorkspaces('isms-registers-', {
    prepare: (client, folder) =>
      client['profile.update']({
        dir: folder,
        patch: {
          people: [
            { id: 'ana', name: 'Ana Silva', jobTitle: 'CEO', email: '' },
            { id: 'ben', name: 'Ben Ode', jobTitle: 'IT Manager', email: '' },
          ],
        },
      }),
  });
  let api: Api;
  let dir: string;
  beforeEach(() => ({ api, dir } = setup));

  const addRisk = (entry: Record<string, unknown>) =>
    api['registers.save']({
      dir,
      register: 'risks',
      entry: { title: 'A risk', likelihood: 3, impact: 4, ...entry },
    });

  it('describes every register with its columns for the screens', async () => {
    const { registers } = await api['registers.describe']({});
    expect(registers.map((r) => r.name)).toContain('management-reviews');
    const risks = registers.find((r) => r.name === 'risks')!;
    const score = risks.columns.find((c) => c.key === 'inherentScore')!;
    expect(score).toMatchObject({ derived: true, label: 'Inherent score' });
    expect(risks.columns.find((c) => c.key === 'treatment')?.options[0]).toEqual({
      value: 'modify',
      label: 'Modify (apply controls)',
    });
  });

  it('hands out the next id and computes scores and levels, never storing them', async () => {
    const first = await addRisk({ likelihood: 4, impact: 5 });
    const second = await addRisk({ likelihood: 1, impact: 2, residualLikelihood: null });
    expect(first.entry['id']).toBe('R-001');
    expect(second.entry['id']).toBe('R-002');
    expect(first.row).toMatchObject({
      inherentScore: 20,
      inherentLevel: 'high',
      residualScore: null,
    });
    expect(second.row).toMatchObject({
      inherentScore: 2,
      inherentLevel: 'low',
      withinCriteria: true,
    });
    expect(first.entry).not.toHaveProperty('inherentScore');
    const listed = await api['registers.list']({ dir, register: 'risks' });
    expect(listed.rows.map((r) => r['inherentScore'])).toEqual([20, 2]);
  });

  it('names the field when an entry is invalid', async () => {
    const error = await errorOf(addRisk({ likelihood: 7 }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/new risk: Likelihood \(likelihood\):/);
    expect(error.details['field']).toBe('likelihood');
  });

  it('accepts a residual risk beyond the criteria only when top management accepts it', async () => {
    const beyond = {
      residualLikelihood: 4,
      residualImpact: 4,
      acceptedBy: 'ben',
      acceptedOn: '2026-11-01',
    };
    const error = await errorOf(addRisk(beyond));
    expect(error.message).toMatch(/score 16 is above the acceptance threshold \(6\)/);
    expect(error.details['field']).toBe('acceptanceAuthority');
    const saved = await addRisk({
      ...beyond,
      acceptedBy: 'ana',
      acceptanceAuthority: 'top-management',
    });
    expect(saved.entry['acceptanceAuthority']).toBe('top-management');
    const within = await addRisk({
      residualLikelihood: 2,
      residualImpact: 3,
      acceptedBy: 'ben',
      acceptedOn: '2026-11-01',
    });
    expect(within.row['withinCriteria']).toBe(true);
  });

  it('changes only the fields given when an entry is edited', async () => {
    const { entry } = await addRisk({ threat: 'Phishing', owner: 'ben' });
    const edited = await api['registers.save']({
      dir,
      register: 'risks',
      entry: { id: entry['id'], impact: 1 },
    });
    expect(edited.entry).toMatchObject({
      id: 'R-001',
      threat: 'Phishing',
      owner: 'ben',
      impact: 1,
    });
  });

  it('shows the references before deleting, and never hands a deleted id out again', async () => {
    const asset = await api['registers.save']({
      dir,
      register: 'assets',
      entry: { name: 'CRM', type: 'service' },
    });
    const risk = await addRisk({ assets: [asset.entry['id']] });
    const refused = await api['registers.delete']({ dir, register: 'assets', id: 'A-001' });
    expect(refused).toEqual({
      deleted: false,
      references: [{ register: 'risks', id: risk.entry['id'], field: 'assets', target: 'A-001' }],
    });
    expect((await api['registers.list']({ dir, register: 'assets' })).rows).toHaveLength(1);
    const done = await api['registers.delete']({
      dir,
      register: 'assets',
      id: 'A-001',
      confirm: true,
    });
    expect(done.deleted).toBe(true);
    const { problems } = await api['registers.problems']({ dir });
    expect(problems).toContainEqual(
      expect.objectContaining({
        register: 'risks',
        field: 'assets',
        kind: 'dangling-reference',
        message: 'no assets entry A-001',
      }),
    );
    const again = await api['registers.save']({
      dir,
      register: 'assets',
      entry: { name: 'ERP', type: 'service' },
    });
    expect(again.entry['id']).toBe('A-002');
    const reuse = await errorOf(
      api['registers.save']({
        dir,
        register: 'assets',
        entry: { id: 'A-001', name: 'Old', type: 'service' },
      }),
    );
    expect(reuse.message).toMatch(/A-001 was used before and deleted; ids are never reused/);
  });

  it('keeps one SoA entry per Annex A control and enforces its rules', async () => {
    const soa = await api['registers.list']({ dir, register: 'soa' });
    expect(soa.rows).toHaveLength(93);
    expect(soa.rows[0]).toMatchObject({
      control: '5.1',
      applicable: null,
      title: 'Policies for information security',
    });
    await addRisk({ controls: ['8.13'] });
    const selected = await errorOf(
      api['registers.save']({
        dir,
        register: 'soa',
        entry: { control: '8.13', applicable: false, justification: 'No data' },
      }),
    );
    expect(selected.message).toMatch(/risk R-001 selects this control/);
    const unjustified = await errorOf(
      api['registers.save']({
        dir,
        register: 'soa',
        entry: { control: '7.12', applicable: false },
      }),
    );
    expect(unjustified.details['field']).toBe('justification');
    const included = await api['registers.save']({
      dir,
      register: 'soa',
      entry: { control: '8.13', applicable: true, reasons: ['contractual'] },
    });
    expect(included.row).toMatchObject({
      riskTreatment: true,
      risks: ['R-001'],
      reasons: ['contractual'],
    });
    const unknown = await errorOf(
      api['registers.save']({ dir, register: 'soa', entry: { control: '9.99', applicable: true } }),
    );
    expect(unknown.message).toMatch(/not one of the entries/);
    await expect(api['registers.delete']({ dir, register: 'soa', id: '5.1' })).rejects.toThrow(
      /cannot be deleted/,
    );
  });

  it('starts a new workspace with a proposed risk method that is not approved', async () => {
    const settings = await api['registers.settings']({ dir });
    expect(settings.riskMethod).toMatchObject({
      status: 'proposed',
      approvedBy: null,
      approvedOn: null,
    });
    const refused = await errorOf(
      api['registers.updateSettings']({ dir, riskMethod: { status: 'approved' } }),
    );
    expect(refused.message).toMatch(/riskMethod\.approvedBy: an approved method needs who/);
    const approved = await api['registers.updateSettings']({
      dir,
      riskMethod: { status: 'approved', approvedBy: 'ana', approvedOn: '2026-11-20' },
    });
    expect(approved.riskMethod).toMatchObject({ status: 'approved', approvedBy: 'ana' });
  });

  it('keeps every file byte for byte when a save is refused', async () => {
    await addRisk({});
    const before = await snapshot(dir);
    await errorOf(addRisk({ impact: 0 }));
    expect(await snapshot(dir)).toEqual(before);
  });
});
