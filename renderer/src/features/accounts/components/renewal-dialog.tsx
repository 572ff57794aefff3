import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { parseMoney } from '../../../../../shared/domain/money';
import { renewalKind, renewalProblem, type RenewalInput } from '../../../../../shared/domain/renewal';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { useMe } from '../../../lib/me';
import { useToasts } from '../../../lib/toast';
import { recordRenewal } from '../api/account-writes';

/** Props of RenewalDialog. */
export type RenewalDialogProps = { account: Account; onClose: () => void };

const kindWords = { renewed: 'Renewed', downgraded: 'Renewed at a lower value (downgrade)', churned: 'Churned', arr_changed: '', lifecycle_changed: '' };

/** Records how a renewal ended — renewed (at what value, until when) or churned — kept as history for the retention figures. */
export function RenewalDialog({ account, onClose }: RenewalDialogProps) {
  const me = useMe((s) => s.memberId);
  const [outcome, setOutcome] = useState<'renewed' | 'churned'>('renewed');
  const [value, setValue] = useState((account.arrMinor / 100).toFixed(2));
  const [nextDate, setNextDate] = useState(account.renewalDate ? `${Number(account.renewalDate.slice(0, 4)) + 1}${account.renewalDate.slice(4)}` : '');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = (): RenewalInput => (outcome === 'churned'
    ? { outcome, note }
    : { outcome, newArrMinor: parseMoney(value) ?? -1, newRenewalDate: nextDate || null, note });
  const save = async () => {
    const entered = input();
    const why = renewalProblem(account, entered);
    if (why) return setProblem(why);
    try {
      await recordRenewal(account, entered, me);
      useToasts.getState().show({ message: `${kindWords[renewalKind(account, entered)]}: recorded for ${account.name}` });
      onClose();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog title="Record renewal" onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        <div className="form-grid">
          <FormField label="Outcome" htmlFor="renewal-outcome">
            <select id="renewal-outcome" className="input" value={outcome} onChange={(e) => { setOutcome(e.target.value as 'renewed' | 'churned'); setProblem(null); }}>
              <option value="renewed">Renewed</option><option value="churned">Churned (did not renew)</option>
            </select>
          </FormField>
          {outcome === 'renewed' ? (
            <>
              <FormField label={`New annual value (${account.currency})`} htmlFor="renewal-value">
                <input id="renewal-value" className="input" inputMode="decimal" value={value} onChange={(e) => { setValue(e.target.value); setProblem(null); }} />
              </FormField>
              <FormField label="Next renewal date" htmlFor="renewal-date">
                <input id="renewal-date" className="input" type="date" value={nextDate} onChange={(e) => { setNextDate(e.target.value); setProblem(null); }} />
              </FormField>
            </>
          ) : null}
          <div className="span-2"><FormField label="Note" htmlFor="renewal-note"><textarea id="renewal-note" className="input" value={note} onChange={(e) => setNote(e.target.value)} /></FormField></div>
        </div>
        {problem ? <p className="error" role="alert">{problem}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Record</button>
        </div>
      </form>
    </Dialog>
  );
}
