import type { ReactNode } from 'react';

/** Props of PageHeader. */
export type PageHeaderProps = { title: string; subtitle?: ReactNode; actions?: ReactNode };

/** The title bar of a screen, with its actions on the right. */
export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        {subtitle ? <div className="muted">{subtitle}</div> : null}
      </div>
      {actions ? <div className="actions">{actions}</div> : null}
    </header>
  );
}
