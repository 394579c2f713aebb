import type { FixTarget, ReadinessReport } from './types';

const bar = (score: number, width = 20) => {
  const filled = Math.round((score / 100) * width);
  return `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
};

/** Where to fix it, in words, for text output. */
export const describeTarget = (target: FixTarget): string => {
  switch (target.kind) {
    case 'document':
      return `document ${target.id}`;
    case 'template':
      return `template ${target.templateId}`;
    case 'register':
      return `register ${target.register}${target.entry ? ` (${target.entry})` : ''}`;
    case 'profile':
      return `organisation profile: ${target.section}`;
  }
};

/** The headline: score, verdict and counts. */
export const readinessHeadline = (report: ReadinessReport): string =>
  `Stage 1 readiness on ${report.date}: ${report.score}% - ${
    report.ready ? 'ready for Stage 1' : 'not ready'
  } (${report.blockers} blocking, ${report.advice} advisory finding(s))`;

/** The whole report as plain text, clause by clause; used by `isms check` and the pack. */
export const readinessText = (report: ReadinessReport): string[] => {
  const lines = [readinessHeadline(report), ''];
  for (const area of report.areas) {
    lines.push(`${area.title.padEnd(30)} ${bar(area.score)} ${String(area.score).padStart(3)}%`);
  }
  for (const r of report.requirements) {
    lines.push(
      '',
      `${r.id} ${r.title}${r.score === null ? ' (not checked by machine)' : ` - ${r.score}%`}`,
    );
    for (const e of r.expected) {
      lines.push(
        `  ${`[${e.state}]`.padEnd(11)} ${e.label}${e.documentId ? ` ${e.documentId}` : ''}: ${e.detail}`,
      );
    }
    for (const f of r.findings) {
      lines.push(`  ${f.severity === 'blocker' ? 'BLOCKER' : 'advice '}    ${f.message}`);
    }
  }
  lines.push('', 'Next things to do:');
  if (report.nextSteps.length === 0) lines.push('  Nothing blocks Stage 1.');
  report.nextSteps.forEach((f, i) => {
    lines.push(`  ${i + 1}. ${f.action} ${f.message} [${describeTarget(f.target)}]`);
  });
  return lines;
};
