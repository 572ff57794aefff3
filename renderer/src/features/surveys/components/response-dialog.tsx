import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { responseDateProblem, responseFormSchema, responseFromForm, type ResponseFormValues } from '../../../../../shared/domain/survey-form';
import { scoreRange, suggestedThemes, surveyKinds, surveyQuestions, type SurveyKind } from '../../../../../shared/domain/survey-response';
import { surveyKindLabels } from '../../../../../shared/domain/survey-rules';
import { Dialog } from '../../../components/ui/dialog';
import { fieldProps } from '../../../components/ui/field-props';
import { FormField } from '../../../components/ui/form-field';
import { useAccountContacts, useAccountOptions } from '../../../db/queries/account-options';
import { localToday } from '../../../lib/format';
import { userZone } from '../../../lib/now';
import { describeError } from '../../../lib/storage-error';
import { recordResponse } from '../api/survey-writes';

/** Props of ResponseDialog. */
export type ResponseDialogProps = { accountId?: string; onClose: () => void; onSaved?: (result: { id: string; followUpId: string | null }) => void };

/** Enter a survey answer by hand: account, stakeholder, survey, score, date, theme and comment. */
export function ResponseDialog({ accountId, onClose, onSaved }: ResponseDialogProps) {
  const accounts = useAccountOptions();
  return (
    <Dialog title="Record a survey response" onClose={onClose} wide>
      {accounts ? <ResponseForm accounts={accounts} accountId={accountId} onClose={onClose} onSaved={onSaved} /> : <p className="muted">Loading…</p>}
    </Dialog>
  );
}

function ResponseForm({ accounts, accountId, onClose, onSaved }: ResponseDialogProps & { accounts: { id: string; name: string }[] }) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const today = localToday();
  const { register, handleSubmit, watch, setError, formState: { errors, isSubmitting } } = useForm<ResponseFormValues, unknown, ReturnType<typeof responseFormSchema.parse>>({
    resolver: zodResolver(responseFormSchema), mode: 'onTouched',
    defaultValues: { accountId: accountId ?? '', contactId: '', kind: 'nps', score: '', respondedOn: today, theme: '', comment: '' },
  });
  const contacts = useAccountContacts(watch('accountId'));
  const kind = watch('kind') as SurveyKind;
  const range = scoreRange[kind];
  const submit = handleSubmit(async (values) => {
    const dateProblem = responseDateProblem(values.respondedOn, today);
    if (dateProblem) { setError('respondedOn', { message: dateProblem }); return; }
    try {
      const result = await recordResponse(responseFromForm(values, today, new Date().toISOString(), userZone));
      onSaved?.(result);
      onClose();
    } catch (e) {
      setSaveError(describeError(e));
    }
  });
  const field = fieldProps('response', register, errors);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        {accountId ? (
          <div className="field"><span className="label">Account</span><span>{accounts.find((a) => a.id === accountId)?.name ?? '—'}</span></div>
        ) : (
          <FormField label="Account" htmlFor="response-accountId" error={errors.accountId?.message} hint="The customer who answered.">
            <select {...field('accountId')}><option value="">Choose an account…</option>{accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</select>
          </FormField>
        )}
        <FormField label="Respondent" htmlFor="response-contactId" error={errors.contactId?.message} hint="The stakeholder who answered, when you know; a later good answer from them rescues a follow-up.">
          <select {...field('contactId')}><option value="">Not known</option>{contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
        </FormField>
        <FormField label="Survey" htmlFor="response-kind" error={errors.kind?.message} hint={surveyQuestions[kind]}>
          <select {...field('kind')}>{surveyKinds.map((k) => <option key={k} value={k}>{surveyKindLabels[k]} ({scoreRange[k].min}–{scoreRange[k].max})</option>)}</select>
        </FormField>
        <FormField label="Score" htmlFor="response-score" error={errors.score?.message}
          hint={kind === 'nps' ? '0–6 is a detractor and opens a follow-up; 9–10 a promoter.' : kind === 'csat' ? '1–2 opens a follow-up; 4–5 counts as satisfied.' : `${range.min}–${range.max}; effort is reported, it opens no follow-up.`}>
          <input {...field('score')} inputMode="numeric" type="number" min={range.min} max={range.max} step={1} />
        </FormField>
        <FormField label="Answered on" htmlFor="response-respondedOn" error={errors.respondedOn?.message} hint="Today starts the follow-up clock now; an earlier date starts it then.">
          <input {...field('respondedOn')} type="date" max={today} />
        </FormField>
        <FormField label="Theme" htmlFor="response-theme" error={errors.theme?.message} hint="One short tag for what the comment is about, to filter verbatims.">
          <input {...field('theme')} list="response-themes" autoComplete="off" />
        </FormField>
        <datalist id="response-themes">{suggestedThemes.map((t) => <option key={t} value={t} />)}</datalist>
        <div className="span-2">
          <FormField label="Comment" htmlFor="response-comment" error={errors.comment?.message} hint="The customer's words (the verbatim), searchable on the Surveys screen.">
            <textarea {...field('comment')} rows={3} />
          </FormField>
        </div>
      </div>
      {saveError ? <p className="error" role="alert">Could not save: {saveError}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="button primary" disabled={isSubmitting}>Record response</button>
      </div>
    </form>
  );
}
