import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { departments, severities, type Escalation } from '../../../../../shared/domain/escalation';
import { escalationFormSchema, escalationFromForm, type EscalationFormValues } from '../../../../../shared/domain/escalation-form';
import { Dialog } from '../../../components/ui/dialog';
import { fieldProps } from '../../../components/ui/field-props';
import { FormField } from '../../../components/ui/form-field';
import { useAccountOptions } from '../../../db/queries/account-options';
import { useTeamMembers } from '../../../db/use-team-members';
import { useMe } from '../../../lib/me';
import { editEscalation, openEscalation } from '../api/escalation-writes';
import { departmentLabels } from './labels';
import { describeError } from '../../../lib/storage-error';

/** Props of EscalationFormDialog. */
export type EscalationFormDialogProps = { accountId?: string; onClose: () => void; onSaved?: (id: string) => void; escalation?: Escalation };

/** Open an escalation (account, severity, departments, owner, target date), or edit one already open. */
export function EscalationFormDialog({ accountId, onClose, onSaved, escalation }: EscalationFormDialogProps) {
  const accounts = useAccountOptions();
  return (
    <Dialog title={escalation ? 'Edit escalation' : 'Open escalation'} onClose={onClose} wide>
      {accounts ? <EscalationForm accounts={accounts} accountId={accountId} onClose={onClose} onSaved={onSaved} escalation={escalation} /> : <p className="muted">Loading…</p>}
    </Dialog>
  );
}

function EscalationForm({ accounts, accountId, onClose, onSaved, escalation: e }: EscalationFormDialogProps & { accounts: { id: string; name: string }[] }) {
  const me = useMe((s) => s.memberId);
  const members = useTeamMembers();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<EscalationFormValues, unknown, ReturnType<typeof escalationFormSchema.parse>>({
    resolver: zodResolver(escalationFormSchema), mode: 'onTouched',
    defaultValues: e
      ? { accountId: e.accountId, title: e.title, description: e.description, severity: e.severity, departments: [...e.departments], ownerId: e.ownerId ?? '', targetResolutionDate: e.targetResolutionDate ?? '' }
      : { accountId: accountId ?? '', title: '', description: '', severity: 'S2', departments: ['support'], ownerId: me ?? '', targetResolutionDate: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      const fields = escalationFromForm(values);
      if (e) await editEscalation(e.id, fields, me);
      const id = e ? e.id : await openEscalation(fields, me);
      onSaved?.(id);
      onClose();
    } catch (e) {
      setSaveError(describeError(e));
    }
  });
  const field = fieldProps('escalation', register, errors);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        {e ? (
          <div className="field"><span className="label">Account</span><span>{accounts.find((a) => a.id === e.accountId)?.name ?? '—'}</span></div>
        ) : (
          <FormField label="Account" htmlFor="escalation-accountId" error={errors.accountId?.message}>
            <select {...field('accountId')}><option value="">Choose an account…</option>{accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</select>
          </FormField>
        )}
        <FormField label="Severity" htmlFor="escalation-severity" error={errors.severity?.message}>
          <select {...field('severity')}>{severities.map((s) => <option key={s} value={s}>{s}</option>)}</select>
        </FormField>
        <div className="span-2"><FormField label="Title" htmlFor="escalation-title" error={errors.title?.message}><input {...field('title')} /></FormField></div>
        <div className="span-2"><FormField label="Description" htmlFor="escalation-description" error={errors.description?.message}><textarea {...field('description')} /></FormField></div>
        <fieldset className="span-2 checks" aria-describedby={errors.departments ? 'escalation-departments-error' : undefined}>
          <legend>Departments involved</legend>
          {departments.map((d) => <label key={d} className="check"><input type="checkbox" value={d} {...register('departments')} />{departmentLabels[d]}</label>)}
          {errors.departments ? <span id="escalation-departments-error" className="error" role="alert">{errors.departments.message}</span> : null}
        </fieldset>
        <FormField label="Owner" htmlFor="escalation-ownerId" error={errors.ownerId?.message}>
          <select {...field('ownerId')}><option value="">Nobody yet</option>{members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</select>
        </FormField>
        <FormField label="Target resolution date" htmlFor="escalation-targetResolutionDate" error={errors.targetResolutionDate?.message}>
          <input {...field('targetResolutionDate')} type="date" />
        </FormField>
      </div>
      {saveError ? <p className="error" role="alert">Could not save: {saveError}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="button primary" disabled={isSubmitting}>{e ? 'Save changes' : 'Open escalation'}</button>
      </div>
    </form>
  );
}
