import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { workspaceSchema } from '../../core/model/workspace';
import { createBackend } from '../../backend/compose';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

describe('custom roles and roles marked not applicable', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let api: Api;
  let dir: string;
  let rolesDoc: string;

  beforeAll(async () => {
    temp = await makeTempDir('isms-roles-');
    const { dispatch } = createBackend({ clock: fixedClock });
    api = createApiClient((method, input) => dispatch(method, input));
    dir = join(temp.dir, 'ws');
    await api['workspace.create']({ dir, from: 'blank', name: 'Acme' });
    await api['profile.update']({
      dir,
      patch: {
        people: [
          { id: 'ana', name: 'Ana Silva', jobTitle: 'CEO', email: 'ana@acme.test' },
          { id: 'ben', name: 'Ben Ode', jobTitle: 'Engineer', email: '' },
        ],
      },
    });
    rolesDoc = (
      await api['documents.create']({ dir, templateId: 'isms-roles-and-responsibilities' })
    ).id;
  });
  afterAll(() => temp.cleanup());

  const unfilledRoles = async (role: string) =>
    (await api['documents.render']({ dir, id: rolesDoc })).unfilled.filter((u) =>
      u.field.startsWith(`roles.${role}.`),
    );

  it('loads a workspace written before roles could be custom or not applicable', () => {
    const old = workspaceSchema.parse({ schemaVersion: 2, roles: { dpo: null } });
    expect(old.roleSetup).toEqual({ custom: [], notApplicable: {} });
  });

  it('no longer counts a not-applicable role as unfilled, and prints why', async () => {
    expect((await unfilledRoles('dpo')).length).toBeGreaterThan(0);
    const before = (await api['documents.list']({ dir })).find((d) => d.id === rolesDoc)!;

    await api['profile.update']({
      dir,
      patch: {
        roleSetup: {
          custom: [],
          notApplicable: { dpo: 'fewer than 250 staff and no large-scale special category data' },
        },
      },
    });
    expect(await unfilledRoles('dpo')).toEqual([]);
    const after = (await api['documents.list']({ dir })).find((d) => d.id === rolesDoc)!;
    expect(after.unfilledCount).toBeLessThan(before.unfilledCount);
    const { markdown } = await api['documents.render']({ dir, id: rolesDoc });
    expect(markdown).toMatch(/\| Data Protection Officer \| Not applicable \|/);
    expect(markdown).toContain(
      'Acme has no such role: fewer than 250 staff and no large-scale special category data.',
    );
  });

  it('prints a custom role in the role table and its own section', async () => {
    const { roleSetup } = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: {
        roleSetup: {
          ...roleSetup,
          custom: [
            {
              key: 'privacyChampion',
              title: 'Privacy Champion',
              holder: 'ben',
              responsibilities: 'Answers staff questions on personal data.',
            },
          ],
        },
      },
    });
    const { markdown } = await api['documents.render']({ dir, id: rolesDoc });
    expect(markdown).toMatch(/\| Privacy Champion \| Ben Ode \| Engineer \| Not recorded \|/);
    expect(markdown).toContain('## Privacy Champion');
    expect(markdown).toContain('Held by Ben Ode (Engineer).');
    expect(markdown).toContain('Answers staff questions on personal data.');
  });

  it('refuses a custom role that reuses a built-in key, and marking top management not applicable', async () => {
    const refused = await api['profile.update']({
      dir,
      patch: {
        roleSetup: {
          custom: [{ key: 'dpo', title: 'DPO', holder: null, responsibilities: '' }],
          notApplicable: {},
        },
      },
    }).then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    expect(refused?.code).toBe('invalid-input');
    expect(refused?.message).toMatch(/roleSetup\.custom.*key.*built-in role/);
    await expect(
      api['profile.update']({
        dir,
        patch: { roleSetup: { custom: [], notApplicable: { topManagement: 'n/a' } as never } },
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
