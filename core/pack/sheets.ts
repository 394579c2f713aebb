import { ANNEX_A_CONTROLS, ANNEX_A_THEME_TITLES } from '../frameworks/annex-a';
import type { Workspace } from '../model/workspace';
import type { ReadinessReport } from '../readiness';
import type { Cell, SheetSpec } from './types';

const REGISTER_TITLES: Readonly<Record<string, string>> = {
  contextIssues: 'Context issues',
  interestedParties: 'Interested parties',
  assets: 'Assets',
  risks: 'Risks',
  treatments: 'Risk treatment actions',
  soa: 'Statement of Applicability',
  objectives: 'Objectives',
  competence: 'Competence',
  audits: 'Internal audits',
  nonconformities: 'Nonconformities',
  managementReviews: 'Management reviews',
};

const toCell = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.join('; ');
  }
  return JSON.stringify(value);
};

/** A register (an array of records) as one sheet: a column per field, in first-seen order. */
export const registerSheet = (name: string, entries: readonly object[]): SheetSpec => {
  const columns = [...new Set(entries.flatMap((e) => Object.keys(e)))];
  return {
    name: (REGISTER_TITLES[name] ?? name).slice(0, 31),
    columns,
    rows: entries.map((e) => columns.map((c) => toCell((e as Record<string, unknown>)[c]))),
  };
};

/** Every list register of the workspace, one workbook each, named for the pack. */
export const registerWorkbooks = (workspace: Workspace) =>
  Object.entries(workspace.registers as Readonly<Record<string, unknown>>).flatMap(
    ([name, entries]) =>
      Array.isArray(entries)
        ? [
            {
              name,
              title: REGISTER_TITLES[name] ?? name,
              sheets: [registerSheet(name, entries as object[])],
            },
          ]
        : [],
  );

const RECORDS_BY_CLAUSE: Readonly<Record<string, string>> = {
  '4.1': 'Context issues',
  '4.2': 'Interested parties',
  '6.1.2': 'Risks; risk method',
  '6.1.3': 'Risks; treatment actions; Statement of Applicability',
  '6.2': 'Objectives',
  '7.2': 'Competence',
  '7.3': 'Competence',
  '8.2': 'Risks',
  '8.3': 'Treatment actions',
  '9.2': 'Internal audits',
  '9.3': 'Management reviews',
  '10.2': 'Nonconformities',
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
