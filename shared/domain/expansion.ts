import { z } from 'zod';
import {
  currencySchema, deletedSchema, isoDateTimeSchema, minorUnitsSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';

/** Stages of an expansion opportunity. */
export const expansionStages = ['identified', 'qualified', 'handed_to_sales', 'won', 'lost'] as const;

/** The synced fields of an expansion opportunity. */
export const expansionOpportunityFields = {
  accountId: recordIdSchema,
  title: z.string().trim().min(1, 'Name the opportunity').max(300),
  context: textSchema,
  estimatedArrMinor: minorUnitsSchema,
  currency: currencySchema,
  stage: z.enum(expansionStages),
  ownerId: optionalRefSchema,
  createdAt: isoDateTimeSchema,
  deleted: deletedSchema,
};

/** A chance to grow an account, qualified and handed to sales. */
export const expansionOpportunitySchema = z.object({ id: recordIdSchema, ...expansionOpportunityFields });
/** A chance to grow an account, qualified and handed to sales. */
export type ExpansionOpportunity = z.infer<typeof expansionOpportunitySchema>;
