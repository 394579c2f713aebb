import type { z } from 'zod';
import { AppError } from '../errors';
import { REGISTER_KEYS, type RegisterKey } from '../model/registers';
import { DECLARATIONS } from './declarations';
import { PEOPLE_REGISTER } from './declarations/directory';
import {
  REGISTER_NAMES,
  type EntryIssue,
  type RegisterColumn,
  type RegisterContext,
  type RegisterDeclaration,
  type RegisterName,
} from './types';

/** An entry as generic code (tables, spreadsheets, the API) handles it. */
export type AnyEntry = Readonly<Record<string, unknown>>;

/**
 * Where a register's entries live: `workspace.registers[key]` (and `registers/<name>.json`), or,
 * for `people`, the profile's list in `workspace.json`, which roles and documents also refer to.
 */
export type EntriesKey = RegisterKey | 'people';

/** A declaration seen without its register's entry type, for code that serves every register. */
export type AnyDeclaration = Omit<
  RegisterDeclaration,
  'schema' | 'derive' | 'rules' | 'prepare' | 'key'
> & {
  readonly key: EntriesKey;
  readonly prepare?: (entry: AnyEntry, context: RegisterContext) => AnyEntry;
  readonly schema: z.ZodType<AnyEntry, unknown>;
  readonly derive?: (
    context: RegisterContext,
  ) => (entry: AnyEntry) => Readonly<Record<string, unknown>>;
  readonly rules?: (entry: AnyEntry, context: RegisterContext) => EntryIssue[];
};

// The one place where the per-register entry types are forgotten; each declaration is type
// checked against its own schema where it is written.
const loose = (declaration: RegisterDeclaration<RegisterKey>) =>
  declaration as unknown as AnyDeclaration;

/** A register kept in `registers/<name>.json`. */
export type StoredDeclaration = AnyDeclaration & { readonly key: RegisterKey };

/** The registers kept in `registers/<name>.json`, in the order the app lists them. */
export const ALL_REGISTERS: readonly StoredDeclaration[] = REGISTER_KEYS.map(
  (key) => loose(DECLARATIONS[key] as RegisterDeclaration<RegisterKey>) as StoredDeclaration,
);

/** Every register the app, the CLI and the API list: the people first, then the stored ones. */
export const EVERY_REGISTER: readonly AnyDeclaration[] = [PEOPLE_REGISTER, ...ALL_REGISTERS];

const BY_NAME = new Map(EVERY_REGISTER.map((d) => [d.name, d]));
const BY_KEY = new Map(ALL_REGISTERS.map((d) => [d.key, d]));

export const isRegisterName = (value: string): value is RegisterName =>
  (REGISTER_NAMES as readonly string[]).includes(value);

/** The declaration of a register by its public name; invalid-input naming the known ones. */
export const registerNamed = (name: string): AnyDeclaration => {
  const found = BY_NAME.get(name as RegisterName);
  if (!found) {
    throw new AppError(
      'invalid-input',
      `no register called "${name}"; the registers are: ${REGISTER_NAMES.join(', ')}`,
      { field: 'register', value: name },
    );
  }
  return found;
};

export const registerByKey = (key: RegisterKey): StoredDeclaration => BY_KEY.get(key)!;

/** Columns stored in the entry (not derived), in declaration order. */
export const storedColumns = (declaration: AnyDeclaration): RegisterColumn[] =>
  declaration.columns.filter((c) => !c.derived);

/** The id (or control) of an entry. */
export const entryKey = (declaration: AnyDeclaration, entry: AnyEntry): string => {
  const value = entry[declaration.idField];
  return typeof value === 'string' ? value : '';
};
