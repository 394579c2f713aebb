import { describe, expect, it } from 'vitest';
import { buildDocx } from './build-docx';
import { sampleInput } from './fixtures/sample-policy';
import { openDocx, textOf } from './fixtures/read-docx';

const generated = sampleInput({
  status: 'generated',
  documentId: 'BWA Stage 1 pack',
  version: '2026-11-28',
  approverName: '',
  approvedAt: null,
  nextReviewDate: null,
  revisions: [],
});

describe('a generated report (readiness report, register of documents)', () => {
  it('says how it was generated instead of printing an empty document control', async () => {
    const xml = openDocx(await buildDocx(generated)).part('word/document.xml');
    const text = textOf(xml);
    expect(text).toContain('About this document');
    expect(text).toContain('Generated on2026-11-28');
    expect(text).toContain('Generated fromThe ISMS workspace of Brightwater Analytics');
    expect(text).toContain('not approved or revised');
    for (const noise of [
      'Not yet approved',
      'Revision history',
      'No revisions recorded',
      'Next review',
    ]) {
      expect(text).not.toContain(noise);
    }
  });

  it('keeps the full document control for a controlled document', async () => {
    const xml = openDocx(await buildDocx(sampleInput({ approvedAt: null }))).part(
      'word/document.xml',
    );
    expect(textOf(xml)).toContain('Not yet approved');
    expect(textOf(xml)).not.toContain('About this document');
  });
});
