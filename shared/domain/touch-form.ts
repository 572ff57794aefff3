import { z } from 'zod';
import { touchFields, type Touch } from './touch';

/** What the "log a touch" form holds. `at` is a local date-time as an <input type="datetime-local"> gives it. */
export const touchFormSchema = z.object({
  accountId: z.string().min(1, 'Pick the account'),
  contactId: z.string(),
  kind: touchFields.kind,
  summary: touchFields.summary,
  details: touchFields.details,
  at: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(new Date(s).getTime()), 'Say when it happened'),
});
/** The touch form's values. */
export type TouchFormValues = z.input<typeof touchFormSchema>;

/** Turns valid form values into touch fields; the local time becomes UTC. */
export function touchFromForm(values: TouchFormValues): Pick<Touch, 'accountId' | 'contactId' | 'kind' | 'summary' | 'details' | 'at'> {
  return {
    accountId: values.accountId, contactId: values.contactId || null, kind: values.kind,
    summary: values.summary.trim(), details: values.details, at: new Date(values.at).toISOString(),
  };
}

/** The value of a datetime-local input for an instant, in the local time zone of `Date`. */
export function localDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
