import { z } from 'zod';
import { deletedSchema, recordIdSchema } from './common';

/** Roles of people on a customer-relations team. */
export const teamRoles = ['manager', 'coordinator', 'specialist', 'lead'] as const;

/** Access levels of a user on the team server (PROTOCOL.md 1.1); null for people without a login. */
export const teamAccessLevels = ['admin', 'member', 'viewer'] as const;
/** An access level on the team server. */
export type TeamAccess = (typeof teamAccessLevels)[number];

/** The synced fields of a team member. */
export const teamMemberFields = {
  name: z.string().trim().min(1, 'Give the person a name').max(200),
  email: z.union([z.literal(''), z.email({ message: 'That is not an email address' })]),
  role: z.enum(teamRoles),
  userId: z.string().max(64).nullable(),
  access: z.enum(teamAccessLevels).nullable(),
  active: z.boolean(),
  deleted: deletedSchema,
};

/** A person on the team who can own accounts, commitments and outreach. */
export const teamMemberSchema = z.object({ id: recordIdSchema, ...teamMemberFields });
/** A person on the team who can own accounts, commitments and outreach. */
export type TeamMember = z.infer<typeof teamMemberSchema>;
