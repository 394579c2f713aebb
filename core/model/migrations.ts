import { AppError } from '../errors';
import { migrateV1ToV2 } from './migrate-v1';
import { CURRENT_SCHEMA_VERSION } from './workspace';

type RawWorkspace = Record<string, unknown>;
type Migration = (from: RawWorkspace) => RawWorkspace;

/** Migrations keyed by the schema version they upgrade *from*. */
const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1ToV2 };

export type MigrationResult = { readonly data: RawWorkspace; readonly migratedFrom: number | null };

/** Upgrades raw workspace JSON to the current schema version, one step at a time. */
export const migrateWorkspace = (
  raw: RawWorkspace,
  file: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult => {
  const start = raw['schemaVersion'];
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) {
    throw new AppError(
      'workspace-invalid',
      `${file}: schemaVersion must be a whole number from 1`,
      {
        file,
        path: 'schemaVersion',
      },
    );
  }
  if (start > target) {
    throw new AppError(
      'workspace-invalid',
      `${file}: schemaVersion ${start} is newer than this app understands (${target}); update ISMS Workbench`,
      { file, path: 'schemaVersion' },
    );
  }
  let data = raw;
  for (let version = start; version < target; version += 1) {
    const step = migrations[version];
    if (!step) {
      throw new AppError(
        'workspace-invalid',
        `${file}: no migration from schemaVersion ${version}`,
        {
          file,
          path: 'schemaVersion',
        },
      );
    }
    data = step(data);
  }
  return { data, migratedFrom: start === target ? null : start };
};
