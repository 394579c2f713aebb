import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { LOCK_DIR, withWorkspaceLock } from '../../backend/store/workspace-lock';
import { failure, makeTempDir } from './workspace-fixture';

describe('withWorkspaceLock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('lock'));
  });
  afterEach(() => cleanup());

  it('runs one task at a time and is re-entrant for the task holding it', async () => {
    const order: string[] = [];
    const task = (name: string) =>
      withWorkspaceLock(dir, async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await withWorkspaceLock(dir, () => Promise.resolve(order.push(`${name} nested`)));
        order.push(`${name} out`);
      });
    await Promise.all([task('a'), task('b')]);
    expect(order).toEqual(['a in', 'a nested', 'a out', 'b in', 'b nested', 'b out']);
    expect(await readdir(dir)).not.toContain(LOCK_DIR);
  });

  it('runs the tasks of one process in the order they were asked for', async () => {
    const order: number[] = [];
    const asked = Array.from({ length: 40 }, (_, i) => i);
    await Promise.all(
      asked.map((i) => withWorkspaceLock(dir, () => Promise.resolve(void order.push(i)))),
    );
    expect(order).toEqual(asked);
  });

  it('takes over at once a lock whose process on this machine has gone', async () => {
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await mkdir(join(dir, LOCK_DIR));
    await writeFile(
      join(dir, LOCK_DIR, 'owner'),
      JSON.stringify({ pid: gone.pid, host: hostname(), token: 'old' }),
    );
    const started = Date.now();
    await withWorkspaceLock(dir, () => Promise.resolve(), { staleMs: 60_000, waitMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails with a message naming the lock when another program keeps it', async () => {
    await mkdir(join(dir, LOCK_DIR));
    await writeFile(
      join(dir, LOCK_DIR, 'owner'),
      JSON.stringify({ pid: process.ppid, host: hostname(), token: 'live' }),
    );
    const error = (await failure(
      withWorkspaceLock(dir, () => Promise.resolve('never'), { staleMs: 60_000, waitMs: 300 }),
    )) as AppError;
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`if nothing else is running, remove ${join(dir, LOCK_DIR)}`);
  });

  it('takes over a lock from another machine once it is stale', async () => {
    await mkdir(join(dir, LOCK_DIR));
    await writeFile(
      join(dir, LOCK_DIR, 'owner'),
      JSON.stringify({ pid: 1, host: 'elsewhere', token: 'x' }),
    );
    const old = new Date(Date.now() - 10_000);
    const { utimes } = await import('node:fs/promises');
    await utimes(join(dir, LOCK_DIR), old, old);
    await expect(
      withWorkspaceLock(dir, () => Promise.resolve('ran'), { staleMs: 2_000, waitMs: 3_000 }),
    ).resolves.toBe('ran');
  });
});
