import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/** The stages of a closed-loop follow-up, in order: opened → contacted → root cause → action agreed → closed. */
export const followUpStages = ['open', 'contacted', 'root_cause', 'action_agreed', 'closed'] as const;
/** A stage of a follow-up. */
export type FollowUpStage = (typeof followUpStages)[number];

/** How a closed follow-up ended: rescued (a later good answer from the account) or not. */
export const followUpOutcomes = ['rescued', 'not_rescued'] as const;
/** How a closed follow-up ended. */
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

/** The synced fields of a closed-loop follow-up (one per detractor or low-CSAT answer). */
export const surveyFollowUpFields = {
  responseId: recordIdSchema,
  accountId: recordIdSchema,
  contactId: optionalRefSchema,
  /** The account owner when the answer came in. */
  ownerId: optionalRefSchema,
  stage: z.enum(followUpStages, { message: 'Pick a stage' }),
  openedAt: isoDateTimeSchema,
  /** First contact target: the answer's time + 48 hours unless the team chose another target. */
  dueAt: isoDateTimeSchema,
  firstContactAt: isoDateTimeSchema.nullable(),
  rootCause: textSchema,
  action: textSchema,
  outcome: z.enum(followUpOutcomes).nullable(),
  /** The later answer that rescued the account, when the outcome is "rescued". */
  rescuedById: optionalRefSchema,
  closedAt: isoDateTimeSchema.nullable(),
  deleted: deletedSchema,
};

/** A closed-loop follow-up of an unhappy answer. */
export const surveyFollowUpSchema = z.object({ id: recordIdSchema, ...surveyFollowUpFields });
/** A closed-loop follow-up of an unhappy answer. */
export type SurveyFollowUp = z.infer<typeof surveyFollowUpSchema>;
