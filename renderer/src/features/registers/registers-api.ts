import type { Api } from '../../../../core/api/contract';
import { ApiCallError } from '../../../../core/api/client';
import { registerNamed } from '../../../../core/registers/registry';
import type { RegisterName } from '../../../../core/registers/types';
import type { ImportProblem, RegisterClient } from './register-client';

const problemsOf = (error: unknown): ImportProblem[] | null => {
  if (!(error instanceof ApiCallError)) return null;
  const problems = error.details['problems'];
  if (!Array.isArray(problems)) return null;
  return problems.map((p: Readonly<Record<string, unknown>>) => ({
    row: typeof p['row'] === 'number' ? p['row'] : 0,
    column: typeof p['column'] === 'string' ? p['column'] : '',
    reason: typeof p['message'] === 'string' ? p['message'] : 'invalid',
  }));
};

/** "Risk register R-004, Assets": where a reference sits, in the words the screens use. */
const describeReference = (register: RegisterName, id: string, field: string) => {
  const declaration = registerNamed(register);
  const column = declaration.columns.find((c) => c.key === field);
  return { register: declaration.title, id, label: column?.label ?? field };
};

/** The register API methods for one register of one workspace. */
export const createRegisterClient = (
  api: Api,
  dir: string,
  register: RegisterName,
): RegisterClient => ({
  list: async () => (await api['registers.list']({ dir, register })).rows,
  create: async (entry) => (await api['registers.save']({ dir, register, entry })).row,
  update: async (id, entry) => {
    const idField = registerNamed(register).idField;
    return (await api['registers.save']({ dir, register, entry: { ...entry, [idField]: id } })).row;
  },
  remove: async (id, confirm) => {
    const outcome = await api['registers.delete']({ dir, register, id, confirm });
    return {
      deleted: outcome.deleted,
      references: outcome.references.map((ref) =>
        describeReference(ref.register, ref.id, ref.field),
      ),
    };
  },
  exportFile: (format) => api['registers.export']({ dir, register, format }),
  importFile: async (fileName, data) => {
    const format = fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    try {
      const summary = await api['registers.import']({ dir, register, format, data });
      return { ok: true, count: summary.created + summary.updated };
    } catch (error) {
      const problems = problemsOf(error);
      if (problems) return { ok: false, problems };
      throw error;
    }
  },
});
