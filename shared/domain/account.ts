import { z } from 'zod';
import {
  currencySchema, deletedSchema, isoDateSchema, isoDateTimeSchema, minorUnitsSchema, optionalRefSchema,
  recordIdSchema,
} from './common';

/** Customer segments, by size. */
export const segments = ['smb', 'mid_market', 'enterprise'] as const;
/** A customer segment. */
export type Segment = (typeof segments)[number];

/** Service tiers (1 = highest touch). */
export const tiers = ['tier_1', 'tier_2', 'tier_3'] as const;

/** Lifecycle stages of an account. */
export const lifecycleStages = ['onboarding', 'adopting', 'mature', 'renewing', 'at_risk', 'churned'] as const;

/** The synced fields of an account. */
export const accountFields = {
  name: z.string().trim().min(1, 'Give the account a name').max(200, 'Names are at most 200 characters'),
  externalId: z.string().max(100).nullable(),
  segment: z.enum(segments, { message: 'Pick a segment' }),
  tier: z.enum(tiers, { message: 'Pick a tier' }),
  arrMinor: minorUnitsSchema,
  currency: currencySchema,
  renewalDate: isoDateSchema.nullable(),
  lifecycleStage: z.enum(lifecycleStages),
  ownerId: optionalRefSchema,
  industry: z.string().max(100),
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
  createdAt: isoDateTimeSchema,
  deleted: deletedSchema,
};

/** A customer account in the portfolio. */
export const accountSchema = z.object({ id: recordIdSchema, ...accountFields });
/** A customer account in the portfolio. */
export type Account = z.infer<typeof accountSchema>;
