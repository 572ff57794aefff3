import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lifecycleStages, segments, tiers, type Account } from '../../../../../shared/domain/account';
import { accountFormSchema, accountFromForm, formFromAccount, type AccountFormValues } from '../../../../../shared/domain/account-form';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { Dialog } from '../../../components/ui/dialog';
import { fieldProps } from '../../../components/ui/field-props';
import { FormField } from '../../../components/ui/form-field';
import { createAccount, updateAccount } from '../api/account-writes';
import { segmentLabels, stageLabels, tierLabels } from './labels';
import { describeError } from '../../../lib/storage-error';

/** Props of AccountFormDialog. */
export type AccountFormDialogProps = { account?: Account; members: TeamMember[]; onClose: () => void; onSaved?: (id: string) => void };

/** Create or edit an account; invalid fields explain themselves and nothing typed is lost. */
export function AccountFormDialog({ account, members, onClose, onSaved }: AccountFormDialogProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<AccountFormValues>({
    resolver: zodResolver(accountFormSchema), defaultValues: formFromAccount(account), mode: 'onTouched',
  });
  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const fields = accountFromForm(values);
      const id = account ? account.id : await createAccount(fields);
      if (account) await updateAccount(account.id, fields);
      onSaved?.(id);
      onClose();
    } catch (e) {
      setSaveError(describeError(e));
    }
  });
  const field = fieldProps('account', register, errors);
  return (
    <Dialog title={account ? `Edit ${account.name}` : 'New account'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <div className="span-2"><FormField label="Name" htmlFor="account-name" error={errors.name?.message}><input {...field('name')} /></FormField></div>
          <FormField label="Segment" htmlFor="account-segment" error={errors.segment?.message}>
            <select {...field('segment')}>{segments.map((s) => <option key={s} value={s}>{segmentLabels[s]}</option>)}</select>
          </FormField>
          <FormField label="Tier" htmlFor="account-tier" error={errors.tier?.message}>
            <select {...field('tier')}>{tiers.map((t) => <option key={t} value={t}>{tierLabels[t]}</option>)}</select>
          </FormField>
          <FormField label="Annual contract value" htmlFor="account-arr" error={errors.arr?.message} hint="e.g. 48,000">
            <input {...field('arr')} inputMode="decimal" />
          </FormField>
          <FormField label="Currency" htmlFor="account-currency" error={errors.currency?.message}><input {...field('currency')} maxLength={3} /></FormField>
          <FormField label="Renewal date" htmlFor="account-renewalDate" error={errors.renewalDate?.message}><input {...field('renewalDate')} type="date" /></FormField>
          <FormField label="Lifecycle stage" htmlFor="account-lifecycleStage" error={errors.lifecycleStage?.message}>
            <select {...field('lifecycleStage')}>{lifecycleStages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}</select>
          </FormField>
          <FormField label="Owner" htmlFor="account-ownerId" error={errors.ownerId?.message}>
            <select {...field('ownerId')}><option value="">Nobody yet</option>{members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</select>
          </FormField>
          <FormField label="Industry" htmlFor="account-industry" error={errors.industry?.message}><input {...field('industry')} /></FormField>
          <FormField label="CRM id" htmlFor="account-externalId" error={errors.externalId?.message} hint="Matches re-imports to this account"><input {...field('externalId')} /></FormField>
          <FormField label="Tags" htmlFor="account-tags" error={errors.tags?.message} hint="Separate with commas"><input {...field('tags')} /></FormField>
          <FormField label="Website" htmlFor="account-website" error={errors.website?.message}><input {...field('website')} inputMode="url" /></FormField>
          <FormField label="Phone" htmlFor="account-phone" error={errors.phone?.message}><input {...field('phone')} type="tel" /></FormField>
          <FormField label="Billing city" htmlFor="account-billingCity" error={errors.billingCity?.message}><input {...field('billingCity')} /></FormField>
          <FormField label="Billing country" htmlFor="account-billingCountry" error={errors.billingCountry?.message}><input {...field('billingCountry')} /></FormField>
          <div className="span-2">
            <FormField label="Description" htmlFor="account-description" error={errors.description?.message}><textarea {...field('description')} rows={3} /></FormField>
          </div>
        </div>
        {saveError ? <p className="error" role="alert">Could not save: {saveError}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={isSubmitting}>{account ? 'Save changes' : 'Create account'}</button>
        </div>
      </form>
    </Dialog>
  );
}
