import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/** Survey kinds: NPS (0–10), CSAT (1–5) and CES, customer effort (1–7, higher = easier). */
export const surveyKinds = ['nps', 'csat', 'ces'] as const;
/** A survey kind. */
export type SurveyKind = (typeof surveyKinds)[number];

/** The lowest and highest score of each survey kind. */
export const scoreRange: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 },
};

/** What each kind asks, in the words a survey uses (shown beside the score field). */
export const surveyQuestions: Record<SurveyKind, string> = {
  nps: 'How likely are you to recommend us to a friend or colleague? 0 = not at all, 10 = extremely likely.',
  csat: 'How satisfied are you? 1 = very dissatisfied, 5 = very satisfied.',
  ces: 'How easy was it to get what you needed? 1 = very difficult, 7 = very easy.',
};

/** Theme tags offered for a verbatim (any short tag may be typed; these keep the filter tidy). */
export const suggestedThemes = ['product', 'support', 'onboarding', 'reliability', 'pricing', 'relationship', 'billing', 'performance'] as const;

/** The synced fields of a survey response. */
export const surveyResponseFields = {
  accountId: recordIdSchema,
  contactId: optionalRefSchema,
  kind: z.enum(surveyKinds),
  score: z.number().int('Scores are whole numbers').min(0, 'Scores start at 0').max(10, 'Scores go up to 10'),
  comment: textSchema,
  respondedAt: isoDateTimeSchema,
  deleted: deletedSchema,
  // Added with the closed loop: records written before lack it, so a missing one reads as ''.
  theme: z.string().trim().max(50, 'Themes are at most 50 characters').default(''),
};

/** One NPS, CSAT or CES answer from a customer (each kind's score within its range). */
export const surveyResponseSchema = z
  .object({ id: recordIdSchema, ...surveyResponseFields })
  .refine((r) => r.kind !== 'csat' || (r.score >= 1 && r.score <= 5), { message: 'CSAT scores are 1 to 5', path: ['score'] })
  .refine((r) => r.kind !== 'ces' || (r.score >= 1 && r.score <= 7), { message: 'CES scores are 1 to 7', path: ['score'] });
/** One NPS, CSAT or CES answer from a customer. */
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
