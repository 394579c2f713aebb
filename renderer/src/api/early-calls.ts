import type { Api } from '../../../core/api/contract';

/** The calls the first screen makes for the workspace named in the address. */
const EARLY_METHODS = ['workspace.open', 'documents.index', 'documents.list'] as const;

type EarlyMethod = (typeof EARLY_METHODS)[number];
type Call = (input: unknown) => Promise<unknown>;

const asksFor = (input: unknown, dir: string): boolean =>
  typeof input === 'object' &&
  input !== null &&
  Object.keys(input).length === 1 &&
  (input as { dir?: unknown }).dir === dir;

/**
 * Sends the first screen's calls for `dir` while the page is still starting, each as soon as the
 * one before it has answered: opening the workspace, then the documents index (which reads what
 * the open has just read), then the checked list (which renders every document, so it would
 * hold the backend up if sent with the first two). Each answer goes to the first caller that asks
 * the same question, once; any later call goes to the backend as usual. If the workspace does not
 * open, nothing more is asked and a screen shown after a repair asks again.
 */
export const withEarlyCalls = (api: Api, dir: string | null): Api => {
  if (dir === null) return api;
  const send = (method: EarlyMethod) => () => (api[method] as Call)({ dir });
  const opened = send('workspace.open')();
  // Nothing more is asked of a folder that does not open.
  const indexed = opened.then(send('documents.index'));
  const listed = opened.then(() => indexed.then(send('documents.list'), send('documents.list')));
  const early = new Map<string, Promise<unknown>>([
    ['workspace.open', opened],
    ['documents.index', indexed],
    ['documents.list', listed],
  ]);
  // Whoever takes an answer handles its failure; one nobody takes must not be reported.
  for (const call of early.values()) call.catch(() => undefined);
  opened.catch(() => {
    early.delete('documents.index');
    early.delete('documents.list');
  });
  const taking =
    (method: EarlyMethod, send: Call): Call =>
    (input) => {
      const answer = early.get(method);
      if (answer === undefined || !asksFor(input, dir)) return send(input);
      early.delete(method);
      return answer;
    };
  return new Proxy(api, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property);
      return (EARLY_METHODS as readonly unknown[]).includes(property)
        ? taking(property as EarlyMethod, value as Call)
        : value;
    },
  });
};
