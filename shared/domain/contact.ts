import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, recordIdSchema } from './common';

/** Stakeholder roles in the buying and using organisation. */
export const stakeholderRoles = ['champion', 'decision_maker', 'influencer', 'user', 'detractor'] as const;
/** A stakeholder's role. */
export type StakeholderRole = (typeof stakeholderRoles)[number];

/** How a stakeholder feels about us. */
export const sentiments = ['positive', 'neutral', 'negative'] as const;

/** The synced fields of a contact (stakeholder). */
export const contactFields = {
  accountId: recordIdSchema,
  name: z.string().trim().min(1, 'Give the stakeholder a name').max(200),
  title: z.string().max(200),
  email: z.union([z.literal(''), z.email({ message: 'That is not an email address' })]),
  phone: z.string().max(50),
  role: z.enum(stakeholderRoles, { message: 'Pick a role' }),
  sentiment: z.enum(sentiments),
  lastContactedAt: isoDateTimeSchema.nullable(),
  deleted: deletedSchema,
};

/** A stakeholder at a customer account. */
export const contactSchema = z.object({ id: recordIdSchema, ...contactFields });
/** A stakeholder at a customer account. */
export type Contact = z.infer<typeof contactSchema>;
