import type { ReactNode } from 'react';

/** Props of FormField. */
export type FormFieldProps = { label: string; htmlFor: string; error?: string; hint?: string; children: ReactNode };

/** A labelled form control with its validation message (linked by aria-describedby on the control). */
export function FormField({ label, htmlFor, error, hint, children }: FormFieldProps) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && !error ? <span className="muted">{hint}</span> : null}
      {error ? <span id={`${htmlFor}-error`} className="error" role="alert">{error}</span> : null}
    </div>
  );
}
