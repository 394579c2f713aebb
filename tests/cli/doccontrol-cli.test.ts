import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readDocxParts } from '../support/docx-parts';
import { cli, useCliDemo } from '../support/workspace-setup';

// The internal audit plan is a draft in the demo, owned by Grace Lee.
const DRAFT = 'BWA-PLN-006';

describe('isms submit, approve, withdraw, history, compare and master-list', () => {
  const setup = useCliDemo('isms-doccontrol-cli-');
  let temp: { dir: string };
  let demo: string;
  beforeAll(() => ({ temp, demo } = setup));

  it('explains each command and refuses a call without its options', async () => {
    for (const command of ['submit', 'approve', 'withdraw', 'compare', 'master-list']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: isms ${command} DIR`);
    }
    const missing = await cli('approve', demo, DRAFT, '--reason', 'First issue');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --approver NAME');
  });

  it('approves a draft through review, by someone other than its owner, and freezes it', async () => {
    const early = await cli('approve', demo, DRAFT, '--approver', 'Maria Okafor', '--reason', 'x');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/not in review|submit/i);

    expect((await cli('submit', demo, DRAFT)).stdout).toContain(
      `${DRAFT} version 0.1 is in review`,
    );
    const owner = JSON.parse(await readFile(join(demo, 'workspace.json'), 'utf8')) as {
      documents: { id: string; owner: string }[];
      people: { id: string; name: string }[];
    };
    const ownerId = owner.documents.find((d) => d.id === DRAFT)!.owner;
    const ownerName = owner.people.find((p) => p.id === ownerId)!.name;
    const self = await cli('approve', demo, DRAFT, '--approver', ownerName, '--reason', 'Mine');
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('another person must approve it');

    const unknown = await cli('approve', demo, DRAFT, '--approver', 'Nobody', '--reason', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Maria Okafor');

    const approved = await cli(
      'approve',
      demo,
      DRAFT,
      '--approver',
      'maria okafor',
      '--reason',
      'First issue',
    );
    expect(approved.stdout).toContain(`${DRAFT} approved as version 1.0 on 2026-11-28`);
    expect(approved.code).toBe(0);
    const frozen = await readFile(join(demo, 'history', `${DRAFT}@1.0.json`), 'utf8');
    expect(JSON.parse(frozen)).toMatchObject({ format: 2, version: '1.0' });

    const history = await cli('history', demo, DRAFT);
    expect(history.stdout).toContain('Approved, working version 1.0');
    expect(history.stdout).toMatch(/1\.0 {2}2026-11-28 {2}Maria Okafor \(author .+\): First issue/);
  }, 120_000);

  it('compares the approved version with an edit, as text and as a Word redline', async () => {
    const file = join(demo, 'documents', `${DRAFT}.md`);
    const body = await readFile(file, 'utf8');
    await writeFile(file, `${body}\nEvery audit is planned at least one month ahead.\n`);
    const text = await cli('compare', demo, DRAFT, '1.0', 'current');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('{+');
    expect(text.stdout).toContain('planned at least one month ahead');

    const out = join(temp.dir, 'redline.docx');
    const redline = await cli('compare', demo, DRAFT, '1.0', 'current', '--out', out);
    expect(redline.code).toBe(0);
    const xml = readDocxParts(new Uint8Array(await readFile(out)))['word/document.xml']!;
    expect(xml).toMatch(/<w:ins [^>]*>[\s\S]*?planned at least one month ahead/);

    const bad = await cli('compare', demo, DRAFT, '1.0', 'current', '--out', 'x.pdf');
    expect(bad.code).toBe(2);
  }, 120_000);

  it('withdraws a document, keeps it in the master list and writes the list as a workbook', async () => {
    const noReason = await cli('withdraw', demo, DRAFT);
    expect(noReason.code).toBe(2);
    const withdrawn = await cli('withdraw', demo, DRAFT, '--reason', 'Replaced by the programme');
    expect(withdrawn.stdout).toContain(`${DRAFT} is withdrawn`);

    const list = await cli('master-list', demo);
    expect(list.stdout).toMatch(new RegExp(`${DRAFT}\\t1\\.0\\tWithdrawn`));
    const out = join(temp.dir, 'master.xlsx');
    expect((await cli('master-list', demo, '--out', out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Register of documents')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['ID', 'Title', 'Version']);
  }, 120_000);
});
