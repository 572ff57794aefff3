import { z } from 'zod';
import { isoDateSchema } from './common';
import { scoreRange, surveyKinds, type SurveyKind } from './survey-response';
import type { ResponseInput } from './closed-loop';
import { instantAt } from './local-date';

/** What the "record a response" form holds (every field a string, as the inputs give it). */
export const responseFormSchema = z.object({
  accountId: z.string().min(1, 'Pick the account that answered'),
  contactId: z.string(),
  kind: z.enum(surveyKinds, { message: 'Pick the survey: NPS, CSAT or CES' }),
  score: z.string().trim().min(1, 'Enter the score the customer gave'),
  respondedOn: isoDateSchema,
  theme: z.string().trim().max(50, 'Keep the theme under 50 characters'),
  comment: z.string().max(20_000, 'Keep the comment under 20,000 characters'),
}).superRefine((v, ctx) => {
  const range = scoreRange[v.kind as SurveyKind];
  const n = Number(v.score);
  if (v.score.trim() !== '' && (!Number.isInteger(n) || n < range.min || n > range.max)) {
    ctx.addIssue({ code: 'custom', path: ['score'], message: `${v.kind.toUpperCase()} scores are whole numbers from ${range.min} to ${range.max}` });
  }
});
/** The form's values. */
export type ResponseFormValues = z.input<typeof responseFormSchema>;

/**
 * Turns valid form values into a response: an answer dated today takes the current time (so its
 * follow-up clock starts now); an earlier date is taken at noon of that day in the user's zone.
 */
export function responseFromForm(values: z.output<typeof responseFormSchema>, today: string, nowIso: string, zone: string): ResponseInput {
  const respondedAt = values.respondedOn === today ? nowIso : new Date(instantAt(values.respondedOn, '12:00', zone)).toISOString();
  return {
    accountId: values.accountId, contactId: values.contactId || null, kind: values.kind, score: Number(values.score),
    comment: values.comment.trim(), theme: values.theme.trim().toLowerCase(), respondedAt,
  };
}

/** Why a response date cannot be used (a date after today), or null. */
export function responseDateProblem(respondedOn: string, today: string): string | null {
  return respondedOn > today ? 'A response cannot be dated in the future' : null;
}
