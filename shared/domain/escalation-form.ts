import { z } from 'zod';
import { isoDateSchema } from './common';
import { escalationFields, type Escalation } from './escalation';

/** What the "open escalation" form holds. */
export const escalationFormSchema = z.object({
  accountId: z.string().min(1, 'Pick the account'),
  title: escalationFields.title,
  description: escalationFields.description,
  severity: escalationFields.severity,
  // A checkbox group yields false when nothing is ticked.
  departments: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), escalationFields.departments.min(1, 'Involve at least one department')),
  ownerId: z.string(),
  targetResolutionDate: z.union([z.literal(''), isoDateSchema]),
});
/** The escalation form's values. */
export type EscalationFormValues = z.input<typeof escalationFormSchema>;

/** Turns valid form values into the fields of a new escalation. */
export function escalationFromForm(values: z.output<typeof escalationFormSchema>): Pick<Escalation, 'accountId' | 'title' | 'description' | 'severity' | 'departments' | 'ownerId' | 'targetResolutionDate'> {
  return { ...values, title: values.title.trim(), ownerId: values.ownerId || null, targetResolutionDate: values.targetResolutionDate || null };
}
