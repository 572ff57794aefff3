import { useState } from 'react';
import type { Contact } from '../../../../../shared/domain/contact';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { addDays } from '../../../../../shared/domain/local-date';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { localToday } from '../../../lib/format';
import type { MeetingCommitmentInput } from '../api/review-writes';

/** Props of MeetingCommitmentDialog. */
export type MeetingCommitmentDialogProps = {
  line: string; details: string; contacts: Contact[]; members: TeamMember[]; defaultOwnerId: string | null;
  onSave: (input: MeetingCommitmentInput) => Promise<void>; onClose: () => void;
};

/** The quick dialog that turns a line of meeting notes into a commitment: what, ours or theirs, who, by when. */
export function MeetingCommitmentDialog({ line, details, contacts, members, defaultOwnerId, onSave, onClose }: MeetingCommitmentDialogProps) {
  const [title, setTitle] = useState(line);
  const [owedBy, setOwedBy] = useState<'us' | 'customer'>('us');
  const [ownerId, setOwnerId] = useState(defaultOwnerId ?? '');
  const [contactId, setContactId] = useState('');
  const [dueDate, setDueDate] = useState(addDays(localToday(), 7));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!title.trim()) { setError('Say what was promised'); return; }
    if (!dueDate) { setError('Give a due date'); return; }
    try {
      await onSave({ title: title.trim(), details, owedBy, ownerId: ownerId || null, contactId: contactId || null, dueDate });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog title="New commitment" onClose={onClose}>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="form-grid">
          <div className="span-2"><FormField label="What was promised" htmlFor="mc-title"><input id="mc-title" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} /></FormField></div>
          <fieldset className="checks span-2">
            <legend>Who owes it</legend>
            <label className="check"><input type="radio" name="mc-owed" checked={owedBy === 'us'} onChange={() => setOwedBy('us')} />Ours</label>
            <label className="check"><input type="radio" name="mc-owed" checked={owedBy === 'customer'} onChange={() => setOwedBy('customer')} />Theirs</label>
          </fieldset>
          {owedBy === 'us' ? (
            <FormField label="Owner" htmlFor="mc-owner">
              <select id="mc-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}><option value="">Nobody yet</option>{members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</select>
            </FormField>
          ) : <div />}
          <FormField label={owedBy === 'us' ? 'Promised to' : 'Their owner'} htmlFor="mc-contact">
            <select id="mc-contact" value={contactId} onChange={(e) => setContactId(e.target.value)}><option value="">No one in particular</option>{contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
          </FormField>
          <FormField label="Due" htmlFor="mc-due"><input id="mc-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} /></FormField>
        </div>
        {error ? <p className="error" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Add commitment</button>
        </div>
      </form>
    </Dialog>
  );
}
