import { z } from 'zod';
import type { RegisterSpec } from './register-spec';

// A small register for the generic table and form tests: one field of each common kind.
export const testSpec: RegisterSpec = {
  name: 'risks',
  title: 'Risks',
  singular: 'risk',
  description: 'Test register.',
  idField: 'id',
  labelField: 'title',
  canAdd: true,
  schema: z.object({
    id: z.string(),
    title: z.string().trim().min(1),
    likelihood: z.number().int().min(1).max(5),
    status: z.enum(['planned', 'in-progress', 'done']),
    owner: z.string().nullable(),
    assets: z.array(z.string()),
    dueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .nullable(),
    notes: z.array(z.string()),
    urgent: z.boolean(),
  }),
  fields: [
    { key: 'id', label: 'ID', kind: 'text', width: 80 },
    { key: 'title', label: 'Risk', kind: 'text', width: 300 },
    { key: 'likelihood', label: 'Likelihood', kind: 'integer', width: 90 },
    {
      key: 'status',
      label: 'Status',
      kind: 'enum',
      width: 100,
      options: [
        { value: 'planned', label: 'Planned' },
        { value: 'in-progress', label: 'In progress' },
        { value: 'done', label: 'Done', tone: 'success' },
      ],
    },
    { key: 'owner', label: 'Owner', kind: 'person', width: 140 },
    { key: 'assets', label: 'Assets', kind: 'references', references: 'assets', width: 120 },
    { key: 'dueDate', label: 'Due', kind: 'date', width: 100 },
    { key: 'notes', label: 'Notes', kind: 'list', width: 100, inTable: false },
    { key: 'urgent', label: 'Urgent', kind: 'boolean', width: 80 },
    { key: 'score', label: 'Score', kind: 'integer', width: 80, derived: true },
  ],
};

export const testLookups = {
  people: new Map([
    ['ana', 'Ana Ruiz'],
    ['tom', 'Tom Beck'],
  ]),
  assets: new Map([
    ['A-001', 'Customer database'],
    ['A-002', 'Laptops'],
  ]),
};
