import { describe, expect, it } from 'vitest';
import { listTemplateFields } from '../../../../core/templates/fields';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { liquidSignature, refetchAfterSave } from './after-save';

const BODY = [
  '# Access control',
  '',
  '{{ organisation.name }} grants access on request.',
  '{% if policy.mfa %}MFA is required for {{ roles.ismsManager.name }}.{% endif %}',
].join('\n');

const fields = (body: string) => listTemplateFields({ id: 'x', body, bodyLine: 1 });

const meta = (status: DocumentMeta['status'], version = '0.1') =>
  ({ id: 'ACME-POL-001', status, version, updatedAt: '2026-11-28' }) as unknown as DocumentMeta;

describe('what a body save leaves to fetch again', () => {
  it('fetches nothing after typing plain text that moves no placeholder', () => {
    const typed = BODY.replace('on request', 'on a written request');
    expect(fields(typed)).toEqual(fields(BODY));
    const draft = meta('draft');
    expect(
      refetchAfterSave({
        shown: draft,
        saved: meta('draft'),
        fieldsOf: liquidSignature(BODY),
        body: typed,
      }),
    ).toEqual({ control: false, fields: false });
  });

  it('fetches the fields when a placeholder is added, edited or moved', () => {
    const signature = liquidSignature(BODY);
    const changed = [
      `${BODY}\nOwner: {{ document.owner }}`,
      BODY.replace('roles.ismsManager', 'roles.topManagement'),
      BODY.replace('# Access control', '# Access control\n'),
      BODY.replace('{{ organisation', 'Today {{ organisation'),
      `${BODY}\n{{ unfinished`,
    ];
    for (const body of changed) {
      expect(liquidSignature(body)).not.toBe(signature);
      const answer = refetchAfterSave({
        shown: meta('draft'),
        saved: meta('draft'),
        fieldsOf: signature,
        body,
      });
      expect(answer.fields).toBe(true);
    }
  });

  it('fetches the state and history when the save changed the metadata or the document is approved', () => {
    const same = { fieldsOf: liquidSignature(BODY), body: BODY };
    expect(
      refetchAfterSave({ ...same, shown: meta('approved', '1.0'), saved: meta('draft', '1.1') })
        .control,
    ).toBe(true);
    expect(
      refetchAfterSave({ ...same, shown: meta('approved'), saved: meta('approved') }).control,
    ).toBe(true);
    expect(
      refetchAfterSave({ ...same, shown: meta('review'), saved: meta('review') }).control,
    ).toBe(false);
  });
});
