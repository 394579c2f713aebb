import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_NAME_BYTES, safeName } from './layout';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('pack entry names', () => {
  it('replaces characters some systems refuse', () => {
    expect(safeName('BWA-POL-001 Access: Control / Policy?')).toBe(
      'BWA-POL-001 Access- Control - Policy-',
    );
  });

  it('keeps a long wide-character title within the byte limit, the ID first and the draft mark last', () => {
    const name = safeName(`BWA-POL-004 ${'情報セキュリティ方針 '.repeat(40)}`, ' (DRAFT)');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
    expect(name).toMatch(/^BWA-POL-004 情報/u);
    expect(name.endsWith(' (DRAFT)')).toBe(true);
    expect(name).not.toContain('\uFFFD');
    // A 320-character title: still short enough for every file system once .docx is added.
    expect(bytes(`${safeName(`BWA-POL-005 ${'x'.repeat(320)}`)}.docx`)).toBeLessThanOrEqual(255);
  });
});
