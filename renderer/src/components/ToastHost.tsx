import { useSyncExternalStore } from 'react';
import type { Toasts } from './toasts';

/** The live region where toasts appear; screen readers announce each one. */
export const ToastHost = ({ toasts }: { toasts: Toasts }) => {
  const list = useSyncExternalStore(toasts.list.subscribe, toasts.list.get);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {list.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.tone}`}
          data-testid={`toast-${toast.tone}`}
        >
          <span className="toast-message">{toast.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notification"
            onClick={() => toasts.dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
};
