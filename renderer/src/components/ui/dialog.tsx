import { Dialog as RadixDialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';

/** Props of Dialog. */
export type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Class of the panel instead of `dialog` (the command palette has its own look). */
  className?: string;
  /** Hide the visible header (the title is still announced). */
  bare?: boolean;
};

const firstField = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not(.dialog-close):not([disabled])';

/**
 * A modal dialog (Radix): labelled by its title, focus moved to its first field and trapped inside,
 * Escape or a click outside closes it, and focus goes back to where it was when it closes.
 * Rendered only while open: the caller mounts it to open it and unmounts it in `onClose`.
 */
export function Dialog({ title, onClose, children, wide, className, bare }: DialogProps) {
  const panelClass = className ?? (wide ? 'dialog wide' : 'dialog');
  // Where focus was when the dialog opened; it goes back there on close (if that element is still on screen).
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement as HTMLElement | null));
  return (
    <RadixDialog.Root open onOpenChange={(open) => { if (!open) onClose(); }}>
      <RadixDialog.Portal>
        {/* A plain backdrop: Radix's Overlay locks scrolling with an injected <style>, which our CSP (style-src 'self') refuses. */}
        <div className="palette-backdrop" aria-hidden="true" />
        <RadixDialog.Content
          className={panelClass}
          aria-describedby={undefined}
          onOpenAutoFocus={(e) => {
            const first = (e.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>(firstField);
            if (first) { e.preventDefault(); first.focus(); }
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            if (opener?.isConnected && opener !== document.body) opener.focus();
          }}
        >
          {bare ? (
            <RadixDialog.Title className="sr-only">{title}</RadixDialog.Title>
          ) : (
            <header className="dialog-header">
              <RadixDialog.Title>{title}</RadixDialog.Title>
              <RadixDialog.Close className="link dialog-close" aria-label="Close">✕</RadixDialog.Close>
            </header>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
