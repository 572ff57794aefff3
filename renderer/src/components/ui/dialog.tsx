import { useEffect, useRef, type ReactNode } from 'react';

/** Props of Dialog. */
export type DialogProps = { title: string; onClose: () => void; children: ReactNode; wide?: boolean };

/** A modal dialog: labelled by its title, focus moves inside, Escape or the backdrop closes it. */
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog-close)');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        ref={ref} className={wide ? 'dialog wide' : 'dialog'} role="dialog" aria-modal="true" aria-label={title}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}
      >
        <header className="dialog-header">
          <h2>{title}</h2>
          <button type="button" className="link dialog-close" aria-label="Close" onClick={onClose}>✕</button>
        </header>
        {children}
      </div>
    </div>
  );
}
