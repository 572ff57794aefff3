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
  // Added after the first release: records written before lack them, so a missing one reads as ''.
  website: z.string().trim().max(200, 'Websites are at most 200 characters').default(''),
  phone: z.string().trim().max(50, 'Phone numbers are at most 50 characters').default(''),
  billingCity: z.string().trim().max(100, 'Cities are at most 100 characters').default(''),
  billingCountry: z.string().trim().max(100, 'Countries are at most 100 characters').default(''),
  description: z.string().max(5000, 'Descriptions are at most 5,000 characters').default(''),
  /** Days between surveys of this account; null or missing follows the team's default (Settings). */
  surveyCadenceDays: z.number().int('Use whole days').min(7, 'Survey at most once a week').max(730, 'Survey at least every two years').nullable().default(null),
};

/** The account fields added after the first release, read as '' when a stored record lacks them. */
export const accountContactFields = ['website', 'phone', 'billingCity', 'billingCountry', 'description'] as const;

/** A customer account in the portfolio. */
export const accountSchema = z.object({ id: recordIdSchema, ...accountFields });
/** A customer account in the portfolio. */
export type Account = z.infer<typeof accountSchema>;
