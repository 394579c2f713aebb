import { createStore, type Store } from './store';

export type ToastTone = 'success' | 'error' | 'info';
export type Toast = { id: number; tone: ToastTone; message: string };

/** Short notices that disappear on their own (errors stay longer). */
export type Toasts = {
  readonly list: Store<readonly Toast[]>;
  readonly show: (tone: ToastTone, message: string) => void;
  readonly dismiss: (id: number) => void;
};

export const createToasts = (
  schedule: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
): Toasts => {
  const list = createStore<readonly Toast[]>([]);
  let nextId = 1;
  const dismiss = (id: number) => list.set(list.get().filter((toast) => toast.id !== id));
  return {
    list,
    dismiss,
    show: (tone, message) => {
      const id = nextId++;
      list.set([...list.get().slice(-3), { id, tone, message }]);
      schedule(() => dismiss(id), tone === 'error' ? 9000 : 5000);
    },
  };
};
