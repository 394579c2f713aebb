import { createStore, type Store } from './store';

export type ConfirmOptions = {
  title: string;
  message: string;
  /** Listed under the message, e.g. the entries that refer to the one being deleted. */
  items?: readonly string[];
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'default' | 'danger';
};

export type PromptOptions = {
  title: string;
  message?: string;
  label: string;
  initial?: string;
  placeholder?: string;
  confirmLabel: string;
  /** Returns an error message for invalid input, or null. */
  validate?: (value: string) => string | null;
};

export type DialogRequest =
  | ({ kind: 'confirm'; id: number; resolve: (ok: boolean) => void } & ConfirmOptions)
  | ({ kind: 'prompt'; id: number; resolve: (value: string | null) => void } & PromptOptions);

/** Modal questions shown one at a time; each call resolves when the user answers. */
export type Dialogs = {
  readonly queue: Store<readonly DialogRequest[]>;
  readonly confirm: (options: ConfirmOptions) => Promise<boolean>;
  readonly prompt: (options: PromptOptions) => Promise<string | null>;
};

export const createDialogs = (): Dialogs => {
  const queue = createStore<readonly DialogRequest[]>([]);
  let nextId = 1;
  const enqueue = <T>(build: (id: number, resolve: (value: T) => void) => DialogRequest) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      const settle = (value: T) => {
        queue.set(queue.get().filter((request) => request.id !== id));
        resolve(value);
      };
      queue.set([...queue.get(), build(id, settle)]);
    });
  return {
    queue,
    confirm: (options) =>
      enqueue<boolean>((id, resolve) => ({ ...options, kind: 'confirm', id, resolve })),
    prompt: (options) =>
      enqueue<string | null>((id, resolve) => ({ ...options, kind: 'prompt', id, resolve })),
  };
};
