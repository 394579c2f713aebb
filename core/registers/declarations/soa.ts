import { ANNEX_A_CONTROLS, ANNEX_A_THEME_TITLES } from '../../frameworks/annex-a';
import { IMPLEMENTATION_STATUSES, SOA_REASONS, soaEntrySchema } from '../../model/registers';
import { soaIssues } from '../soa-rules';
import { enumOptions, type RegisterDeclaration } from '../types';
import { IMPLEMENTATION_LABELS, SOA_REASON_LABELS } from './labels';

const append = (map: Map<string, string[]>, key: string, value: string) =>
  map.set(key, [...(map.get(key) ?? []), value]);

export const soa: RegisterDeclaration<'soa'> = {
  name: 'soa',
  key: 'soa',
  title: 'Statement of Applicability',
  entryLabel: 'control decision',
  clauses: ['6.1.3'],
  summary:
    'One decision per Annex A control: applicable or excluded, why, implementation status, owner, how and evidence.',
  idPrefix: null,
  idField: 'control',
  fixed: true,
  schema: soaEntrySchema,
  columns: [
    {
      key: 'control',
      label: 'Control',
      type: 'control',
      width: 8,
      required: true,
      description: 'Annex A control identifier.',
    },
    {
      key: 'title',
      label: 'Title',
      type: 'text',
      width: 40,
      derived: true,
      description: 'Short title of the control.',
    },
    {
      key: 'theme',
      label: 'Theme',
      type: 'text',
      width: 16,
      derived: true,
      hidden: true,
      description: 'Annex A theme (A.5-A.8).',
    },
    {
      key: 'applicable',
      label: 'Applicable',
      type: 'boolean',
      width: 10,
      nullable: true,
      description: 'Yes, no (excluded), or empty while undecided.',
    },
    {
      key: 'reasons',
      label: 'Reasons',
      type: 'enums',
      width: 24,
      options: enumOptions(SOA_REASONS, SOA_REASON_LABELS),
      description: 'Reasons for inclusion besides risk treatment; several allowed.',
    },
    {
      key: 'riskTreatment',
      label: 'Selected by risks',
      type: 'boolean',
      width: 10,
      derived: true,
      description:
        'Whether a risk selects the control, which makes "risk treatment" a reason (derived).',
    },
    {
      key: 'justification',
      label: 'Justification',
      type: 'longtext',
      width: 40,
      description: 'Why it is included, or (required) why it is excluded.',
    },
    {
      key: 'implementation',
      label: 'Implementation',
      type: 'enum',
      width: 16,
      nullable: true,
      options: enumOptions(IMPLEMENTATION_STATUSES, IMPLEMENTATION_LABELS),
      description: 'Implementation status of an applicable control.',
    },
    {
      key: 'owner',
      label: 'Owner',
      type: 'person',
      width: 18,
      nullable: true,
      description: 'Who is responsible for the control.',
    },
    {
      key: 'howImplemented',
      label: 'How implemented',
      type: 'longtext',
      width: 36,
      hidden: true,
      description: 'How the control is implemented.',
    },
    {
      key: 'evidence',
      label: 'Evidence',
      type: 'longtext',
      width: 30,
      hidden: true,
      description: 'Where an auditor can see it working.',
    },
    {
      key: 'risks',
      label: 'Risks',
      type: 'refs',
      ref: 'risks',
      width: 16,
      derived: true,
      hidden: true,
      description: 'Risks that select the control (derived).',
    },
    {
      key: 'actions',
      label: 'Treatment actions',
      type: 'refs',
      ref: 'treatments',
      width: 16,
      derived: true,
      hidden: true,
      description: 'Treatment actions that implement it (derived).',
    },
    {
      key: 'documents',
      label: 'Documents',
      type: 'texts',
      width: 20,
      derived: true,
      hidden: true,
      description: 'Workspace documents that cover it (derived).',
    },
  ],
  derive: ({ registers, workspace }) => {
    const risks = new Map<string, string[]>();
    const actions = new Map<string, string[]>();
    const documents = new Map<string, string[]>();
    for (const r of registers.risks) for (const c of r.controls) append(risks, c, r.id);
    for (const t of registers.treatments) for (const c of t.controls) append(actions, c, t.id);
    for (const d of workspace.documents) for (const c of d.controls) append(documents, c, d.id);
    const controls = new Map(ANNEX_A_CONTROLS.map((c) => [c.id, c]));
    return (entry) => {
      const control = controls.get(entry.control);
      return {
        title: control?.title ?? null,
        theme: control ? ANNEX_A_THEME_TITLES[control.theme] : null,
        riskTreatment: (risks.get(entry.control) ?? []).length > 0,
        risks: risks.get(entry.control) ?? [],
        actions: actions.get(entry.control) ?? [],
        documents: documents.get(entry.control) ?? [],
      };
    };
  },
  rules: (entry, { registers }) => soaIssues(entry, registers),
};
