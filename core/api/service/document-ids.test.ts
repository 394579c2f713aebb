import { describe, expect, it } from 'vitest';
import { addMonths } from './dates';
import { exportFileName, nextDocumentId } from './document-ids';

describe('document-ids', () => {
  it('numbers a kind after its highest existing number, never reusing a gap', () => {
    const existing = [{ id: 'ACME-POL-001' }, { id: 'ACME-POL-004' }, { id: 'ACME-PRO-009' }];
    expect(nextDocumentId('ACME', 'policy', existing)).toBe('ACME-POL-005');
    expect(nextDocumentId('ACME', 'procedure', existing)).toBe('ACME-PRO-010');
    expect(nextDocumentId('ACME', 'report', existing)).toBe('ACME-RPT-001');
  });

  it('ignores documents numbered under another prefix', () => {
    expect(nextDocumentId('NEW', 'policy', [{ id: 'OLD-POL-007' }])).toBe('NEW-POL-001');
  });

  it('makes a file name every desktop system accepts', () => {
    expect(exportFileName('BWA-POL-001', 'Access: Control / Policy?')).toBe(
      'BWA-POL-001 Access- Control - Policy-.docx',
    );
    expect(exportFileName('BWA-POL-002', 'Tab\there')).toBe('BWA-POL-002 Tab-here.docx');
  });

  it('shortens a very long title so the name fits every file system, keeping the ID', () => {
    const long = exportFileName('BWA-POL-003', 'Policy '.repeat(46));
    expect(long.startsWith('BWA-POL-003 Policy Policy')).toBe(true);
    expect(long.endsWith('Policy.docx')).toBe(true);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150);
    const wide = exportFileName('BWA-POL-004', 'Sécurité 情報セキュリティ '.repeat(20));
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(150);
    expect(wide).toMatch(/^BWA-POL-004 Sécurité .*\.docx$/u);
    expect(wide).not.toContain('\uFFFD');
  });
});

describe('dates', () => {
  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-10-05', 12)).toBe('2027-10-05');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
