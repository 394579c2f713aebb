import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { filledNow } from '../../core/api/service/document-control';
import { renderDocument } from '../../core/api/service/render-document';
import { loadTemplateLibrary } from '../../core/api/service/template-library';
import { parseSnapshot, type SnapshotRecord } from '../../core/doccontrol/snapshot';
import { fillCheckOf, readsApprovedData } from '../../core/doccontrol/unchanged-data';
import { dataAt, dataAtJson } from '../../core/doccontrol/used-data';
import { buildRenderContext } from '../../core/templates/context';
import type { Workspace } from '../../core/model/workspace';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

// "Changed since approval" without a render: an approved document whose body reads, today,
// exactly the values it was approved with is unchanged. Checked against the render it replaces.

type Approved = { id: string; body: string; record: SnapshotRecord };

describe('an approved document reading the values it was approved with', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let workspace: Workspace;
  let templates: { id: string; title: string }[];
  const approved: Approved[] = [];

  beforeAll(async () => {
    temp = await makeTempDir('isms-unchanged-data-');
    const dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    const files = await createFileWorkspaceStore().open(dir);
    workspace = await files.read();
    templates = [...(await loadTemplateLibrary(createTemplateSource(), dir)).refs];
    for (const meta of workspace.documents.filter((d) => d.status === 'approved')) {
      const frozen = await files.readSnapshot(meta.id, meta.version);
      const record = parseSnapshot(frozen.record!, `${meta.id}@${meta.version}.json`);
      approved.push({ id: meta.id, body: frozen.body, record });
    }
  }, 120_000);
  afterAll(() => temp.cleanup());

  const shortcut = (ws: Workspace, { record }: Approved) =>
    readsApprovedData({ workspace: ws, templates, record });
  const rendersApproved = async (ws: Workspace, { body, record }: Approved) =>
    // Rendered on this thread: a loaded machine must not stop the long registers at 2 s.
    (await filledNow(ws, record, body, templates, (job) =>
      renderDocument({ ...job, timeLimitMs: 120_000 }),
    )) === record.markdown;

  it('needs no render for any unchanged document of the demo, and agrees with the render', async () => {
    expect(approved.length).toBeGreaterThanOrEqual(50);
    for (const doc of approved) expect(shortcut(workspace, doc), doc.id).toBe(true);
    // The render it replaces gives the approved text for each of them.
    for (const doc of approved.slice(0, 8)) {
      expect(await rendersApproved(workspace, doc), doc.id).toBe(true);
    }
  }, 120_000);

  it('sees a change in a value a document reads, and is never "unchanged" where the render is not', async () => {
    const renamed: Workspace = {
      ...workspace,
      organisation: { ...workspace.organisation, name: 'Brightwater Data Ltd' },
    };
    const firstRisk = workspace.registers.risks[0]!;
    const riskRetitled: Workspace = {
      ...workspace,
      registers: {
        ...workspace.registers,
        risks: [
          { ...firstRisk, title: `${firstRisk.title}, revised` },
          ...workspace.registers.risks.slice(1),
        ],
      },
    };
    for (const changed of [renamed, riskRetitled]) {
      const seen = approved.filter((doc) => !shortcut(changed, doc));
      expect(seen.length).toBeGreaterThan(0);
      for (const doc of approved.filter((d) => !seen.includes(d))) {
        expect(await rendersApproved(changed, doc), doc.id).toBe(true);
      }
    }
    // Every document prints the organisation's name.
    expect(approved.filter((doc) => shortcut(renamed, doc))).toEqual([]);
  }, 300_000);

  it('says nothing for a record approved before the paths it reads were kept', () => {
    const older = { ...approved[0]!.record, reads: undefined } as SnapshotRecord;
    expect(readsApprovedData({ workspace, templates, record: older })).toBe(false);
  });

  it("writes out today's values exactly as the data an approval freezes", () => {
    for (const { id, record } of approved) {
      if (record.format !== 2 || !record.reads) continue;
      const context = buildRenderContext({
        workspace,
        document: record.meta,
        today: record.approvedAt,
        templates,
      });
      const entries = dataAtJson(context, record.reads);
      const joined = `{${entries.map(([k, json]) => `${JSON.stringify(k)}:${json}`).join(',')}}`;
      expect(joined, id).toBe(JSON.stringify(dataAt(context, record.reads)));
    }
  });

  it('sees an edited record, a value changed deep in a register and a reordered register', () => {
    const doc = approved.find((d) => d.record.format === 2 && 'risks' in d.record.data)!;
    expect(doc).toBeDefined();
    // A record edited since its approval, its tag not: compared by rendering instead.
    const edited = { ...doc.record, markdown: `${doc.record.markdown} ` };
    expect(readsApprovedData({ workspace, templates, record: edited })).toBe(false);
    // Edited with a matching tag (as an approval would write it) and the same data: unchanged.
    const retagged = { ...edited, fillCheck: fillCheckOf(edited) } as SnapshotRecord;
    expect(readsApprovedData({ workspace, templates, record: retagged })).toBe(true);
    const risks = workspace.registers.risks;
    const last = risks[risks.length - 1]!;
    const deep: Workspace = {
      ...workspace,
      registers: {
        ...workspace.registers,
        risks: [...risks.slice(0, -1), { ...last, description: `${last.description} (reviewed)` }],
      },
    };
    const reordered: Workspace = {
      ...workspace,
      registers: { ...workspace.registers, risks: [...risks].reverse() },
    };
    for (const changed of [deep, reordered]) {
      expect(readsApprovedData({ workspace: changed, templates, record: doc.record })).toBe(false);
    }
    // The same workspace again (its values' JSON kept from the calls above) is still unchanged.
    expect(readsApprovedData({ workspace, templates, record: doc.record })).toBe(true);
  });
});
