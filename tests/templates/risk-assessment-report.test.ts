import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../core/api/base64';
import { useFreshWorkspaces } from '../support/workspace-setup';

/** Risks as a CSV: every third one scores 20 (above the threshold) and is not yet accepted. */
const riskCsv = (count: number) => {
  const rows = ['Risk,Likelihood,Impact,Residual likelihood,Residual impact,Threat'];
  for (let i = 0; i < count; i += 1) {
    const high = i % 3 === 0;
    rows.push(`Risk number ${i + 1},${high ? 4 : 1},${high ? 5 : 2},1,2,Threat ${i + 1}`);
  }
  return bytesToBase64(new TextEncoder().encode(`${rows.join('\n')}\n`));
};

const tableRows = (markdown: string) => markdown.split('\n').filter((l) => /^\| R-\d+ \|/.test(l));

describe('the Risk Assessment Report at any register size', () => {
  const setup = useFreshWorkspaces('isms-risk-report-');

  const reportWith = async (risks: number) => {
    const { api, dir } = setup;
    await api['registers.import']({ dir, register: 'risks', format: 'csv', data: riskCsv(risks) });
    const report = await api['documents.create']({ dir, templateId: 'risk-assessment-report' });
    return (await api['documents.render']({ dir, id: report.id })).markdown;
  };

  it('lists each risk once, with its scenario, rating, treatment and acceptance', async () => {
    const markdown = await reportWith(30);
    const rows = tableRows(markdown);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.split(' | ')[0])).size).toBe(30);
    expect(rows[0]).toContain('**Risk number 1.** Threat: Threat 1.');
    expect(rows[0]).toContain('20 High (likelihood 4');
    expect(rows[0]).toContain('2 Low, within the threshold | Awaiting acceptance |');
    expect(markdown).not.toContain('## Risks by owner');
  });

  it('above 300 risks lists those needing a decision, summarises all and points to the register', async () => {
    const markdown = await reportWith(1_000);
    expect(markdown).toContain('The register holds 1000 risks');
    expect(markdown).toContain(
      'This report lists in full the 334 risks that still need a decision',
    );
    expect(markdown).toContain('The 300 with the highest scores are printed; the other 34');
    expect(markdown).toContain('the risk register spreadsheet');
    const rows = tableRows(markdown);
    expect(rows).toHaveLength(300);
    expect(rows.every((r) => r.includes('| 20 High'))).toBe(true);
    expect(markdown).toMatch(
      /## Risks by owner\n\n[^\n]+\n[^\n]+\n\| No owner assigned \| 1000 \|/,
    );
    expect(markdown).toMatch(
      /\| Modify \(apply controls\) \| 1000 \| 334 \| 0 \| 666 \| 0 \| 0 \|/,
    );
    // Summary by level still counts every risk.
    expect(markdown).toContain('| **Total** | **1000** | **1000** |');
  });
});
