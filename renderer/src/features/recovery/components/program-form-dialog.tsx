import { useCallback, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { defaultSurveyTemplate, storedSurveyTemplate, surveyTemplatePlaceholders } from '../../../../../shared/domain/recovery/follow-up-survey-draft';
import { defaultOutreachTemplate } from '../../../../../shared/domain/recovery/outreach-draft';
import { programInputProblems, type ProgramInput } from '../../../../../shared/domain/recovery/recovery-workflows';
import { localDateTimeInput } from '../../../../../shared/domain/touch-form';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { useMe } from '../../../lib/me';
import { describeError } from '../../../lib/storage-error';
import { startProgram } from '../api/recovery-writes';
import { useSelectableAccounts } from '../api/use-recovery';
import { AccountChooser, type ViewChoice } from './account-chooser';

/** Props of ProgramFormDialog. */
export type ProgramFormDialogProps = { savedViews: ViewChoice[]; onClose: () => void; onSaved: (id: string) => void };

const toIso = (local: string) => (Number.isNaN(new Date(local).getTime()) ? '' : new Date(local).toISOString());

/** Start a recovery program: the incident, what customers are told, the outreach deadline and template, the survey invitation, and the affected accounts. */
export function ProgramFormDialog({ savedViews, onClose, onSaved }: ProgramFormDialogProps) {
  const rows = useSelectableAccounts();
  const me = useMe((s) => s.memberId);
  const [values, setValues] = useState(() => ({
    title: '', description: '', customerExplanation: '', outreachTemplate: defaultOutreachTemplate, surveyTemplate: defaultSurveyTemplate,
    startedAt: localDateTimeInput(new Date()), outreachDeadline: localDateTimeInput(new Date(Date.now() + 48 * 3_600_000)),
  }));
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const onAccounts = useCallback((chosen: Account[]) => {
    setAccounts(chosen);
    if (chosen.length > 0) setProblems(({ accounts: _, ...rest }) => rest);
  }, []);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues({ ...values, [field]: e.target.value });
    if (problems[field]) setProblems(({ [field]: _, ...rest }) => rest);
  };
  const submit = async () => {
    const startedAt = toIso(values.startedAt);
    const outreachDeadline = toIso(values.outreachDeadline);
    const input: ProgramInput = { ...values, title: values.title.trim(), startedAt, outreachDeadline, surveyTemplate: storedSurveyTemplate(values.surveyTemplate) };
    const found = programInputProblems(input, accounts.length);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      onSaved(await startProgram(input, accounts.map((a) => a.id), me));
      onClose();
    } catch (e) {
      setProblems({ save: `Could not save: ${describeError(e)}` });
      setSaving(false);
    }
  };
  return (
    <Dialog title="Start a recovery program" onClose={onClose} wide>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="form-grid">
          <div className="span-2"><FormField label="Program name" htmlFor="program-title" error={problems.title}><input id="program-title" className="input" value={values.title} onChange={set('title')} placeholder="EU card payments outage, 27 Nov" /></FormField></div>
          <FormField label="Incident started" htmlFor="program-startedAt" error={problems.startedAt}><input id="program-startedAt" className="input" type="datetime-local" value={values.startedAt} onChange={set('startedAt')} /></FormField>
          <FormField label="Contact every account by" htmlFor="program-outreachDeadline" error={problems.outreachDeadline}><input id="program-outreachDeadline" className="input" type="datetime-local" value={values.outreachDeadline} onChange={set('outreachDeadline')} /></FormField>
          <div className="span-2"><FormField label="What happened (internal)" htmlFor="program-description"><textarea id="program-description" className="input" rows={2} value={values.description} onChange={set('description')} /></FormField></div>
          <div className="span-2"><FormField label="What we tell customers" htmlFor="program-customerExplanation" hint="Goes into every outreach draft as {{explanation}}"><textarea id="program-customerExplanation" className="input" rows={2} value={values.customerExplanation} onChange={set('customerExplanation')} /></FormField></div>
          <div className="span-2"><FormField label="Outreach template" htmlFor="program-outreachTemplate" hint="First line is the subject. Fills in {{account}}, {{champion}}, {{arr}}, {{products}}, {{program}}, {{explanation}}, {{sender}}"><textarea id="program-outreachTemplate" className="input mono" rows={7} value={values.outreachTemplate} onChange={set('outreachTemplate')} /></FormField></div>
          <details className="span-2 template-editor">
            <summary>Follow-up survey invitation</summary>
            <FormField label="Survey invitation template" htmlFor="program-surveyTemplate" hint={`Sent once an account is followed up. First line is the subject; empty uses the default text. Fills in ${surveyTemplatePlaceholders.map((p) => `{{${p}}}`).join(', ')}`}><textarea id="program-surveyTemplate" className="input mono" rows={7} value={values.surveyTemplate} onChange={set('surveyTemplate')} /></FormField>
          </details>
          <div className="span-2">{rows ? <AccountChooser rows={rows} savedViews={savedViews} onChange={onAccounts} error={problems.accounts} /> : <p className="muted">Loading accounts…</p>}</div>
        </div>
        {problems.save ? <p className="error" role="alert">{problems.save}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={saving}>Start program{accounts.length > 0 ? ` for ${accounts.length} account${accounts.length === 1 ? '' : 's'}` : ''}</button>
        </div>
      </form>
    </Dialog>
  );
}
