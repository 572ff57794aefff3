import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/** Survey kinds: NPS (0–10) and CSAT (1–5). */
export const surveyKinds = ['nps', 'csat'] as const;
/** A survey kind. */
export type SurveyKind = (typeof surveyKinds)[number];

/** The synced fields of a survey response. */
export const surveyResponseFields = {
  accountId: recordIdSchema,
  contactId: optionalRefSchema,
  kind: z.enum(surveyKinds),
  score: z.number().int('Scores are whole numbers').min(0).max(10),
  comment: textSchema,
  respondedAt: isoDateTimeSchema,
  deleted: deletedSchema,
};

/** One NPS or CSAT answer from a customer. */
export const surveyResponseSchema = z
  .object({ id: recordIdSchema, ...surveyResponseFields })
  .refine((r) => r.kind !== 'csat' || (r.score >= 1 && r.score <= 5), {
    message: 'CSAT scores are 1 to 5', path: ['score'],
  });
/** One NPS or CSAT answer from a customer. */
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
