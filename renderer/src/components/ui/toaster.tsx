import { useToasts } from '../../lib/toast';

/** Renders the current toasts as a polite live region. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          <span>{t.message}</span>
          {t.action ? (
            <button type="button" className="button" onClick={() => { dismiss(t.id); t.action?.(); }}>{t.actionLabel ?? 'Undo'}</button>
          ) : null}
          <button type="button" className="link" aria-label="Dismiss" onClick={() => dismiss(t.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}
