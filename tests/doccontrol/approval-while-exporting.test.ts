import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { readDocxParts } from '../support/docx-parts';
import { useDemoPerTest } from '../support/doccontrol-demo';

// An approval by the command line (another process) while the app exports the same document:
// every export is either the draft under review or exactly the Word file the approval stored,
// never a failure and never anything in between.

const run = promisify(execFile);
const ISMS = join(import.meta.dirname, '..', '..', 'bin', 'isms.mjs');
const POLICY = 'BWA-POL-002';

describe('an approval in one process while another exports', () => {
  let api: Api;
  let dir: string;
  useDemoPerTest((opened) => ({ api, dir } = opened));

  it('gives either the draft or the stored approved file', async () => {
    const { body } = await api['documents.get']({ dir, id: POLICY });
    await api['documents.update']({ dir, id: POLICY, body: `${body}\nA clarified paragraph.\n` });
    await api['documents.submitForReview']({ dir, id: POLICY });

    let approving = true;
    const approval = run(
      process.execPath,
      [ISMS, 'approve', dir, POLICY, '--approver', 'Maria Okafor', '--reason', 'Clarified'],
      { env: { ...process.env, ISMS_FIXED_TIME: '2026-11-28T09:00:00Z' }, timeout: 600_000 },
    ).finally(() => {
      approving = false;
    });
    const seen: Uint8Array[] = [];
    const exportOnce = async () => {
      const result = await api['documents.export']({ dir, id: POLICY });
      expect(result.warnings).toEqual([]);
      seen.push(base64ToBytes(result.data));
    };
    // On until the other process has finished approving, then once more.
    do await exportOnce();
    while (approving);
    const { stdout } = await approval;
    await exportOnce();
    expect(stdout).toContain(`${POLICY} approved as version 1.1`);

    const stored = await readFile(join(dir, 'history', `${POLICY}@1.1.docx`));
    for (const bytes of seen) {
      if (Buffer.from(bytes).equals(stored)) continue;
      const core = readDocxParts(bytes)['docProps/core.xml']!;
      expect(core).toContain('<cp:contentStatus>review</cp:contentStatus>');
    }
    // The export after the approval is the stored file itself.
    expect(Buffer.from(seen[seen.length - 1]!).equals(stored)).toBe(true);
  }, 600_000);
});
