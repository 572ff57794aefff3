import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { AccountRow, AccountSort, AccountSortKey } from '../../../../../shared/domain/account-list';
import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import { HealthBadge } from '../../../components/ui/health-badge';
import { showDate, showOptionalMoney } from '../../../lib/format';
import { useHealthScored, useListHealth } from '../api/use-list-health';
import { segmentLabels, stageLabels, tierLabels } from './labels';

/** Props of AccountTable. */
export type AccountTableProps = {
  rows: AccountRow[];
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
  onOpen: (id: string) => void;
  ownerName: (id: string | null) => string;
  today: string;
  /** Selected account ids (Ctrl/⌘- or Shift-click, Space), for acting on many at once. */
  selected?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
  /** True while some columns (stakeholders, escalations, last touch…) are still being read: told to assistive technology. */
  busy?: boolean;
};

const columns: { key: AccountSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' }, { key: 'health', label: 'Health', numeric: true }, { key: 'segment', label: 'Segment' }, { key: 'tier', label: 'Tier' }, { key: 'owner', label: 'Owner' },
  { key: 'arr', label: 'ARR', numeric: true }, { key: 'renewal', label: 'Renewal' }, { key: 'stage', label: 'Stage' },
  { key: 'escalations', label: 'Escalations', numeric: true }, { key: 'overdue', label: 'Overdue', numeric: true }, { key: 'lastTouch', label: 'Last touch' },
];
const rowHeight = 32;

/** A row's health cell: it reads its own account's score, so a new score re-renders only this cell. Says "Scoring…" until the first scoring answered. */
export const HealthCell = memo(function HealthCell({ accountId }: { accountId: string }) {
  const health = useListHealth(accountId);
  const scored = useHealthScored();
  return <div role="cell" className="num col-health">{health ? <HealthBadge score={health.score} band={health.band} /> : scored ? '' : <span className="muted">Scoring…</span>}</div>;
});

/**
 * The portfolio as a virtualized, sortable table: thousands of rows scroll smoothly; arrows move, Enter opens.
 * In a narrow window the lower-priority columns (segment and tier, then stage and last touch) step
 * aside (app.css) so the list never scrolls sideways; the filters still cover them.
 */
export const AccountTable = memo(function AccountTable({ rows, sort, onSort, onOpen, ownerName, today, selected, onToggle, busy = false }: AccountTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 4 });
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const row = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    virtualizer.scrollToIndex(target);
    // Focus at once when the row is rendered (so a quick Enter opens the right one); else after it renders.
    const rendered = row();
    if (rendered) rendered.focus();
    else requestAnimationFrame(() => row()?.focus());
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number, id: string) => {
    if (e.key === 'Enter') onOpen(id);
    else if (e.key === ' ' && onToggle) { e.preventDefault(); onToggle(id); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); focusRow(index + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); focusRow(index - 1); }
    else if (e.key === 'Home') { e.preventDefault(); focusRow(0); }
    else if (e.key === 'End') { e.preventDefault(); focusRow(rows.length - 1); }
  };
  return (
    <div ref={scrollRef} className="vtable" role="table" aria-label="Accounts" aria-rowcount={rows.length + 1} aria-busy={busy}>
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row">
          {columns.map((c) => {
            const active = sort.key === c.key;
            return (
              <div key={c.key} role="columnheader" className={c.numeric ? `num col-${c.key}` : `col-${c.key}`} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort" onClick={() => onSort({ key: c.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}>
                  {c.label}{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const a = row.account;
          return (
            <div
              key={a.id} role="row" aria-rowindex={item.index + 2} aria-selected={selected ? selected.has(a.id) : undefined} data-index={item.index} tabIndex={0} className="vtable-row body"
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              onClick={(e) => (onToggle && (e.ctrlKey || e.metaKey || e.shiftKey) ? onToggle(a.id) : onOpen(a.id))} onKeyDown={(e) => onKeyDown(e, item.index, a.id)}
            >
              <div role="cell" className="strong col-name">
                {a.name}
                {row.openConflicts ? <span className="badge warn conflict-mark" title="Conflicting edits to settle (Settings → Team server)"> {row.openConflicts} conflict{row.openConflicts === 1 ? '' : 's'}</span> : null}
              </div>
              <HealthCell accountId={a.id} />
              <div role="cell" className="col-segment">{segmentLabels[a.segment]}</div>
              <div role="cell" className="col-tier">{tierLabels[a.tier]}</div>
              <div role="cell" className="col-owner">{a.ownerId ? ownerName(a.ownerId) : '—'}</div>
              <div role="cell" className="num col-arr">{showOptionalMoney(a.arrMinor, a.currency)}</div>
              <div role="cell" className="col-renewal" title={a.renewalDate ? showDate(a.renewalDate) : undefined}>{a.renewalDate ? describeDaysFrom(today, a.renewalDate) : '—'}</div>
              <div role="cell" className="col-stage">{a.lifecycleStage === 'at_risk' ? <span className="badge danger">At risk</span> : stageLabels[a.lifecycleStage]}</div>
              <div role="cell" className="num col-escalations">{row.openEscalations > 0 ? <span className={row.severeEscalations > 0 ? 'badge danger' : 'badge warn'}>{row.openEscalations}</span> : ''}</div>
              <div role="cell" className="num col-overdue">{row.overdueCommitments > 0 ? <span className="badge danger">{row.overdueCommitments}</span> : ''}</div>
              <div role="cell" className="col-lastTouch">{row.lastTouchAt ? describeDaysFrom(today, row.lastTouchAt.slice(0, 10)) : busy ? '' : 'never'}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
