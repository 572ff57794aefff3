import { useRef, useState } from 'react';
import { HealthBadge } from '../../../components/ui/health-badge';
import { showDate, showMoney } from '../../../lib/format';
import { useSnoozes } from '../stores/snooze-store';
import type { WorklistItem } from '../api/use-worklist';
import { SnoozeDialog } from './snooze-dialog';

/** What can be done on a worklist item from Today (the app layer opens the right dialog). */
export type WorklistAction = 'call' | 'commitment' | 'escalation';

/** Props of Worklist. */
export type WorklistProps = { items: WorklistItem[]; snoozed: WorklistItem[]; today: string; onOpen: (accountId: string) => void; onAction: (action: WorklistAction, accountId: string) => void };

const keys: Record<string, WorklistAction | 'snooze'> = { c: 'call', m: 'commitment', e: 'escalation', s: 'snooze' };

/** Whom to call today: accounts ranked by ARR at risk × urgency, each with its reasons and one-key actions (C call, M commitment, E escalation, S snooze). */
export function Worklist({ items, snoozed, today, onOpen, onAction }: WorklistProps) {
  const [snoozing, setSnoozing] = useState<WorklistItem | null>(null);
  const [showSnoozed, setShowSnoozed] = useState(false);
  const wake = useSnoozes((s) => s.wake);
  const listRef = useRef<HTMLUListElement>(null);
  const act = (action: WorklistAction | 'snooze', item: WorklistItem) => (action === 'snooze' ? setSnoozing(item) : onAction(action, item.accountId));
  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>, item: WorklistItem, index: number) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const action = keys[e.key.toLowerCase()];
    const move = (to: number) => listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[to]?.focus();
    if (action) { e.preventDefault(); act(action, item); }
    else if (e.key === 'Enter') onOpen(item.accountId);
    else if (e.key === 'ArrowDown') { e.preventDefault(); move(index + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(index - 1); }
  };
  return (
    <section className="card" aria-labelledby="worklist-title">
      <div className="toolbar">
        <h2 id="worklist-title">Call before they call you</h2>
        <span className="muted">Ranked by ARR at risk × urgency · on a row: C call, M commitment, E escalation, S snooze</span>
      </div>
      {items.length === 0 ? <p className="muted">No account needs a call today.</p> : (
        <ul className="list worklist" aria-label="Worklist" ref={listRef}>
          {items.map((item, index) => (
            <li key={item.accountId} tabIndex={0} aria-label={item.health.name} onKeyDown={(e) => onKeyDown(e, item, index)}>
              <HealthBadge score={item.score} band={item.health.band} />
              <button type="button" className="link strong" onClick={() => onOpen(item.accountId)}>{item.health.name}</button>
              <span className="muted num">{showMoney(item.arrMinor, item.health.currency)}</span>
              <span className="actions">
                <button type="button" className="button" onClick={() => act('call', item)}>Log a call</button>
                <button type="button" className="button" onClick={() => act('commitment', item)}>Add commitment</button>
                <button type="button" className="button" onClick={() => act('escalation', item)}>Open escalation</button>
                <button type="button" className="button" onClick={() => act('snooze', item)}>Snooze</button>
              </span>
              <ul className="reasons" aria-label={`Why ${item.health.name}`}>{item.alerts.map((a) => <li key={a.rule}>{a.reason}</li>)}</ul>
            </li>
          ))}
        </ul>
      )}
      {snoozed.length > 0 ? (
        <p><button type="button" className="link" aria-expanded={showSnoozed} onClick={() => setShowSnoozed(!showSnoozed)}>{snoozed.length} snoozed</button></p>
      ) : null}
      {showSnoozed ? (
        <ul className="list" aria-label="Snoozed">
          {snoozed.map((item) => (
            <li key={item.accountId}>
              <span>{item.health.name}</span><span className="muted">until {showDate(item.snoozed?.until)}: {item.snoozed?.reason}</span>
              <button type="button" className="link end" onClick={() => wake(item.accountId)}>Wake</button>
            </li>
          ))}
        </ul>
      ) : null}
      {snoozing ? <SnoozeDialog accountId={snoozing.accountId} accountName={snoozing.health.name} today={today} onClose={() => setSnoozing(null)} /> : null}
    </section>
  );
}
