import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { readDocxParts } from '../support/docx-parts';
import { useDemoPerTest } from '../support/doccontrol-demo';

describe('an approved document keeps the branding it was approved with', () => {
  let api: Api;
  let dir: string;
  useDemoPerTest((opened) => ({ api, dir } = opened));

  const styles = async (id: string) =>
    readDocxParts(base64ToBytes((await api['documents.export']({ dir, id })).data))[
      'word/styles.xml'
    ]!;

  it('freezes the colour at approval, so a later rebrand does not change the approved file', async () => {
    const draft = (await api['documents.list']({ dir })).find(
      (d) => d.status === 'draft' && d.unfilledCount === 0 && d.problem === null,
    )!;
    await api['branding.update']({ dir, patch: { colour: '7A1F5C' } });
    await api['documents.submitForReview']({ dir, id: draft.id });
    await api['documents.approve']({
      dir,
      id: draft.id,
      approver: 'maria-okafor',
      reason: 'Reviewed by the ISMS working group',
    });
    expect(await styles(draft.id)).toContain('<w:color w:val="7A1F5C"/>');

    await api['branding.update']({ dir, patch: { colour: '0B6E4F' } });
    const frozen = await styles(draft.id);
    expect(frozen).toContain('<w:color w:val="7A1F5C"/>');
    expect(frozen).not.toContain('0B6E4F');
  }, 120_000);
});
