import { ANNEX_A_CONTROLS, ANNEX_A_THEME_TITLES } from '../frameworks/annex-a';
import type { Workspace } from '../model/workspace';
import type { ReadinessReport } from '../readiness';
import { EVERY_REGISTER } from '../registers/registry';
import { registerTable } from '../registers/table';
import type { SheetSpec } from './types';

/** Excel allows 31 characters in a sheet name: cut at a word, never leaving a dangling "and". */
const sheetName = (title: string): string => {
  if (title.length <= 31) return title;
  const words = title.slice(0, 32).split(' ').slice(0, -1);
  while (words.length > 1 && /^(and|of|the|,)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/,$/, '');
};

/**
 * Every register as the app and `isms register export` give it: the declaration's title and
 * column labels, computed columns (scores, levels, links) included, one workbook each.
 */
export const registerWorkbooks = (workspace: Workspace) =>
  EVERY_REGISTER.map((declaration) => {
    const table = registerTable(workspace, declaration);
    return {
      name: declaration.name,
      title: declaration.title,
      sheets: [
        { name: sheetName(declaration.title), columns: table.header, rows: table.rows },
      ] satisfies SheetSpec[],
    };
  });

// The register workbooks' own titles (10 Registers/<title>.xlsx), so a reader finds the file.
const RECORDS_BY_CLAUSE: Readonly<Record<string, string>> = {
  '4.1': 'Context issues',
  '4.2': 'Interested parties; Legal and contractual requirements',
  '6.1.2': 'Risk register; risk method',
  '6.1.3': 'Risk register; Risk treatment plan; Statement of Applicability',
  '6.2': 'Information security objectives',
  '7.2': 'Competence, training and awareness',
  '7.3': 'Competence, training and awareness; Policy acknowledgements',
  '8.2': 'Risk register',
  '8.3': 'Risk treatment plan',
  '9.1': 'Metrics; Measurement results',
  '9.2': 'Internal audit programme; Audit findings',
  '9.3': 'Management reviews',
  '10.1': 'Improvement log',
  '10.2': 'Nonconformities and corrective actions',
};

/** Traceability: clause 4-10 requirement to documents and records; Annex A control to its SoA decision, status, documents and risks. */
export const traceabilitySheets = (workspace: Workspace, report: ReadinessReport): SheetSpec[] => {
  const live = workspace.documents.filter((d) => d.status !== 'obsolete');
  const clauses: SheetSpec = {
    name: 'Clauses 4-10',
    columns: ['Clause', 'Requirement', 'Documents', 'Records', 'Readiness', 'Open findings'],
    rows: report.requirements
      .filter((r) => !r.id.startsWith('A.'))
      .map((r) => [
        r.id,
        r.title,
        r.expected.map((e) => `${e.documentId ?? `(missing) ${e.label}`} [${e.state}]`).join('; '),
        RECORDS_BY_CLAUSE[r.id] ?? '',
        r.score === null ? 'not checked by machine' : `${r.score}%`,
        r.findings.length,
      ]),
  };
  const soa = new Map(workspace.registers.soa.map((e) => [e.control, e]));
  const annex: SheetSpec = {
    name: 'Annex A controls',
    columns: [
      'Control',
      'Title',
      'Theme',
      'Applicable',
      'Justification',
      'Status',
      'Documents',
      'Risks',
      'Treatment actions',
    ],
    rows: ANNEX_A_CONTROLS.map((c) => {
      const entry = soa.get(c.id);
      const risks = workspace.registers.risks
        .filter((r) => r.controls.includes(c.id))
        .map((r) => r.id);
      return [
        `A.${c.id}`,
        c.title,
        ANNEX_A_THEME_TITLES[c.theme],
        entry ? (entry.applicable ? 'Yes' : 'No') : 'Undecided',
        entry?.justification ?? '',
        entry?.applicable ? entry.implementation : '',
        live
          .filter((d) => d.controls.includes(c.id))
          .map((d) => `${d.id} (${d.status})`)
          .join('; '),
        risks.join('; '),
        workspace.registers.treatments
          .filter((t) => risks.includes(t.risk))
          .map((t) => t.id)
          .join('; '),
      ];
    }),
  };
  return [clauses, annex];
};
