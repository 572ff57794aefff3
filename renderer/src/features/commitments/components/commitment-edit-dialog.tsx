import { useState, type ReactNode } from 'react';
import { commitmentFields, type Commitment } from '../../../../../shared/domain/commitment';
import { Dialog } from '../../../components/ui/dialog';
import { ValidationError } from '../../../db/validation-error';
import { editCommitment } from '../api/commitment-writes';
import { useAccountChoices, usePeopleChoices } from '../api/use-commitments';

/** Props of CommitmentEditDialog. */
export type CommitmentEditDialogProps = { commitment: Commitment; onClose: () => void };

type Draft = Pick<Commitment, 'title' | 'accountId' | 'owedBy' | 'ownerId' | 'toContactId' | 'dueDate' | 'dueTime' | 'details'>;

/** Edits a commitment after it was made: what, for which account, who owes it to whom, by when, details. */
export function CommitmentEditDialog({ commitment, onClose }: CommitmentEditDialogProps) {
  const [draft, setDraft] = useState<Draft>({
    title: commitment.title, accountId: commitment.accountId, owedBy: commitment.owedBy, ownerId: commitment.ownerId,
    toContactId: commitment.toContactId, dueDate: commitment.dueDate, dueTime: commitment.dueTime, details: commitment.details,
  });
  const [error, setError] = useState<string | null>(null);
  const accounts = useAccountChoices();
  const people = usePeopleChoices(draft.accountId);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    const title = commitmentFields.title.safeParse(draft.title);
    if (!title.success) { setError(title.error.issues[0]?.message ?? 'Say what was promised'); return; }
    if (!draft.dueDate) { setError('Give a due date'); return; }
    try {
      await editCommitment(commitment.id, { ...draft, title: title.data, ownerId: draft.owedBy === 'us' ? draft.ownerId : null });
      onClose();
    } catch (e) {
      setError(e instanceof ValidationError ? Object.values(e.fields).join(' ') : e instanceof Error ? e.message : String(e));
    }
  };
  const label = (text: string, control: ReactNode, span = false) => <label className={span ? 'field span-2' : 'field'}>{text}{control}</label>;
  return (
    <Dialog title="Edit commitment" onClose={onClose} wide>
      <form className="form-grid" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {label('What was promised', <input className="input" value={draft.title} onChange={(e) => set({ title: e.target.value })} />, true)}
        {label('Account', (
          <select className="input" value={draft.accountId ?? ''} onChange={(e) => set({ accountId: e.target.value || null, toContactId: null })}>
            <option value="">No account</option>
            {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        ))}
        {label('Who owes it', (
          <select className="input" value={draft.owedBy} onChange={(e) => set({ owedBy: e.target.value as Draft['owedBy'] })}>
            <option value="us">We do</option>
            <option value="customer">The customer does</option>
          </select>
        ))}
        {draft.owedBy === 'us' ? label('Owed by (colleague)', (
          <select className="input" value={draft.ownerId ?? ''} onChange={(e) => set({ ownerId: e.target.value || null })}>
            <option value="">Nobody yet</option>
            {(people?.members ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        )) : null}
        {label(draft.owedBy === 'us' ? 'Made to (stakeholder)' : 'Owed by (stakeholder)', (
          <select className="input" value={draft.toContactId ?? ''} onChange={(e) => set({ toContactId: e.target.value || null })} disabled={!draft.accountId}>
            <option value="">The customer in general</option>
            {(people?.contacts ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        ))}
        {label('Due date', <input className="input" type="date" value={draft.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />)}
        {label('Due time (optional)', <input className="input" type="time" value={draft.dueTime ?? ''} onChange={(e) => set({ dueTime: e.target.value || null })} />)}
        {label('Details', <textarea className="input" rows={3} value={draft.details} onChange={(e) => set({ details: e.target.value })} />, true)}
        {error ? <p className="span-2 error" role="alert">{error}</p> : null}
        <div className="span-2 form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Save</button>
        </div>
      </form>
    </Dialog>
  );
}
