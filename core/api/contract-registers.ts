import { z } from 'zod';
import { climateChangeSchema, riskMethodSchema } from '../model/registers';
import { SHEET_FORMATS } from '../registers/sheet-codec';
import { REGISTER_NAMES } from '../registers/types';

// The registers' API methods; spread into apiContract in contract.ts.

const dir = z.string().min(1, 'a workspace folder is required');
const register = z.enum(REGISTER_NAMES);
const entry = z.record(z.string(), z.unknown());

const columnSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.string(),
  width: z.number(),
  description: z.string(),
  required: z.boolean(),
  nullable: z.boolean(),
  derived: z.boolean(),
  /** Written only by the register's own actions (reviews.*), never by registers.save. */
  readOnly: z.boolean(),
  hidden: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  ref: z.string().nullable(),
});

export const registerDescriptionSchema = z.object({
  name: register,
  key: z.string(),
  title: z.string(),
  entryLabel: z.string(),
  summary: z.string(),
  clauses: z.array(z.string()),
  idPrefix: z.string().nullable(),
  idField: z.string(),
  fixed: z.boolean(),
  columns: z.array(columnSchema),
});

export const referenceSchema = z.object({
  register,
  id: z.string(),
  field: z.string(),
  target: z.string(),
});

export const registerProblemSchema = z.object({
  register,
  id: z.string(),
  field: z.string(),
  kind: z.enum(['dangling-reference', 'rule']),
  message: z.string(),
});

const settingsSchema = z.object({
  riskMethod: riskMethodSchema,
  climateChange: climateChangeSchema,
});

export const registersContract = {
  /** Every register's declaration (names, columns, enumerations, derived fields) for the UI. */
  'registers.describe': {
    input: z.object({}),
    output: z.object({ registers: z.array(registerDescriptionSchema) }),
  },
  /** A register's entries with their derived columns (scores, links) and its problems. */
  'registers.list': {
    input: z.object({ dir, register }),
    output: z.object({
      register,
      rows: z.array(entry),
      problems: z.array(registerProblemSchema),
    }),
  },
  /**
   * Adds an entry (no id: a new, never reused id is handed out) or changes one (the given fields
   * replace its own). Invalid input fails with invalid-input naming the field.
   */
  'registers.save': {
    input: z.object({ dir, register, entry }),
    output: z.object({ entry, row: entry }),
  },
  /**
   * Deletes an entry. When others refer to it, nothing is deleted unless `confirm` is true; the
   * references are returned either way (and, once deleted, reported as dangling).
   */
  'registers.delete': {
    input: z.object({ dir, register, id: z.string().min(1), confirm: z.boolean().default(false) }),
    output: z.object({ deleted: z.boolean(), references: z.array(referenceSchema) }),
  },
  /**
   * Imports a CSV or XLSX file (`data` in base64), all or nothing: when any row is bad nothing is
   * changed and the error's `details.problems` lists every bad row, column and reason. `merge`
   * adds and updates by id; `replace` also removes the entries the file does not hold.
   */
  'registers.import': {
    input: z.object({
      dir,
      register,
      format: z.enum(SHEET_FORMATS),
      data: z.string(),
      mode: z.enum(['merge', 'replace']).default('merge'),
    }),
    output: z.object({
      created: z.number(),
      updated: z.number(),
      removed: z.number(),
      total: z.number(),
    }),
  },
  /** A register as CSV or XLSX (`data` in base64), derived columns included. */
  'registers.export': {
    input: z.object({ dir, register, format: z.enum(SHEET_FORMATS) }),
    output: z.object({ fileName: z.string(), data: z.string() }),
  },
  /** The risk method and the climate-change conclusion. */
  'registers.settings': { input: z.object({ dir }), output: settingsSchema },
  /** Replaces the risk method and/or the climate-change conclusion after validating them. */
  'registers.updateSettings': {
    input: z.object({
      dir,
      riskMethod: z.record(z.string(), z.unknown()).optional(),
      climateChange: z.record(z.string(), z.unknown()).optional(),
    }),
    output: settingsSchema,
  },
  /** Dangling references and broken rules across every register. */
  'registers.problems': {
    input: z.object({ dir }),
    output: z.object({ problems: z.array(registerProblemSchema) }),
  },
} as const;
