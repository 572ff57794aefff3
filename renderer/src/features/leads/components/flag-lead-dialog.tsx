import { useState } from 'react';
import { expansionKinds, type ExpansionKind, type ExpansionOpportunity } from '../../../../../shared/domain/expansion';
import { checkLeadDraft } from '../../../../../shared/domain/expansion/expansion-rules';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { useMe } from '../../../lib/me';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { flagLead } from '../api/lead-writes';
import { useLeadAccount } from '../api/use-leads';
import { kindLabels } from './labels';

/** Props of FlagLeadDialog. */
export type FlagLeadDialogProps = { accountId: string; source?: ExpansionOpportunity['source']; evidence?: string; onClose: () => void };

/** Flag an expansion opportunity on an account: what, estimated value, timing, the champion for it, and the evidence. */
export function FlagLeadDialog({ accountId, source = 'account_page', evidence, onClose }: FlagLeadDialogProps) {
  const view = useLeadAccount(accountId);
  return (
    <Dialog title="Flag an expansion opportunity" onClose={onClose} wide>
      {view ? <FlagLeadForm {...view} source={source} initialEvidence={evidence ?? ''} onClose={onClose} /> : <p className="muted">{view === null ? 'This account no longer exists.' : 'Loading…'}</p>}
    </Dialog>
  );
}

type FormProps = NonNullable<ReturnType<typeof useLeadAccount>> & { source: ExpansionOpportunity['source']; initialEvidence: string; onClose: () => void };

function FlagLeadForm({ account, contacts, source, initialEvidence, onClose }: FormProps) {
  const me = useMe((s) => s.memberId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ExpansionKind>('product');
  const [value, setValue] = useState('');
  const [timing, setTiming] = useState('');
  const [champion, setChampion] = useState(contacts.find((c) => c.role === 'champion')?.id ?? '');
  const [evidence, setEvidence] = useState(initialEvidence);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const submit = async () => {
    const { estimatedArrMinor: minor, problems: found } = checkLeadDraft(title, value);
    setProblems(found);
    if (minor === null) return;
    try {
      await flagLead({ accountId: account.id, title, kind, estimatedArrMinor: minor, currency: account.currency, timing: timing || null, championContactId: champion || null, evidence, source }, me);
      useToasts.getState().show({ message: `Lead flagged on ${account.name}` });
      onClose();
    } catch (e) {
      setProblems({ save: `Could not save: ${describeError(e)}` });
    }
  };
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="muted">On {account.name}</p>
      <div className="form-grid">
        <div className="span-2"><FormField label="Opportunity" htmlFor="lead-title" error={problems.title}><input id="lead-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Analytics add-on for the EU team" /></FormField></div>
        <FormField label="What" htmlFor="lead-kind"><select id="lead-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as ExpansionKind)}>{expansionKinds.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}</select></FormField>
        <FormField label={`Estimated ARR (${account.currency})`} htmlFor="lead-value" error={problems.value}><input id="lead-value" className="input" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} placeholder="12000" /></FormField>
        <FormField label="Expected decision by" htmlFor="lead-timing"><input id="lead-timing" className="input" type="date" value={timing} onChange={(e) => setTiming(e.target.value)} /></FormField>
        <FormField label="Champion for it" htmlFor="lead-champion"><select id="lead-champion" className="input" value={champion} onChange={(e) => setChampion(e.target.value)}><option value="">Not named yet</option>{contacts.map((c) => <option key={c.id} value={c.id}>{c.name}{c.title ? ` · ${c.title}` : ''}</option>)}</select></FormField>
        <div className="span-2"><FormField label="Evidence" htmlFor="lead-evidence" hint="Usage near limits, a request in a review, a new team…"><textarea id="lead-evidence" className="input" rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} /></FormField></div>
      </div>
      {problems.save ? <p className="error" role="alert">{problems.save}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="button primary">Flag opportunity</button>
      </div>
    </form>
  );
}
