import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckedRecords } from '../../backend/render/checked-records';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createDispatcher } from '../../core/api/dispatch';
import { createService } from '../../core/api/service';
import type { CheckedRecords } from '../../core/api/service/export-batch';
import { isTrustedReading, recordChecks } from '../../core/doccontrol/checked-records';
import { parseSnapshot } from '../../core/doccontrol/snapshot';
import { copyDemo } from '../support/demo-copy';
import { fixedClock } from '../support/fixed-clock';
import { createTestInProcessRunner } from '../support/render-limit';
import { makeTempDir } from '../support/temp-dir';

// A frozen record whose exact text this code checked before is read without its schema check;
// any other text, one changed byte included, is checked and reported as it always was.

const recordFile = 'history/BWA-POL-001@1.0.json';

describe('frozen records checked before', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir = '';
  let text = '';

  beforeAll(async () => {
    temp = await makeTempDir('isms-checked-records-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    text = await readFile(join(dir, recordFile), 'utf8');
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('keeps the digest of a text checked now, and knows no other text', async () => {
    const list = createCheckedRecords(join(temp.dir, 'cache', 'checked.list'));
    expect((await list.known([text])).size).toBe(0);
    const { noted } = recordChecks(new Set());
    const checked = parseSnapshot(text, recordFile, { trusted: new Set(), noted });
    expect([...noted]).toEqual([text]);
    await list.remember(noted);
    expect([...(await list.known([text]))]).toEqual([text]);
    const changed = text.replace('"format": 2', '"format": 2 ');
    expect(changed).not.toBe(text);
    expect((await list.known([changed])).size).toBe(0);
    // The list holds digests only, never a record's text.
    const kept = await readFile(join(temp.dir, 'cache', 'checked.list'), 'utf8');
    expect(kept.trim()).toMatch(/^[0-9a-f]{64}$/);
    // A trusted text reads as the schema read it.
    const checks = recordChecks(new Set([text]));
    const trusted = parseSnapshot(text, recordFile, checks);
    expect(isTrustedReading(trusted)).toBe(true);
    expect(trusted).toEqual(checked);
    expect(isTrustedReading(parseSnapshot(changed, recordFile, checks))).toBe(false);
  });

  it("keeps each export's trusted and checked texts apart, however their calls interleave", () => {
    const first = recordChecks(new Set([text]));
    const second = recordChecks(new Set());
    // The second export starts while the first is still reading its records.
    expect(isTrustedReading(parseSnapshot(text, recordFile, first))).toBe(true);
    expect(isTrustedReading(parseSnapshot(text, recordFile, second))).toBe(false);
    expect(isTrustedReading(parseSnapshot(text, recordFile, first))).toBe(true);
    // Only the export that checked the text notes it; a parse outside any export notes nothing.
    expect([...first.noted]).toEqual([]);
    expect([...second.noted]).toEqual([text]);
    expect(isTrustedReading(parseSnapshot(text, recordFile))).toBe(false);
    expect([...second.noted]).toEqual([text]);
  });

  it('still reports a record broken after it was checked, naming the file and field', () => {
    const broken = text.replace(/"approvedAt": "[^"]*"/, '"approvedAt": 12');
    expect(broken).not.toBe(text);
    expect(() => parseSnapshot(broken, recordFile, recordChecks(new Set([text])))).toThrow(
      `${recordFile}: approvedAt`,
    );
  });

  it('exports the same bytes and warnings with the list as without it, a tampered record included', async () => {
    const calls: number[] = [];
    const inner = createCheckedRecords(join(temp.dir, 'cache', 'export.list'));
    const counted: CheckedRecords = {
      known: async (texts) => {
        const known = await inner.known(texts);
        calls.push(known.size);
        return known;
      },
      remember: inner.remember,
    };
    const api = (checkedRecords: CheckedRecords | null): Api =>
      createApiClient(
        createDispatcher(
          createService({
            store: createFileWorkspaceStore(),
            templates: createTemplateSource(),
            clock: fixedClock,
            runner: createTestInProcessRunner(),
            checkedRecords,
          }),
        ),
      );
    const exportAll = (checked: CheckedRecords | null) =>
      api(checked)['documents.exportMany']({ dir });
    const plain = await exportAll(null);
    const first = await exportAll(counted);
    const second = await exportAll(counted);
    expect(calls[0]).toBe(0);
    // Every approved document's record was checked by the first export and trusted by the second.
    expect(calls[1]).toBeGreaterThanOrEqual(50);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    // The frozen data edited by hand: a new text, checked, and no longer "as approved".
    const record = JSON.parse(text) as { data: { organisation: { name: string } } };
    const tampered = text.replace(
      JSON.stringify(record.data.organisation.name),
      JSON.stringify(`${record.data.organisation.name} Ltd`),
    );
    expect(tampered).not.toBe(text);
    await writeFile(join(dir, recordFile), tampered);
    const afterPlain = await exportAll(null);
    const afterListed = await exportAll(counted);
    expect(afterListed).toEqual(afterPlain);
    expect(calls[2]).toBe(calls[1]! - 1);
    // Broken by hand: reported as without the list, naming the file and the field.
    await writeFile(
      join(dir, recordFile),
      text.replace(/"approvedAt": "[^"]*"/, '"approvedAt": 12'),
    );
    const outcome = (checked: CheckedRecords | null) =>
      exportAll(checked).then(
        (files) => JSON.stringify(files.map(({ id, warnings }) => ({ id, warnings }))),
        (error: unknown) => String(error),
      );
    const brokenPlain = await outcome(null);
    expect(brokenPlain).toContain(`${recordFile}: approvedAt`);
    expect(await outcome(counted)).toBe(brokenPlain);
  }, 300_000);
});
