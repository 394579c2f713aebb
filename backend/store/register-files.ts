import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { describeZodIssues } from '../../core/model/issues';
import type { RegisterKey, Registers } from '../../core/model/registers';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../core/model/workspace';
import { ALL_REGISTERS, type AnyDeclaration } from '../../core/registers/registry';
import { writeFileAtomic, type AtomicFs } from './atomic-write';
import { sharedCheckedFileCache } from './checked-file-cache';
import { changedOnDisk, toIoError } from './io-error';
import { decodeUtf8, readRegularFile } from './safe-read';

// Each list register lives in registers/<name>.json: { entries, nextId?, register, schemaVersion }
// with one entry after another, pretty-printed. An edit of one entry rewrites only that file and
// changes only that entry's lines; the bytes of unchanged entries are reused, not re-serialised
// (joining 10,000 cached byte pieces is one copy; joining as many strings costs ten times more).

export const REGISTERS_FOLDER = 'registers';

/** What this process last read or wrote for each register file of one workspace. */
export type RegisterFileState = Map<
  RegisterKey,
  { bytes: Buffer; entries: readonly object[]; nextId: number | null; stamp: string | null }
>;

/**
 * The file's identity and last change (inode, size, modification and change times), or null
 * when it does not exist. A save replaces the file (a new inode), and any other writer changes
 * the times, so an unchanged stamp means an unchanged file: a 10,000-risk register is not read
 * again on every save just to learn that nobody else touched it. (An in-place rewrite to the
 * same size within one tick of the file system's clock would go unseen; programs that share a
 * workspace take the workspace lock or replace files, which changes the inode.)
 */
const stampOf = async (file: string): Promise<string | null> => {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw toIoError(error, 'read', file);
  }
};

// Entries known to be valid (read from a file or written by us) and their serialised bytes.
const validated = new WeakSet<object>();
const serialised = new WeakMap<object, Buffer>();

export const registerFilePath = (root: string, declaration: AnyDeclaration): string =>
  join(root, REGISTERS_FOLDER, `${declaration.name}.json`);

const fileSchema = z.object({
  schemaVersion: z.number().int(),
  register: z.string(),
  nextId: z.number().int().min(1).optional(),
  entries: z.array(z.unknown()),
});

const invalid = (file: string, path: string, message: string) =>
  new AppError('workspace-invalid', `${file}: ${path}: ${message}`, { file, path });

const parseRegisterFile = (declaration: AnyDeclaration, file: string, text: string) => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('workspace-corrupt', `${file}: not valid JSON: ${reason}`, { file });
  }
  const shape = fileSchema.safeParse(raw);
  if (!shape.success) {
    const first = describeZodIssues(shape.error)[0];
    throw invalid(file, first?.path ?? '(root)', first?.message ?? 'invalid');
  }
  if (shape.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw invalid(
      file,
      'schemaVersion',
      `${shape.data.schemaVersion} is newer than this app understands; update ISMS Workbench`,
    );
  }
  const entries = z.array(declaration.schema).safeParse(shape.data.entries);
  if (!entries.success) {
    const issues = describeZodIssues(entries.error);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw invalid(
      file,
      `entries${issues[0]?.path ?? ''}`,
      `${issues[0]?.message ?? 'invalid'}${more}`,
    );
  }
  for (const entry of entries.data) validated.add(entry);
  return { entries: entries.data as readonly object[], nextId: shape.data.nextId ?? null };
};

type ParsedRegister = { entries: readonly object[]; nextId: number | null };

const isParsedRegister = (value: unknown): value is ParsedRegister =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as ParsedRegister).entries) &&
  ((value as ParsedRegister).nextId === null ||
    typeof (value as ParsedRegister).nextId === 'number');

/**
 * A register file's entries as the schema reads them; for bytes this code has checked before,
 * the kept reading (see checked-file-cache.ts) instead of checking 10,000 entries again.
 */
const parseChecked = async (
  declaration: AnyDeclaration,
  file: string,
  bytes: Buffer,
): Promise<ParsedRegister> => {
  const cache = await sharedCheckedFileCache();
  const kind = `register-file ${declaration.key}`;
  const kept = await cache?.get(kind, bytes);
  if (isParsedRegister(kept)) {
    for (const entry of kept.entries) validated.add(entry);
    return kept;
  }
  const parsed = parseRegisterFile(declaration, file, decodeUtf8(bytes, file));
  await cache?.set(kind, bytes, parsed);
  return parsed;
};

/**
 * Overlays the register files on the workspace read from workspace.json: a register with a file
 * takes its entries from the file; one without keeps what workspace.json held (a version 1
 * workspace, or one made before its first save).
 */
