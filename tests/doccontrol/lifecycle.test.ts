import { describe, expect, it } from 'vitest';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Api } from '../../core/api/contract';
import { failure, useDemoPerTest } from '../support/doccontrol-demo';

// Demo people: maria-okafor is top management and never the author of a demo document.
let POLICY = '';

describe('document lifecycle and approval', () => {
  let api: Api;
  let dir: string;
  const demo = useDemoPerTest(async (opened) => {
    ({ api, dir } = opened);
    // A complete draft that was never approved.
    const drafts = (await api['documents.list']({ dir })).filter(
      (d) => d.status === 'draft' && d.unfilledCount === 0 && d.problem === null,
    );
    POLICY = drafts[0]!.id;
  });

  const approve = (id: string, extra: Partial<{ approver: string; reason: string }> = {}) =>
    api['documents.approve']({
      dir,
      id,
      approver: 'maria-okafor',
      reason: 'Reviewed by the ISMS working group',
      ...extra,
    });

  it('refuses to approve a draft that was not submitted for review', async () => {
    const error = await failure(approve(POLICY));
    expect(error.message).toMatch(/submit it for review/);
  });

  it('refuses the author as approver unless the workspace allows it', async () => {
    const meta = (await api['documents.get']({ dir, id: POLICY })).meta;
    await api['documents.submitForReview']({ dir, id: POLICY });
    const error = await failure(approve(POLICY, { approver: meta.owner! }));
    expect(error.message).toMatch(/is the author \(owner\).*another person must approve/);
    expect((await api['documents.get']({ dir, id: POLICY })).meta.status).toBe('review');

    const file = join(dir, 'workspace.json');
    const saved = JSON.parse(await readFile(file, 'utf8')) as { settings: Record<string, unknown> };
    saved.settings.allowSelfApproval = true;
    await writeFile(file, JSON.stringify(saved));
    const approved = await approve(POLICY, { approver: meta.owner! });
    expect(approved.status).toBe('approved');
    const list = await api['documents.list']({ dir });
    expect(list.find((d) => d.id === POLICY)?.control.approvedByAuthor).toBe(true);
  });

  it('requires a reason and a known approver', async () => {
    await api['documents.submitForReview']({ dir, id: POLICY });
    expect((await failure(approve(POLICY, { reason: '  ' }))).message).toMatch(/reason/);
    expect((await failure(approve(POLICY, { approver: 'nobody' }))).message).toMatch(
      /"nobody" is not one of the people/,
    );
  });

  it('refuses a document with unfilled fields or a syntax error', async () => {
    const get = await api['documents.get']({ dir, id: POLICY });
    await api['documents.update']({
      dir,
      id: POLICY,
      body: `${get.body}\n{{ organisation.fax }}\n`,
    });
    await api['documents.submitForReview']({ dir, id: POLICY });
    expect((await failure(approve(POLICY))).message).toMatch(
      /1 unfilled field\(s\): organisation\.fax/,
    );

    await api['documents.update']({
      dir,
      id: POLICY,
      body: `${get.body}\n{% if organisation.name %}\n`,
    });
    await api['documents.submitForReview']({ dir, id: POLICY });
    const error = await failure(approve(POLICY));
    expect(error.message).toMatch(/cannot be approved: .*not closed/);
    const listed = (await api['documents.list']({ dir })).find((d) => d.id === POLICY);
    expect(listed?.control.state).toBe('review');
  });

  it('counts a field used twice as one thing to fill, in the list, readiness and the refusal', async () => {
    // A complete draft that readiness expects (a mandatory document), so its row shows the count.
    const before = await api['readiness.report']({ dir });
    const expectedIds = new Set(
      before.report.requirements.flatMap((r) => r.expected).map((e) => e.documentId),
    );
    const listed = await api['documents.list']({ dir });
    const id = listed.find(
      (d) => expectedIds.has(d.id) && d.status === 'draft' && d.unfilledCount === 0,
    )!.id;
    const get = await api['documents.get']({ dir, id });
    await api['documents.update']({
      dir,
      id,
      body: `${get.body}\n{{ organisation.fax }} / {{ organisation.telex }}\n\nFax: {{ organisation.fax }}\n`,
    });
    await api['documents.submitForReview']({ dir, id });

    const row = (await api['documents.list']({ dir })).find((d) => d.id === id);
    expect(row?.unfilledCount).toBe(2);
    const { report, documents } = await api['readiness.report']({ dir });
    expect(documents.find((d) => d.id === id)?.unfilled).toHaveLength(3);
    const expected = report.requirements
      .flatMap((r) => r.expected)
      .filter((e) => e.documentId === id);
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) expect(e.detail).toBe('2 unfilled field(s)');
    expect((await failure(approve(id))).message).toMatch(
      /2 unfilled field\(s\): organisation\.fax, organisation\.telex$/,
    );
  });

  it('numbers versions by the rule and writes the revision history itself', async () => {
    await api['documents.submitForReview']({ dir, id: POLICY });
    const back = await api['documents.returnToDraft']({ dir, id: POLICY, reason: 'Scope unclear' });
    expect(back.version).toBe('0.2');
    await api['documents.submitForReview']({ dir, id: POLICY });
    const first = await approve(POLICY);
    expect(first).toMatchObject({ version: '1.0', status: 'approved', approver: 'maria-okafor' });
    expect(first.nextReviewDate).toBe('2027-11-28');
    expect(first.revisions.at(-1)?.description).toBe(
      'Approved by Maria Okafor: Reviewed by the ISMS working group',
    );

    const body = (await api['documents.get']({ dir, id: POLICY })).body;
    const edited = await api['documents.update']({
      dir,
      id: POLICY,
      body: `${body}\nOne more line.\n`,
    });
    expect(edited).toMatchObject({ status: 'draft', version: '1.1' });
    await api['documents.submitForReview']({ dir, id: POLICY });
    expect((await approve(POLICY)).version).toBe('1.1');

    await api['documents.update']({ dir, id: POLICY, body: `${body}\nA rewrite.\n` });
    await api['documents.submitForReview']({ dir, id: POLICY });
    const major = await api['documents.approve']({
      dir,
      id: POLICY,
      approver: 'maria-okafor',
      reason: 'Restructured',
      change: 'major',
    });
    expect(major.version).toBe('2.0');
    expect(major.approvals.map((a) => a.version)).toEqual(['1.0', '1.1', '2.0']);
    const control = await api['documents.control']({ dir, id: POLICY });
    expect(control.approvals.every((a) => a.frozen)).toBe(true);
  });

  it('no longer accepts a status or version in the metadata patch', async () => {
    const error = await failure(
      api['documents.update']({ dir, id: POLICY, meta: { status: 'approved' } as never }),
    );
    expect(error.message).toMatch(/status/);
  });

  it('withdraws an approved document, keeping its ID and history; deletes only a never-approved draft', async () => {
    expect((await failure(api['documents.delete']({ dir, id: 'BWA-POL-001' }))).message).toMatch(
      /withdraw it instead/,
    );
    const withdrawn = await api['documents.withdraw']({
      dir,
      id: 'BWA-POL-001',
      reason: 'Replaced by a group policy',
    });
    expect(withdrawn.status).toBe('obsolete');
    const list = await api['documents.list']({ dir });
    expect(list.find((d) => d.id === 'BWA-POL-001')?.control.state).toBe('withdrawn');
    const frozen = await readFile(join(dir, 'history', 'BWA-POL-001@1.0.md'), 'utf8');
    expect(frozen.length).toBeGreaterThan(100);
    await expect(
      api['documents.exportVersion']({ dir, id: 'BWA-POL-001', version: '1.0' }),
    ).resolves.toBeTruthy();

    // A new draft is the highest number of its kind; deleting it must not free its number.
    const highest = await api['documents.create']({ dir, templateId: 'backup-policy' });
    await api['documents.delete']({ dir, id: highest.id });
    const again = await api['documents.create']({ dir, templateId: 'backup-policy' });
    expect(again.id).not.toBe(highest.id);
    expect(again.id > highest.id).toBe(true);
  });

  it('reports a conflicting snapshot instead of recording the approval', async () => {
    await mkdir(join(dir, 'history'), { recursive: true });
    await writeFile(join(dir, 'history', `${POLICY}@1.0.md`), 'text of another document');
    await api['documents.submitForReview']({ dir, id: POLICY });
    const error = await failure(approve(POLICY));
    expect(error.message).toMatch(/already frozen with different content/);
    const meta = (await api['documents.get']({ dir, id: POLICY })).meta;
    expect(meta).toMatchObject({ status: 'review', approvals: [] });
    expect(await readFile(join(dir, 'history', `${POLICY}@1.0.md`), 'utf8')).toBe(
      'text of another document',
    );
  });

  it('flags a review as overdue once the next review date has passed', async () => {
    const before = await api['documents.control']({ dir, id: 'BWA-POL-001' });
    expect(before.view).toMatchObject({ nextReviewDate: '2027-10-05', reviewOverdue: false });
    demo.setDay('2027-10-06');
    const after = await api['documents.list']({ dir });
    expect(after.find((d) => d.id === 'BWA-POL-001')?.control.reviewOverdue).toBe(true);
  });
});
