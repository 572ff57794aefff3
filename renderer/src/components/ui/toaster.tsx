import { useToasts, type Toast } from '../../lib/toast';

function ToastItem({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  return (
    <div className={toast.tone === 'error' ? 'toast error' : 'toast'}>
      <span>{toast.message}</span>
      {toast.action ? (
        <button type="button" className="button" onClick={() => { dismiss(toast.id); toast.action?.(); }}>
          {toast.actionLabel ?? 'Undo'}
          {(toast.actionLabel ?? 'Undo') === 'Undo' ? <kbd className="toast-key" aria-hidden="true">Ctrl+Z</kbd> : null}
        </button>
      ) : null}
      <button type="button" className="link" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>✕</button>
    </div>
  );
}

/** Renders the toasts in two live regions that are always present: notices politely, errors at once. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toaster">
      <div role="status" aria-live="polite" className="toast-stack">
        {toasts.filter((t) => t.tone !== 'error').map((t) => <ToastItem key={t.id} toast={t} dismiss={dismiss} />)}
      </div>
      <div role="alert" aria-live="assertive" className="toast-stack">
        {toasts.filter((t) => t.tone === 'error').map((t) => <ToastItem key={t.id} toast={t} dismiss={dismiss} />)}
      </div>
    </div>
  );
}