export const readRegisterFiles = async (
  root: string,
  state: RegisterFileState,
  workspace: Workspace,
): Promise<Workspace> => {
  const registers: Record<string, unknown> = { ...workspace.registers };
  const nextIds = { ...workspace.registers.nextIds };
  for (const declaration of ALL_REGISTERS) {
    const file = registerFilePath(root, declaration);
    let known = state.get(declaration.key);
    // Stamped before reading: a change made while reading shows as a new stamp next time.
    const stamp = await stampOf(file);
    if (known === undefined || stamp === null || known.stamp !== stamp) {
      const bytes = await readBytesIfExists(file);
      if (bytes === null) {
        state.delete(declaration.key);
        continue;
      }
      if (!known?.bytes.equals(bytes)) {
        known = { bytes, ...(await parseChecked(declaration, file, bytes)), stamp };
      } else known = { ...known, stamp };
      state.set(declaration.key, known);
    }
    registers[declaration.key] = known.entries;
    if (known.nextId === null) delete nextIds[declaration.key];
    else nextIds[declaration.key] = known.nextId;
  }
  return { ...workspace, registers: { ...(registers as Registers), nextIds } };
};

const entryText = (declaration: AnyDeclaration, file: string, entry: object, index: number) => {
  let valid = entry;
  if (!validated.has(entry)) {
    const result = declaration.schema.safeParse(entry);
    if (!result.success) {
      const first = describeZodIssues(result.error)[0];
      throw invalid(
        file,
        `entries[${index}]${first?.path === '(root)' ? '' : `.${first?.path}`}`,
        first?.message ?? 'invalid',
      );
    }
    valid = result.data;
    validated.add(valid);
  }
  let bytes = serialised.get(valid);
  if (bytes === undefined) {
    bytes = Buffer.from(`    ${JSON.stringify(valid, null, 2).replace(/\n/g, '\n    ')}`, 'utf8');
    serialised.set(valid, bytes);
  }
  return { valid, bytes };
};

const ENTRY_SEPARATOR = Buffer.from(',\n');

const fileBytes = (declaration: AnyDeclaration, entries: Buffer[], nextId: number | null) => {
  const head = entries.length ? '{\n  "entries": [\n' : '{\n  "entries": [],\n';
  const tail = [
    ...(entries.length ? ['\n  ],'] : []),
    ...(nextId === null ? [] : [`  "nextId": ${nextId},`]),
    `  "register": ${JSON.stringify(declaration.name)},`,
    `  "schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
    '}',
    '',
  ].join('\n');
  const parts: Buffer[] = [Buffer.from(head)];
  entries.forEach((entry, i) => {
    if (i > 0) parts.push(ENTRY_SEPARATOR);
    parts.push(entry);
  });
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
};

const readBytesIfExists = async (file: string): Promise<Buffer | null> => {
  try {
    return await readRegularFile(file);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return null;
    throw error;
  }
};

// The file must still be what this process last read or wrote; the text is compared only when
// the stamp says something touched the file (a rewrite with the same text is no conflict).
const assertUnchanged = async (
  file: string,
  known: { bytes: Buffer; stamp: string | null } | undefined,
) => {
  if (known && known.stamp !== null && (await stampOf(file)) === known.stamp) return;
  const current = await readBytesIfExists(file);
  const same = current === null ? known === undefined : (known?.bytes.equals(current) ?? false);
  if (!same) throw changedOnDisk(file);
};

/**
 * Writes the register files whose entries changed, each atomically, after checking that the file
 * on disk is still what this process last read or wrote (else a conflict, nothing overwritten).
 * Callers hold the workspace lock. A register that is empty and has no file gets none.
 */
export const writeRegisterFiles = async (
  root: string,
  state: RegisterFileState,
  fs: AtomicFs,
  workspace: Workspace,
): Promise<void> => {
  for (const declaration of ALL_REGISTERS) {
    const entries = workspace.registers[declaration.key] as readonly object[];
    const nextId = workspace.registers.nextIds[declaration.key] ?? null;
    const known = state.get(declaration.key);
    if (known && known.entries === entries && known.nextId === nextId) continue;
    if (!known && entries.length === 0 && nextId === null) continue;
    const file = registerFilePath(root, declaration);
    const pieces = entries.map((entry, i) => entryText(declaration, file, entry, i));
    const bytes = fileBytes(
      declaration,
      pieces.map((p) => p.bytes),
      nextId,
    );
    const written = pieces.map((p) => p.valid);
    if (known?.bytes.equals(bytes)) {
      state.set(declaration.key, { ...known, entries: written, nextId });
      continue;
    }
    await assertUnchanged(file, known);
    try {
      await mkdir(join(root, REGISTERS_FOLDER), { recursive: true });
      await writeFileAtomic(file, bytes, { fs });
    } catch (error) {
      throw toIoError(error, 'save', file);
    }
    state.set(declaration.key, { bytes, entries: written, nextId, stamp: await stampOf(file) });
  }
};

/** workspace.json's part of the registers: the settings, without the lists and counters. */
export const withoutRegisterLists = (output: unknown): unknown => {
  if (output === null || typeof output !== 'object') return output;
  const workspace = output as { registers?: Record<string, unknown> };
  if (!workspace.registers) return output;
  const kept = Object.fromEntries(
    Object.entries(workspace.registers).filter(
      ([key]) => key !== 'nextIds' && !ALL_REGISTERS.some((d) => d.key === key),
    ),
  );
  return { ...workspace, registers: kept };
};
