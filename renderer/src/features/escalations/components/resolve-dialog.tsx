import { useState } from 'react';
import type { Escalation } from '../../../../../shared/domain/escalation';
import { extractTrailingDate } from '../../../../../shared/domain/natural-date';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { resolveEscalation, undoResolve } from '../api/escalation-writes';

/** Props of ResolveDialog. */
export type ResolveDialogProps = { escalation: Escalation; onClose: () => void };

/** Resolving asks what was done and why it happened, and offers follow-up commitments (one per line, with a date). */
export function ResolveDialog({ escalation, onClose }: ResolveDialogProps) {
  const me = useMe((s) => s.memberId);
  const [resolution, setResolution] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [followUps, setFollowUps] = useState('');
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  const parsed = followUps.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => extractTrailingDate(line, today));
  const submit = async () => {
    if (!resolution.trim()) { setError('Say what was done to resolve it'); return; }
    try {
      const undo = await resolveEscalation(escalation.id, { rootCause, resolution, followUps: parsed.map((p) => ({ title: p.title, dueDate: p.dueDate ?? today })) }, me);
      onClose();
      useToasts.getState().show({ message: `Resolved "${escalation.title}"`, actionLabel: 'Undo', action: () => void undoResolve(undo, me) });
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <Dialog title="Resolve escalation" onClose={onClose} wide>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <FormField label="What was done" htmlFor="resolve-resolution" error={error ?? undefined}>
          <textarea id="resolve-resolution" className="input" value={resolution} onChange={(e) => { setResolution(e.target.value); if (error && e.target.value.trim()) setError(null); }} aria-invalid={error ? true : undefined} />
        </FormField>
        <FormField label="Root cause" htmlFor="resolve-root-cause"><textarea id="resolve-root-cause" className="input" value={rootCause} onChange={(e) => setRootCause(e.target.value)} /></FormField>
        <FormField label="Follow-up commitments" htmlFor="resolve-follow-ups" hint='One per line, a date at the end: "Send the post-mortem fri", "Check in with IT in 2 weeks"'>
          <textarea id="resolve-follow-ups" className="input" value={followUps} onChange={(e) => setFollowUps(e.target.value)} />
        </FormField>
        {parsed.length > 0 ? (
          <ul className="list" aria-label="Follow-ups to create">{parsed.map((p, i) => <li key={i}><span>{p.title}</span><span className="badge end">{p.dueDate ?? `today (${today})`}</span></li>)}</ul>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Resolve{parsed.length > 0 ? ` and add ${parsed.length} commitment${parsed.length === 1 ? '' : 's'}` : ''}</button>
        </div>
      </form>
    </Dialog>
  );
}
