import type { ReactNode } from 'react';

/** Props of EmptyState. */
export type EmptyStateProps = { title: string; children: ReactNode; action?: ReactNode };

/** Tells the user why a screen is empty and what to do about it. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      <p>{children}</p>
      {action ? <div className="empty-actions">{action}</div> : null}
    </div>
  );
}
