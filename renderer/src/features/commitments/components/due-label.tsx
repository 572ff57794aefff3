import type { Commitment } from '../../../../../shared/domain/commitment';
import { describeDaysFrom } from '../../../../../shared/domain/calendar';

/** Props of DueLabel. */
export type DueLabelProps = { commitment: Pick<Commitment, 'dueDate' | 'dueTime'>; today: string; overdue: boolean };

/** When a commitment is due, as a badge: "in 2 days · 15:00". */
export function DueLabel({ commitment: c, today, overdue }: DueLabelProps) {
  return <span className={overdue ? 'badge danger' : 'badge'} title={c.dueDate}>{describeDaysFrom(today, c.dueDate)}{c.dueTime ? ` · ${c.dueTime}` : ''}</span>;
}
