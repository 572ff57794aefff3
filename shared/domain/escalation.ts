import { z } from 'zod';
import {
  deletedSchema, isoDateSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';

/** Escalation severities, S1 the most severe. */
export const severities = ['S1', 'S2', 'S3', 'S4'] as const;
/** An escalation severity. */
export type Severity = (typeof severities)[number];
/** Departments that can be involved in an escalation. */
export const departments = ['support', 'billing', 'product', 'engineering', 'operations'] as const;
/** A department. */
export type Department = (typeof departments)[number];
/** Escalation status stages. */
export const escalationStatuses = [
  'open', 'investigating', 'waiting_on_customer', 'waiting_on_internal', 'resolved', 'closed',
] as const;
/** An escalation status. */
export type EscalationStatus = (typeof escalationStatuses)[number];

/** Statuses in which an escalation is finished: no more work, no customer-update cadence. */
export const finishedEscalationStatuses: readonly EscalationStatus[] = ['resolved', 'closed'];

/** True while an escalation is open (being worked): not resolved, closed or deleted. The one definition every screen uses. */
export function isActiveEscalation(e: { status: EscalationStatus; deleted: boolean }): boolean {
  return !e.deleted && !finishedEscalationStatuses.includes(e.status);
}

/** The synced fields of an escalation. */
export const escalationFields = {
  accountId: recordIdSchema,
  title: z.string().trim().min(1, 'Give the escalation a title').max(300),
  description: textSchema,
  severity: z.enum(severities),
  departments: z.array(z.enum(departments)).max(departments.length),
  ownerId: optionalRefSchema,
  openedAt: isoDateTimeSchema,
  targetResolutionDate: isoDateSchema.nullable(),
  status: z.enum(escalationStatuses),
  rootCause: textSchema,
  resolution: textSchema,
  resolvedAt: isoDateTimeSchema.nullable(),
  deleted: deletedSchema,
};

/** A customer issue owned to resolution. */
export const escalationSchema = z.object({ id: recordIdSchema, ...escalationFields });
/** A customer issue owned to resolution. */
export type Escalation = z.infer<typeof escalationSchema>;

/** Kinds of entries on an escalation's timeline. */
export const escalationEventKinds = ['customer_update', 'internal_action', 'status_change', 'note'] as const;

/** The synced fields of an escalation timeline entry. */
export const escalationEventFields = {
  escalationId: recordIdSchema,
  accountId: recordIdSchema,
  kind: z.enum(escalationEventKinds),
  department: z.enum(departments).nullable(),
  body: z.string().max(20_000),
  fromStatus: z.enum(escalationStatuses).nullable(),
  toStatus: z.enum(escalationStatuses).nullable(),
  at: isoDateTimeSchema,
  authorId: optionalRefSchema,
  deleted: deletedSchema,
};

/** One timestamped entry on an escalation's timeline. */
export const escalationEventSchema = z.object({ id: recordIdSchema, ...escalationEventFields });
/** One timestamped entry on an escalation's timeline. */
export type EscalationEvent = z.infer<typeof escalationEventSchema>;
