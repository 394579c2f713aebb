import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBackend } from '../../backend/compose';
import { runCli } from '../../backend/cli/main';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

describe('isms add --all', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const added = new Map<string, string>();

  beforeAll(async () => {
    temp = await makeTempDir('isms-add-all-');
    const dir = join(temp.dir, 'ws');
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined };
    const dispatch = createBackend({ clock: fixedClock }).dispatch;
    expect(await runCli(['init', dir], io, dispatch)).toBe(0);
    expect(await runCli(['add', dir, '--all'], io, dispatch)).toBe(0);
    for (const line of out) {
      const match = /^Added (\S+) (.+)$/.exec(line);
      if (match) added.set(match[2]!, match[1]!);
    }
  });
  afterAll(() => temp.cleanup());

  it('numbers the information security policy first and the scope first among records', () => {
    expect(added.get('Information Security Policy')).toBe('ISMS-POL-001');
    expect(added.get('ISMS Scope')).toBe('ISMS-REC-001');
  });

  it('numbers topic policies in Annex A order after the top-level policy', () => {
    const number = (title: string) => Number(added.get(title)?.slice(-3));
    expect(number('Acceptable Use Policy')).toBeLessThan(number('Access Control Policy'));
    expect(number('Access Control Policy')).toBeLessThan(
      number('Cryptography and Key Management Policy'),
    );
    expect(number('Cryptography and Key Management Policy')).toBeLessThan(
      number('Secure Development Policy'),
    );
  });

  it('numbers clause procedures in clause order', () => {
    const risk = added.get('Risk Assessment and Treatment Methodology');
    const audit = added.get('Internal Audit Procedure and Programme');
    expect(risk && audit && risk < audit).toBe(true);
  });
});
