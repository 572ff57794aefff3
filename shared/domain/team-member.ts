import { z } from 'zod';
import { deletedSchema, recordIdSchema } from './common';

/** Roles of people on a customer-relations team (their job, not their access to the server). */
export const teamRoles = ['manager', 'coordinator', 'specialist', 'lead'] as const;

/** What a team member with a login may do on the team server (PROTOCOL.md 1.1, same as a user's role). */
export const memberAccessLevels = ['admin', 'member', 'viewer'] as const;
/** What a team member with a login may do on the team server. */
export type MemberAccess = (typeof memberAccessLevels)[number];

/**
 * The fields the server writes on a user's member record (PROTOCOL.md "Team members (1.1)");
 * a client pushing one of them to a user's member record is refused.
 */
export const serverWrittenMemberFields = ['userId', 'name', 'email', 'access', 'active'] as const;
/** Access levels of a user on the team server (same list as memberAccessLevels). */
export const teamAccessLevels = memberAccessLevels;
/** An access level on the team server. */
export type TeamAccess = MemberAccess;

/** The synced fields of a team member. */
export const teamMemberFields = {
  name: z.string().trim().min(1, 'Give the person a name').max(200),
  email: z.union([z.literal(''), z.email({ message: 'That is not an email address' })]),
  role: z.enum(teamRoles),
  userId: z.string().max(64).nullable(),
  /** Server access of a user; null for a person without a login. */
  access: z.enum(memberAccessLevels).nullable(),
  /** False once an admin deactivated the user (they can no longer sign in). */
  active: z.boolean(),
  deleted: deletedSchema,
};

/** A person on the team who can own accounts, commitments and outreach. */
export const teamMemberSchema = z.object({ id: recordIdSchema, ...teamMemberFields });
/** A person on the team who can own accounts, commitments and outreach. */
export type TeamMember = z.infer<typeof teamMemberSchema>;
