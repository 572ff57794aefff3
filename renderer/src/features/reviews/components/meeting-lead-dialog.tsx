import { useState } from 'react';
import { expansionKinds, type ExpansionKind } from '../../../../../shared/domain/expansion';
import { checkLeadDraft, expansionKindLabels as kindLabels } from '../../../../../shared/domain/expansion/expansion-rules';
import type { Contact } from '../../../../../shared/domain/contact';
import { meetingLeadChampions } from '../../../../../shared/domain/review/meeting-lead';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { describeError } from '../../../lib/storage-error';
import type { MeetingLeadInput } from '../api/review-writes';

/** Props of MeetingLeadDialog. */
export type MeetingLeadDialogProps = {
  line: string; evidence: string; currency: string; contacts: Contact[]; attendeeIds: string[];
  onSave: (input: MeetingLeadInput) => Promise<void>; onClose: () => void;
};

/** The quick dialog that turns a line of meeting notes into an expansion lead: what, value, timing, the champion among the attendees, evidence. */
export function MeetingLeadDialog({ line, evidence: initialEvidence, currency, contacts, attendeeIds, onSave, onClose }: MeetingLeadDialogProps) {
  const champions = meetingLeadChampions(contacts, attendeeIds);
  const [title, setTitle] = useState(line);
  const [kind, setKind] = useState<ExpansionKind>('product');
  const [value, setValue] = useState('');
  const [timing, setTiming] = useState('');
  const [champion, setChampion] = useState(champions.preselected ?? '');
  const [evidence, setEvidence] = useState(initialEvidence);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const submit = async () => {
    const { estimatedArrMinor: minor, problems: found } = checkLeadDraft(title, value);
    setProblems(found);
    if (minor === null) return;
    try {
      await onSave({ title: title.trim(), kind, estimatedArrMinor: minor, currency, timing: timing || null, championContactId: champion || null, evidence });
      onClose();
    } catch (e) {
      setProblems({ save: `Could not save: ${describeError(e)}` });
    }
  };
  return (
    <Dialog title="New expansion lead" onClose={onClose} wide>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="form-grid">
          <div className="span-2"><FormField label="Opportunity" htmlFor="ml-title" error={problems.title}><input id="ml-title" className="input" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} /></FormField></div>
          <FormField label="What" htmlFor="ml-kind"><select id="ml-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as ExpansionKind)}>{expansionKinds.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}</select></FormField>
          <FormField label={`Estimated ARR (${currency})`} htmlFor="ml-value" error={problems.value}><input id="ml-value" className="input" inputMode="decimal" value={value} placeholder="12000" onChange={(e) => setValue(e.target.value)} /></FormField>
          <FormField label="Expected decision by" htmlFor="ml-timing"><input id="ml-timing" className="input" type="date" value={timing} onChange={(e) => setTiming(e.target.value)} /></FormField>
          <FormField label="Champion for it" htmlFor="ml-champion" hint={champions.choices.length === 0 ? 'Tick who attends to choose among them' : undefined}>
            <select id="ml-champion" className="input" value={champion} onChange={(e) => setChampion(e.target.value)}>
              <option value="">Not named yet</option>
              {champions.choices.map((c) => <option key={c.id} value={c.id}>{c.name}{c.title ? ` · ${c.title}` : ''}</option>)}
            </select>
          </FormField>
          <div className="span-2"><FormField label="Evidence" htmlFor="ml-evidence"><textarea id="ml-evidence" className="input" rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} /></FormField></div>
        </div>
        {problems.save ? <p className="error" role="alert">{problems.save}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Flag lead</button>
        </div>
      </form>
    </Dialog>
  );
}
