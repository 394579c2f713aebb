import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceFromAnotherProcess } from '../support/other-process';
import { useCliDemo } from '../support/workspace-setup';
import { runCheck } from './run-check';

/** `isms check` as a user starts it: the built command, a new process each time. */
const check = async (dir: string, cacheDir: string, env: Record<string, string> = {}) => {
  const result = await runCheck(dir, cacheDir, { env });
  expect(result.stdout).toContain('Stage 1 readiness on 2026-11-28');
  return result;
};

describe('isms check run again on an unchanged workspace', () => {
  const setup = useCliDemo('isms-check-memo-');
  let demo = '';
  let cacheDir = '';
  beforeAll(() => {
    demo = setup.demo;
    cacheDir = join(setup.temp.dir, 'cache');
  });

  it('answers as before, and sees an edit made by another program at once', async () => {
    const first = await check(demo, cacheDir);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('ok    BWA-POL-001 Information Security Policy');
    expect(await check(demo, cacheDir)).toEqual(first);

    // Another program (an editor, a sync tool, `git pull`) adds a field nobody has filled in.
    const body = join(demo, 'documents', 'BWA-POL-001.md');
    const text = await readFile(body, 'utf8');
    await replaceFromAnotherProcess(
      body,
      `${text}\n\nTurnover band: {{ organisation.turnover_band }}\n`,
    );
    const edited = await check(demo, cacheDir);
    expect(edited.stdout).toMatch(
      /MISSING BWA-POL-001 Information Security Policy\n {2}unfilled organisation\.turnover_band/,
    );
    // Exactly what a run that keeps nothing prints.
    expect(edited).toEqual(await check(demo, cacheDir, { ISMS_RESULT_CACHE: '0' }));

    // Put back as it was (`git checkout`): the first answer again.
    await replaceFromAnotherProcess(body, text);
    expect(await check(demo, cacheDir)).toEqual(first);
  }, 600_000);

  it('sees a register changed by another program', async () => {
    const before = await check(demo, cacheDir);
    const file = join(demo, 'registers', 'risks.json');
    const text = await readFile(file, 'utf8');
    const risks = JSON.parse(text) as { entries: { owner: string | null }[] };
    for (const risk of risks.entries) risk.owner = null;
    await replaceFromAnotherProcess(file, `${JSON.stringify(risks, null, 2)}\n`);
    const after = await check(demo, cacheDir);
    expect(after.stdout).not.toEqual(before.stdout);
    expect(after).toEqual(await check(demo, cacheDir, { ISMS_RESULT_CACHE: '0' }));
    await replaceFromAnotherProcess(file, text);
  }, 600_000);
});
