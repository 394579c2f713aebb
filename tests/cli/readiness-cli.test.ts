import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import { runCli } from '../../backend/cli/main';
import { completeDemoWorkspace } from '../support/complete-workspace';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    createBackend({ clock: fixedClock }).dispatch,
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('isms check: Stage 1 readiness', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir('isms-readiness-');
  });
  afterAll(() => temp.cleanup());

  it('never calls an empty workspace complete: score 0, exit 1, and says what to do first', async () => {
    const blank = join(temp.dir, 'blank');
    await cli('init', blank);
    const result = await cli('check', blank);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Stage 1 readiness on 2026-11-28: 0% - not ready');
    expect(result.stdout).toContain('No documents yet.');
    expect(result.stdout).not.toMatch(/are complete|Ready for Stage 1/);
    expect(result.stdout).toMatch(/1\. Write the scope statement/);
  });

  it('scores the demo honestly and exits 1 while its drafts block Stage 1', async () => {
    const demo = join(temp.dir, 'demo');
    await copyDemo(demo);
    const json = await cli('check', demo, '--json');
    expect(json.code).toBe(1);
    const { report } = JSON.parse(json.stdout) as {
      report: {
        score: number;
        ready: boolean;
        requirements: { id: string; findings: { rule: string }[] }[];
      };
    };
    expect(report.ready).toBe(false);
    expect(report.score).toBeGreaterThan(30);
    expect(report.score).toBeLessThan(100);
    expect(report.requirements.flatMap((r) => r.findings.map((f) => f.rule))).toContain(
      'audit.partial-scope',
    );
  });

  it('exits 0 for a workspace in which nothing blocks Stage 1', async () => {
    const done = join(temp.dir, 'complete');
    await copyDemo(done);
    await completeDemoWorkspace(done);
    const result = await cli('check', done);
    expect(result.stdout).toContain('Ready for Stage 1');
    expect(result.code).toBe(0);
  }, 240_000);
});
