import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { contactFields, sentiments, stakeholderRoles, type Contact } from '../../../../../shared/domain/contact';
import { Dialog } from '../../../components/ui/dialog';
import { fieldProps } from '../../../components/ui/field-props';
import { FormField } from '../../../components/ui/form-field';
import { createContact, updateContact } from '../api/account-writes';
import { roleLabels, sentimentLabels } from './labels';
import { describeError } from '../../../lib/storage-error';

const stakeholderFormSchema = z.object({
  name: contactFields.name, title: contactFields.title, email: contactFields.email, phone: contactFields.phone,
  role: contactFields.role, sentiment: contactFields.sentiment,
});
type StakeholderFormValues = z.infer<typeof stakeholderFormSchema>;

/** Props of StakeholderFormDialog. */
export type StakeholderFormDialogProps = { accountId: string; contact?: Contact; onClose: () => void };

/** Add or edit a stakeholder. */
export function StakeholderFormDialog({ accountId, contact, onClose }: StakeholderFormDialogProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<StakeholderFormValues>({
    resolver: zodResolver(stakeholderFormSchema), mode: 'onTouched',
    defaultValues: contact ?? { name: '', title: '', email: '', phone: '', role: 'user', sentiment: 'neutral' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      if (contact) await updateContact(contact.id, values);
      else await createContact(accountId, values);
      onClose();
    } catch (e) {
      setSaveError(describeError(e));
    }
  });
  const field = fieldProps('stakeholder', register, errors);
  return (
    <Dialog title={contact ? `Edit ${contact.name}` : 'New stakeholder'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <FormField label="Name" htmlFor="stakeholder-name" error={errors.name?.message}><input {...field('name')} /></FormField>
          <FormField label="Title" htmlFor="stakeholder-title" error={errors.title?.message}><input {...field('title')} /></FormField>
          <FormField label="Email" htmlFor="stakeholder-email" error={errors.email?.message}><input {...field('email')} type="email" /></FormField>
          <FormField label="Phone" htmlFor="stakeholder-phone" error={errors.phone?.message}><input {...field('phone')} type="tel" /></FormField>
          <FormField label="Role" htmlFor="stakeholder-role" error={errors.role?.message}>
            <select {...field('role')}>{stakeholderRoles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}</select>
          </FormField>
          <FormField label="Sentiment" htmlFor="stakeholder-sentiment" error={errors.sentiment?.message}>
            <select {...field('sentiment')}>{sentiments.map((s) => <option key={s} value={s}>{sentimentLabels[s]}</option>)}</select>
          </FormField>
        </div>
        {saveError ? <p className="error" role="alert">Could not save: {saveError}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={isSubmitting}>{contact ? 'Save changes' : 'Add stakeholder'}</button>
        </div>
      </form>
    </Dialog>
  );
}
