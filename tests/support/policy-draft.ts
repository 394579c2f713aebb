import { callApi } from '../../backend/cli/call';
import type { Dispatch } from '../../core/api/dispatch';

/**
 * A blank workspace for "Acme" in `dir` holding one draft, made from the information security
 * policy template: that draft's metadata. No test framework is imported, so the API tests and
 * the browser tests can both start from it.
 */
export const createPolicyDraft = async (dispatch: Dispatch, dir: string) => {
  await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
  return callApi(dispatch, 'documents.create', { dir, templateId: 'information-security-policy' });
};
