import { useState } from 'react';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { cancelCommitment, markKept, markSlipped } from '../api/commitment-writes';
import { CommitmentEditDialog } from './commitment-edit-dialog';
import { DueLabel } from './due-label';
import { MoveDateForm } from './move-date-form';
import { PrivateMark } from './private-mark';
import { RemindForm } from './remind-form';

/** Props of CommitmentRow. */
export type CommitmentRowProps = {
  commitment: Commitment; accountName: string; ownerName: string; contactName: string | null;
  isPrivate: boolean; today: string; overdue: boolean;
};

/** One commitment in a list, with its actions: kept, slipped, move to a new date (with a reason), cancel, edit, remind me. */
export function CommitmentRow({ commitment: c, accountName, ownerName, contactName, isPrivate, today, overdue }: CommitmentRowProps) {
  const [mode, setMode] = useState<'actions' | 'move' | 'remind' | 'edit'>('actions');
  const open = c.status === 'open' || c.status === 'renegotiated';
  const owedBy = c.owedBy === 'customer' ? `${contactName ?? 'The customer'} (them)` : ownerName;
  const toWhom = c.owedBy === 'us' ? contactName ?? 'The customer' : 'Us';
  return (
    <tr>
      <td title={c.details || undefined}>
        {c.title}{isPrivate ? <PrivateMark /> : null}
        {c.status === 'renegotiated' ? <span className="muted"> · moved: {c.renegotiatedReason}</span> : null}
        {c.remindAt ? <span className="muted"> · remind {new Date(c.remindAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}</span> : null}
      </td>
      <td>{accountName}</td>
      <td>{toWhom}</td>
      <td>{owedBy}</td>
      <td><DueLabel commitment={c} today={today} overdue={overdue} /></td>
      <td>
        {!open ? <span className={c.status === 'kept' ? 'badge ok' : 'badge'}>{c.status}</span> : null}
        {open && mode === 'move' ? <MoveDateForm commitment={c} today={today} onDone={() => setMode('actions')} /> : null}
        {open && mode === 'remind' ? <RemindForm commitment={c} today={today} onDone={() => setMode('actions')} /> : null}
        {open && (mode === 'actions' || mode === 'edit') ? (
          <span className="toolbar">
            <button type="button" className="button" aria-label={`Mark "${c.title}" kept`} onClick={() => void markKept(c.id, c.title)}>Kept</button>
            <button type="button" className="link" aria-label={`Move "${c.title}" to a new date`} onClick={() => setMode('move')}>New date…</button>
            <button type="button" className="link" aria-label={`Mark "${c.title}" slipped`} onClick={() => void markSlipped(c.id, c.title)}>Slipped</button>
            <button type="button" className="link" aria-label={`Cancel "${c.title}"`} onClick={() => void cancelCommitment(c.id, c.title)}>Cancel</button>
            <button type="button" className="link" aria-label={`Edit "${c.title}"`} onClick={() => setMode('edit')}>Edit</button>
            <button type="button" className="link" aria-label={`Remind me about "${c.title}"`} onClick={() => setMode('remind')}>Remind…</button>
          </span>
        ) : null}
        {mode === 'edit' ? <CommitmentEditDialog commitment={c} onClose={() => setMode('actions')} /> : null}
      </td>
    </tr>
  );
}
