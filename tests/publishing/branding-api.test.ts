import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import { buildDocx } from '../../core/docx/build-docx';
import { sampleInput, sampleLogo } from '../../core/docx/fixtures/sample-policy';
import { readDocxParts } from '../support/docx-parts';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

const api = createApiClient((method, input) =>
  createBackend({ clock: fixedClock, renderWorkers: false }).dispatch(method, input),
);

const stylesOf = async (root: string, id: string) => {
  const exported = await api['documents.export']({ dir: root, id });
  return { parts: readDocxParts(base64ToBytes(exported.data)), warnings: exported.warnings };
};

describe('branding through the API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let root: string;
  let id: string;

  beforeAll(async () => {
    temp = await makeTempDir('isms-branding-');
    root = join(temp.dir, 'blank');
    await api['workspace.create']({ dir: root, from: 'blank' });
    id = (await api['documents.create']({ dir: root, templateId: 'information-security-policy' }))
      .id;
  });
  afterAll(() => temp.cleanup());

  it('previews a real document as it stands, and a labelled draft sample when there is none', async () => {
    const empty = join(temp.dir, 'empty');
    await api['workspace.create']({ dir: empty, from: 'blank' });
    // No document: no made-up "Approved" state; the screen shows its own labelled draft sample.
    expect((await api['branding.get']({ dir: empty })).sample).toBeNull();
    const policy = await api['documents.create']({
      dir: empty,
      templateId: 'information-security-policy',
    });
    expect((await api['branding.get']({ dir: empty })).sample).toEqual({
      documentId: policy.id,
      title: policy.title,
      version: policy.version,
      status: 'Draft',
      classification: policy.classification,
    });
  });

  it('changes only the choices a patch names and refuses a bad colour by field', async () => {
    const before = await api['branding.get']({ dir: root });
    expect(before.branding.colour).toBe('1F3864');
    const after = await api['branding.update']({ dir: root, patch: { colour: '0b6e4f' } });
    expect(after.branding.colour).toBe('0B6E4F');
    expect(after.branding.headingFont).toBe(before.branding.headingFont);
    await api['branding.update']({ dir: root, patch: { headingFont: 'Georgia' } });
    expect((await api['branding.get']({ dir: root })).branding.colour).toBe('0B6E4F');
    await expect(api['branding.update']({ dir: root, patch: { colour: 'blue' } })).rejects.toThrow(
      /colour/,
    );
    const { parts } = await stylesOf(root, id);
    expect(parts['word/styles.xml']).toContain('<w:color w:val="0B6E4F"/>');
    expect(parts['word/theme/theme1.xml']).toMatch(/<a:majorFont><a:latin typeface="Georgia"/);
  });

  it('copies a checked logo into the workspace and refuses what is not a usable image', async () => {
    const logo = sampleLogo(300, 100);
    const view = await api['branding.setLogo']({
      dir: root,
      fileName: 'Company Logo.PNG',
      data: bytesToBase64(logo.data),
    });
    expect(view.logo).toMatchObject({ path: 'assets/logo.png', problem: null });
    expect(view.logo.image).toMatchObject({ type: 'png', widthPx: 300, heightPx: 100 });
    expect(await readFile(join(root, 'assets', 'logo.png'))).toEqual(Buffer.from(logo.data));

    const text = bytesToBase64(new TextEncoder().encode('not an image'));
    await expect(
      api['branding.setLogo']({ dir: root, fileName: 'logo.png', data: text }),
    ).rejects.toThrow('logo.png is not a PNG or JPEG image');
    const huge = new Uint8Array(3 * 1024 * 1024);
    huge.set(logo.data);
    await expect(
      api['branding.setLogo']({ dir: root, fileName: 'big.png', data: bytesToBase64(huge) }),
    ).rejects.toThrow(/big\.png is 3\.0 MB; a logo may be at most 2\.0 MB/);
    // A refused file changes nothing.
    expect((await api['branding.get']({ dir: root })).logo.path).toBe('assets/logo.png');
  });

  it('reports a logo that went missing on the branding screen and still exports without it', async () => {
    await rm(join(root, 'assets', 'logo.png'));
    const view = await api['branding.get']({ dir: root });
    expect(view.logo.problem).toBe('assets/logo.png cannot be read; exported without a logo');
    const { parts, warnings } = await stylesOf(root, id);
    expect(warnings.map((w) => w.field)).toContain('organisation.logo');
    expect(Object.keys(parts).some((p) => p.startsWith('word/media/'))).toBe(false);
    await api['branding.removeLogo']({ dir: root });
    expect((await api['branding.get']({ dir: root })).logo).toMatchObject({
      path: null,
      problem: null,
    });
  });

  it('uses a reference .docx for styles, and exports with the built-in ones when it breaks', async () => {
    const reference = await buildDocx(sampleInput());
    const styled = readDocxParts(reference)['word/styles.xml']!;
    expect(styled).toContain('w:styleId="Heading1"');
    await expect(
      api['branding.setReferenceDocx']({
        dir: root,
        fileName: 'notes.docx',
        data: bytesToBase64(new TextEncoder().encode('plain text')),
      }),
    ).rejects.toThrow(/notes\.docx is not a Word/);
    const view = await api['branding.setReferenceDocx']({
      dir: root,
      fileName: 'Corporate template.docx',
      data: bytesToBase64(reference),
    });
    expect(view.referenceDocx).toMatchObject({ path: 'assets/reference.docx', problem: null });
    expect(view.referenceDocx.styleNames).toContain('heading 1');
    // The reference's Heading 1 (the built-in navy) wins over the brand colour set earlier.
    const { parts } = await stylesOf(root, id);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1"[\s\S]*?1F3864/);

    await writeFile(join(root, 'assets', 'reference.docx'), 'damaged');
    const broken = await api['branding.get']({ dir: root });
    expect(broken.referenceDocx.problem).toMatch(/assets\/reference\.docx is not a Word/);
    const after = await stylesOf(root, id);
    expect(after.warnings.map((w) => w.field)).toContain('branding.referenceDocx');
    expect(after.parts['word/styles.xml']).toContain('<w:color w:val="0B6E4F"/>');
  });
});
