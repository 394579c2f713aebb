import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file of a folder (recursively) with a hash of its bytes, so two snapshots are equal only
 * when every file is byte for byte the same. `skip` leaves out files by name.
 */
export const snapshot = async (
  root: string,
  skip: (name: string) => boolean = () => false,
): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else if (!skip(entry.name)) {
        out[`${prefix}${entry.name}`] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      }
    }
  };
  await walk(root, '');
  return out;
};
