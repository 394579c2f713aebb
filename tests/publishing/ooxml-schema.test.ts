import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../core/api/base64';
import { buildDocx } from '../../core/docx/build-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { COVER_LAYOUTS } from '../../core/model/branding';
import { DEFAULT_BRANDING } from '../../core/publish/branding';
import { exportDemoDocuments } from '../support/demo-export';
import { validateAll } from '../support/ooxml-schema';
import { makeTempDir } from '../support/temp-dir';

/** The package with one part's text changed. */
const edit = (bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array => {
  const files = unzipSync(bytes);
  files[part] = strToU8(change(new TextDecoder().decode(files[part])));
  return zipSync(files);
};

describe('every exported Word part validates against the OOXML schemas', () => {
  let dir: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => dir.cleanup());

  it('reports a misplaced element and a value outside its enumeration', async () => {
    const good = await buildDocx(sampleInput());
    const problems = await validateAll(dir.dir, [
      { name: 'sample', bytes: good },
      {
        name: 'misplaced',
        bytes: edit(good, 'word/document.xml', (xml) =>
          xml.replace(
            /<w:pPr><w:pStyle w:val="([^"]+)"\/>/,
            '<w:pPr><w:keepNext/><w:pStyle w:val="$1"/>',
          ),
        ),
      },
      {
        name: 'sideways',
        bytes: edit(good, 'word/document.xml', (xml) =>
          xml.replace(/w:orient="portrait"/, 'w:orient="sideways"'),
        ),
      },
    ]);
    expect(problems.some((p) => p.startsWith('sample:'))).toBe(false);
    expect(problems.find((p) => p.startsWith('misplaced:'))).toMatch(/word\/document\.xml.*pPr/);
    expect(problems.find((p) => p.startsWith('sideways:'))).toMatch(/pgSz.*'sideways'/);
  }, 120_000);

  it('holds for every demo document, the master list and a redline', async () => {
    const root = `${dir.dir}/demo`;
    const { api, docs, files: packages } = await exportDemoDocuments(root);
    expect(docs.length).toBeGreaterThan(40);
    const register = await api['documents.exportRegister']({ dir: root, format: 'docx' });
    packages.push({ name: 'master-list', bytes: base64ToBytes(register.data) });
    const reissued = docs.find((d) => d.id === 'BWA-PLN-001');
    expect(reissued).toBeDefined();
    const redline = await api['documents.exportRedline']({
      dir: root,
      id: 'BWA-PLN-001',
      from: '1.1',
      to: 'current',
    });
    packages.push({ name: 'redline', bytes: base64ToBytes(redline.data) });
    expect(await validateAll(dir.dir, packages)).toEqual([]);
  }, 900_000);

  it('holds for every cover layout with the approval block, notes and a logo', async () => {
    const packages = await Promise.all(
      COVER_LAYOUTS.map(async (coverLayout) => ({
        name: `cover-${coverLayout}`,
        bytes: await buildDocx(
          sampleInput({
            branding: {
              ...DEFAULT_BRANDING,
              coverLayout,
              colour: '0B6E4F',
              headingFont: 'Cambria',
              bodyFont: 'Arial',
              headerText: 'Brightwater',
              footerText: 'Company confidential',
              approvalBlock: true,
              uncontrolledNote: true,
            },
          }),
        ),
      })),
    );
    expect(await validateAll(dir.dir, packages)).toEqual([]);
  }, 300_000);
});
