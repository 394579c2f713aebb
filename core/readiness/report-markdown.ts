import { describeTarget } from './report-text';
import type { ReadinessReport } from './types';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const STATE_LABEL: Readonly<Record<string, string>> = {
  missing: 'Missing',
  broken: 'Cannot be rendered',
  unfilled: 'Unfilled fields',
  draft: 'Not approved',
  changed: 'Changed since approval',
  overdue: 'Review overdue',
  current: 'Approved and current',
};

/** The readiness report as Markdown, for the Word copy in the Stage 1 pack. */
export const readinessMarkdown = (report: ReadinessReport, organisation: string): string => {
  const lines = [
    `# Summary`,
    '',
    `Readiness of ${organisation || 'the organisation'} for a Stage 1 audit as at ${report.date}: **${report.score}%**, ${report.ready ? 'nothing blocks Stage 1' : `${report.blockers} blocking finding(s)`}, ${report.advice} advisory finding(s).`,
    '',
    '| Area | Score | Blocking findings |',
    '| --- | --- | --- |',
    ...report.areas.map((a) => `| ${cell(a.title)} | ${a.score}% | ${a.blockers} |`),
    '',
    '# Next things to do',
    '',
    ...(report.nextSteps.length
      ? report.nextSteps.map(
          (f, i) => `${i + 1}. ${f.action} ${f.message} (${describeTarget(f.target)})`,
        )
      : ['Nothing blocks Stage 1.']),
  ];
  for (const r of report.requirements) {
    lines.push('', `# ${r.id} ${r.title}`, '');
    lines.push(
      r.score === null
        ? 'Assessed at interview; nothing here is checked by machine.'
        : `Score: ${r.score}% (${r.passed} of ${r.checks} checks).`,
    );
    if (r.expected.length) {
      lines.push(
        '',
        '| Documented information | ID | State | Detail |',
        '| --- | --- | --- | --- |',
      );
      for (const e of r.expected) {
        lines.push(
          `| ${cell(e.label)} | ${e.documentId ?? '-'} | ${STATE_LABEL[e.state] ?? e.state} | ${cell(e.detail)} |`,
        );
      }
    }
    if (r.findings.length) {
      lines.push('');
      for (const f of r.findings) {
        lines.push(
          `- **${f.severity === 'blocker' ? 'Blocking' : 'Advice'}:** ${f.message} ${f.action}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
};
