import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import type { Profile } from '../../core/api/contract';
import type { Workspace } from '../../core/model/workspace';
import { runCli } from '../../backend/cli/main';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

const backend = createBackend({ clock: fixedClock });

const saved = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as Workspace;

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    backend.dispatch,
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('isms decisions: policy values top management must confirm', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blank: string;
  let demo: string;
  beforeAll(async () => {
    temp = await makeTempDir('isms-decisions-');
    blank = join(temp.dir, 'blank');
    demo = join(temp.dir, 'demo');
    await cli('init', blank);
    await copyDemo(demo);
  });
  afterAll(() => temp.cleanup());

  it('lists every decision of a blank workspace as still to be confirmed', async () => {
    const result = await cli('decisions', blank);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /rtoHours\s+24 hours\s+TO BE CONFIRMED: proposed, never confirmed/,
    );
    expect(result.stdout).toContain(
      '9 of 9 policy decisions still to be confirmed by top management; nobody holds the top management role yet.',
    );
  });

  it('lists each unconfirmed decision in isms check as a decision not taken, with where to fix it', async () => {
    const result = await cli('check', blank);
    const lines = result.stdout.split('\n').filter((l) => l.includes('Decision not taken'));
    expect(lines).toHaveLength(9);
    expect(result.stdout).toContain(
      'Decision not taken: Personal data breach notification (72 hours) is proposed, not confirmed by top management.',
    );
    const json = JSON.parse((await cli('check', blank, '--json')).stdout) as {
      report: { requirements: { findings: { rule: string; target: unknown }[] }[] };
    };
    const findings = json.report.requirements
      .flatMap((r) => r.findings)
      .filter((f) => f.rule === 'policy.to-be-confirmed');
    expect(findings).toHaveLength(9);
    expect(findings[0]?.target).toEqual({ kind: 'profile', section: 'decisions' });
  });

  it('refuses a confirmation while nobody holds the top management role', async () => {
    const result = await cli('decisions', 'confirm', blank, 'rtoHours', '--by', 'Someone');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nobody holds the top management role');
    expect((await saved(blank)).confirmedDecisions).toEqual({});
  });

  it('shows the demo with every decision confirmed by top management before the policies were approved', async () => {
    const result = await cli('decisions', demo);
    expect(result.stdout.match(/confirmed by Maria Okafor on 2026-09-08/g)).toHaveLength(9);
    expect(result.stdout).toContain('Every policy decision is confirmed.');
    expect((await cli('check', demo)).stdout).not.toContain('Decision not taken');
  });

  it('changes and confirms a value in one step, recording who and when, and documents print it settled', async () => {
    const result = await cli(
      'decisions',
      'confirm',
      demo,
      'rtoHours',
      '--value',
      '8 hours',
      '--by',
      'Maria Okafor',
      '--on',
      '2026-11-20',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Recovery time objective: 8 hours, confirmed by Maria Okafor on 2026-11-20.',
    );
    const ws = await saved(demo);
    expect(ws.parameters.rtoHours).toBe(8);
    expect(ws.confirmedDecisions.rtoHours).toEqual({
      value: '8 hours',
      confirmedBy: 'maria-okafor',
      confirmedOn: '2026-11-20',
    });
    const bia = (await cli('render', demo, 'BWA-RPT-003')).stdout;
    expect(bia).toContain('8 hours');
    expect(bia).not.toContain('to be confirmed');
  });

  it('makes a confirmed value a proposal again when it is changed in the profile', async () => {
    const profile = await backend.dispatch('profile.get', { dir: demo });
    if (!profile.ok) throw new Error(profile.error.message);
    const parameters = { ...(profile.data as Profile).parameters, rpoHours: 2 };
    expect(
      (await backend.dispatch('profile.update', { dir: demo, patch: { parameters } })).ok,
    ).toBe(true);
    const list = await cli('decisions', demo);
    expect(list.stdout).toMatch(
      /rpoHours\s+2 hours\s+TO BE CONFIRMED: changed since Maria Okafor confirmed "24 hours" on 2026-09-08/,
    );
    expect((await cli('check', demo)).stdout).toContain(
      'Decision not taken: Recovery point objective (2 hours) was changed after top management confirmed it',
    );
  });

  it('refuses someone outside top management, a bad value and a future date, naming the problem', async () => {
    const ciso = await cli('decisions', 'confirm', demo, 'rpoHours', '--by', 'Priya Shah');
    expect(ciso.code).toBe(1);
    expect(ciso.stderr).toContain(
      'policy decisions are confirmed by top management (Maria Okafor); Priya Shah does not hold that role',
    );
    const bad = await cli(
      'decisions',
      'confirm',
      demo,
      'rpoHours',
      '--value',
      'two',
      '--by',
      'maria-okafor',
    );
    expect(bad.stderr).toContain(
      'value: Recovery point objective: expected a whole number of hours',
    );
    const unit = await cli(
      'decisions',
      'confirm',
      demo,
      'rpoHours',
      '--value',
      '2 days',
      '--by',
      'maria-okafor',
    );
    expect(unit.code).toBe(1);
    const future = await cli(
      'decisions',
      'confirm',
      demo,
      'rpoHours',
      '--by',
      'maria-okafor',
      '--on',
      '2026-12-01',
    );
    expect(future.stderr).toContain('on: 2026-12-01 is in the future');
    const unknown = await cli('decisions', 'confirm', demo, 'coffeeBreaks', '--by', 'maria-okafor');
    expect(unknown.stderr).toContain('no policy decision "coffeeBreaks"');
    const ws = await saved(demo);
    expect(ws.confirmedDecisions.rpoHours?.value).toBe('24 hours');
  });

  it("confirms classification levels given as names, keeping each level's description", async () => {
    const result = await cli(
      'decisions',
      'confirm',
      demo,
      'classificationLevels',
      '--value',
      'Public, Internal, Confidential',
      '--by',
      'Maria Okafor',
    );
    expect(result.code).toBe(0);
    const ws = await saved(demo);
    expect(ws.organisation.classification.levels.map((l) => l.name)).toEqual([
      'Public',
      'Internal',
      'Confidential',
    ]);
    expect(ws.organisation.classification.levels[0]?.description).toContain('publication');
    const noDefault = await cli(
      'decisions',
      'confirm',
      demo,
      'classificationLevels',
      '--value',
      'Open, Secret',
      '--by',
      'Maria Okafor',
    );
    expect(noDefault.stderr).toContain('keep the default level "Internal"');
  });
});
