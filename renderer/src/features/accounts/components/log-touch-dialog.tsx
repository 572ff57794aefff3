import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { touchKinds } from '../../../../../shared/domain/touch';
import { localDateTimeInput, touchFormSchema, touchFromForm, type TouchFormValues } from '../../../../../shared/domain/touch-form';
import { Dialog } from '../../../components/ui/dialog';
import { fieldProps } from '../../../components/ui/field-props';
import { FormField } from '../../../components/ui/form-field';
import { useAccountContacts, useAccountOptions } from '../../../db/queries/account-options';
import { useMe } from '../../../lib/me';
import { useToasts } from '../../../lib/toast';
import { logTouch } from '../api/account-writes';
import { describeError } from '../../../lib/storage-error';

/** Props of LogTouchDialog. */
export type LogTouchDialogProps = {
  accountId?: string; onClose: () => void;
  /** When given, the form offers to flag an expansion opportunity from this touch once it is logged. */
  onFlagOpportunity?: (touch: { accountId: string; summary: string }) => void;
};

const kindLabels: Record<string, string> = { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note' };

/** Log a call, email, meeting or note on an account — from the account page or from anywhere via the palette. */
export function LogTouchDialog({ accountId, onClose, onFlagOpportunity }: LogTouchDialogProps) {
  // The account list must be there before the form mounts, or the select cannot show the preselected account.
  const accounts = useAccountOptions();
  return (
    <Dialog title="Log a touch" onClose={onClose}>
      {accounts ? <LogTouchForm accounts={accounts} accountId={accountId} onClose={onClose} onFlagOpportunity={onFlagOpportunity} /> : <p className="muted">Loading accounts…</p>}
    </Dialog>
  );
}

function LogTouchForm({ accounts, accountId, onClose, onFlagOpportunity }: LogTouchDialogProps & { accounts: { id: string; name: string }[] }) {
  const me = useMe((s) => s.memberId);
  const [flagNext, setFlagNext] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, watch, formState: { errors, isSubmitting } } = useForm<TouchFormValues>({
    resolver: zodResolver(touchFormSchema), mode: 'onTouched',
    defaultValues: { accountId: accountId ?? '', contactId: '', kind: 'call', summary: '', details: '', at: localDateTimeInput(new Date()) },
  });
  const chosenAccount = watch('accountId');
  const contacts = useAccountContacts(chosenAccount);
  const submit = handleSubmit(async (values) => {
    try {
      const touch = touchFromForm(values);
      await logTouch(touch, me);
      useToasts.getState().show({ message: 'Touch logged' });
      onClose();
      if (flagNext && onFlagOpportunity) onFlagOpportunity({ accountId: touch.accountId, summary: touch.summary });
    } catch (e) {
      setSaveError(describeError(e));
    }
  });
  const field = fieldProps('touch', register, errors);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <FormField label="Kind" htmlFor="touch-kind" error={errors.kind?.message}>
            <select {...field('kind')}>{touchKinds.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}</select>
          </FormField>
          <FormField label="When" htmlFor="touch-at" error={errors.at?.message}><input {...field('at')} type="datetime-local" /></FormField>
          <FormField label="Account" htmlFor="touch-accountId" error={errors.accountId?.message}>
            <select {...field('accountId')}><option value="">Choose an account…</option>{accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</select>
          </FormField>
          <FormField label="With" htmlFor="touch-contactId" error={errors.contactId?.message}>
            <select {...field('contactId')}><option value="">No one in particular</option>{contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
          </FormField>
          <div className="span-2"><FormField label="Summary" htmlFor="touch-summary" error={errors.summary?.message}><input {...field('summary')} placeholder="What happened, in a line" /></FormField></div>
          <div className="span-2"><FormField label="Details" htmlFor="touch-details" error={errors.details?.message}><textarea {...field('details')} /></FormField></div>
        </div>
        {onFlagOpportunity ? <label className="check"><input type="checkbox" checked={flagNext} onChange={(e) => setFlagNext(e.target.checked)} />Flag an expansion opportunity from this touch</label> : null}
        {saveError ? <p className="error" role="alert">Could not save: {saveError}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={isSubmitting}>Log touch</button>
        </div>
    </form>
  );
}
