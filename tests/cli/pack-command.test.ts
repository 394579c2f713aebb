import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { createBackend } from '../../backend/compose';
import { runCli } from '../../backend/cli/main';
import { readDocxParts } from '../support/docx-parts';
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

const docText = (bytes: Uint8Array) =>
  [...(readDocxParts(bytes)['word/document.xml'] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ');

const sheetRows = async (bytes: Uint8Array, sheet: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  const rows: string[][] = [];
  ws?.eachRow((row) =>
    rows.push(
      (row.values as (string | number | boolean | null)[]).slice(1).map((v) => String(v ?? '')),
    ),
  );
  return rows;
};

describe('isms pack: the Stage 1 pack', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let demo: string;
  let approvedOnly: Record<string, Uint8Array>;
  let zipBytes: Uint8Array;

  beforeAll(async () => {
    temp = await makeTempDir('isms-pack-');
    demo = join(temp.dir, 'demo');
    await copyDemo(demo);
    const result = await cli('pack', demo, '--out', join(temp.dir, 'a.zip'));
    expect(result.code).toBe(0);
    zipBytes = new Uint8Array(await readFile(join(temp.dir, 'a.zip')));
    approvedOnly = unzipSync(zipBytes);
  }, 600_000);
  afterAll(() => temp.cleanup());

  it('files approved documents by clause area, leaves drafts out, and adds registers, traceability and the report', () => {
    const paths = Object.keys(approvedOnly);
    expect(paths).toContain(
      '03 Leadership (clause 5)/BWA-POL-001 Information Security Policy.docx',
    );
    expect(paths.some((p) => p.includes('(DRAFT)'))).toBe(false);
    expect(paths).toEqual(
      expect.arrayContaining([
        '01 Readiness/Readiness report.docx',
        '10 Registers/Risk register.xlsx',
        '10 Registers/Statement of Applicability.xlsx',
        '11 Register of documents/Register of documents.xlsx',
        '12 Traceability/Traceability matrix.xlsx',
        'MANIFEST.sha256',
      ]),
    );
  });

  it('lists the SHA-256 of every other file in the manifest, and each hash matches', () => {
    const lines = strFromU8(approvedOnly['MANIFEST.sha256'] ?? new Uint8Array())
      .trim()
      .split('\n');
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)]));
    const others = Object.keys(approvedOnly).filter((p) => p !== 'MANIFEST.sha256');
    expect([...listed.keys()].sort()).toEqual(others.sort());
    for (const path of others) {
      const hash = createHash('sha256')
        .update(approvedOnly[path] ?? new Uint8Array())
        .digest('hex');
      expect(listed.get(path), path).toBe(hash);
    }
  });

  it('gives the same ZIP bytes for the same workspace', async () => {
    await cli('pack', demo, '--out', join(temp.dir, 'b.zip'));
    const again = new Uint8Array(await readFile(join(temp.dir, 'b.zip')));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(zipBytes))).toBe(0);
    // Streamed into a hidden file beside --out and renamed at the end: nothing else is left.
    expect((await readdir(temp.dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  }, 600_000);

  it('traces every Annex A control to its SoA decision, documents and risks', async () => {
    const rows = await sheetRows(
      approvedOnly['12 Traceability/Traceability matrix.xlsx']!,
      'Annex A controls',
    );
    expect(rows).toHaveLength(94);
    const access = rows.find((r) => r[0] === 'A.5.15');
    expect(access?.[3]).toBe('Yes');
    expect(access?.[6]).toMatch(/BWA-POL-\d{3} \((approved|draft)\)/);
    const clauses = await sheetRows(
      approvedOnly['12 Traceability/Traceability matrix.xlsx']!,
      'Clauses 4-10',
    );
    expect(clauses.find((r) => r[0] === '5.2')?.[2]).toContain('BWA-POL-001 [current]');
  });

  it('with --include-drafts carries the drafts, marked as drafts on their cover', async () => {
    const out = join(temp.dir, 'drafts.zip');
    const result = await cli('pack', demo, '--out', out, '--include-drafts');
    const counts = /(\d+) document\(s\), (\d+) of them drafts/.exec(result.stdout);
    const bodies = (await readdir(join(demo, 'documents'))).filter((f) => f.endsWith('.md'));
    expect(Number(counts?.[1])).toBe(bodies.length);
    expect(Number(counts?.[2])).toBeGreaterThan(0);
    expect(Number(counts?.[2])).toBeLessThan(bodies.length);
    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(files).filter((p) => p.endsWith('.docx')).length).toBeGreaterThanOrEqual(
      bodies.length,
    );
    const draft = Object.keys(files).find((p) => p.endsWith('(DRAFT).docx'));
    expect(draft).toMatch(/^\d\d [^/]+\/BWA-[A-Z]{3}-\d{3} .+ \(DRAFT\)\.docx$/);
    expect(docText(files[draft!]!)).toContain('DRAFT - not approved');
    expect(
      docText(files['03 Leadership (clause 5)/BWA-POL-001 Information Security Policy.docx']!),
    ).not.toContain('DRAFT');
  }, 600_000);

  it('packs an empty workspace with its readiness report, and refuses an --out that is not a .zip', async () => {
    const blank = join(temp.dir, 'blank');
    await cli('init', blank);
    const result = await cli('pack', blank, '--out', join(temp.dir, 'blank.zip'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('No approved documents yet');
    const files = unzipSync(new Uint8Array(await readFile(join(temp.dir, 'blank.zip'))));
    expect(strFromU8(files['01 Readiness/Readiness report.txt']!)).toContain('0% - not ready');
    const wrong = await cli('pack', blank, '--out', join(temp.dir, 'pack.docx'));
    expect(wrong.code).toBe(2);
  }, 120_000);
});
