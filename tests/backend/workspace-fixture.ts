import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  workspaceSchema,
  type Workspace,
} from '../../core/model/workspace';

/** A small valid workspace with one document, as the model would hold it after parsing. */
export const sampleWorkspace = (name = 'Acme Analytics Ltd'): Workspace =>
  workspaceSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: { name, documentIdPrefix: 'ACME', reviewCycleMonths: 12 },
    people: [{ id: 'dana-hill', name: 'Dana Hill', jobTitle: 'ISMS Manager' }],
    roles: { ismsManager: 'dana-hill' },
    documents: [
      {
        id: 'ACME-POL-001',
        templateId: 'information-security-policy',
        title: 'Information Security Policy',
        kind: 'policy',
        classification: 'Internal',
        createdAt: '2026-01-05',
        updatedAt: '2026-01-05',
      },
    ],
  });

/** A fresh folder under the system temp folder, removed by the returned cleanup. */
export const makeTempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), `isms-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

/** Rejects unless `promise` fails; returns the error so a test can inspect it. */
export const failure = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
};

/** Collects every object whose keys are not in sorted order, by path. */
export const unsortedObjects = (value: unknown, path = '(root)'): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item, i) => unsortedObjects(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const here = keys.join() === sorted.join() ? [] : [path];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) => unsortedObjects(child, `${path}.${key}`)),
  ];
};
