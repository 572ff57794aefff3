import type { ReactNode } from 'react';
import { personalToday } from '../../../../../shared/domain/commitment-ledger';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNow, userZone } from '../../../lib/now';
import { setReminder } from '../api/commitment-writes';
import { useCommitments } from '../api/use-commitments';
import { DueLabel } from './due-label';
import { PrivateMark } from './private-mark';
import { isOverdue } from '../../../../../shared/domain/commitment-rules';

const hourMs = 3_600_000;

/** A personal Today for an individual contributor: what I owe today and this week, what others owe me, my reminders (with snooze). */
export function MyDay() {
  const me = useMe((s) => s.memberId);
  const view = useCommitments(me);
  const now = useNow();
  if (!view || !me) return null;
  const today = localToday(new Date(now));
  const day = personalToday(view.commitments, me, now, userZone);
  const item = (c: Commitment, extra?: ReactNode) => (
    <li key={c.id}>
      <span>{c.title}{view.privateIds.has(c.id) ? <PrivateMark /> : null}<span className="muted"> · {c.accountId ? view.accountNames.get(c.accountId) ?? '' : 'no account'}</span></span>
      <span className="end"><DueLabel commitment={c} today={today} overdue={isOverdue(c, now, userZone)} />{extra}</span>
    </li>
  );
  const block = (title: string, list: Commitment[], extra?: (c: Commitment) => ReactNode) => (
    <div>
      <h3>{title} <span className="muted">{list.length}</span></h3>
      {list.length === 0 ? <p className="muted">Nothing.</p> : <ul className="list" aria-label={title}>{list.map((c) => item(c, extra?.(c)))}</ul>}
    </div>
  );
  const snooze = (c: Commitment) => (
    <span className="toolbar">
      <button type="button" className="link" aria-label={`Snooze "${c.title}" one hour`} onClick={() => void setReminder(c.id, new Date(now + hourMs).toISOString())}>+1 h</button>
      <button type="button" className="link" aria-label={`Snooze "${c.title}" to tomorrow`} onClick={() => void setReminder(c.id, new Date(now + 24 * hourMs).toISOString())}>Tomorrow</button>
      <button type="button" className="link" aria-label={`Dismiss the reminder of "${c.title}"`} onClick={() => void setReminder(c.id, null)}>Dismiss</button>
    </span>
  );
  return (
    <section className="card my-day" aria-labelledby="my-day-title">
      <h2 id="my-day-title">My day</h2>
      {day.reminders.length > 0 ? block('Reminders', day.reminders, snooze) : null}
      <div className="two-col">
        {block('I owe today', day.oweToday)}
        {block('I owe this week', day.oweThisWeek)}
      </div>
      {block('Others owe me', day.owedToMe)}
    </section>
  );
}
