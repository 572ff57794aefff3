import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, recordIdSchema } from './common';

/** Support ticket states. */
export const ticketStatuses = ['open', 'pending', 'solved', 'closed'] as const;
/** Support ticket priorities. */
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;

/** The synced fields of a support ticket. */
export const ticketFields = {
  accountId: recordIdSchema,
  externalId: z.string().max(100).nullable(),
  subject: z.string().trim().min(1, 'Give the ticket a subject').max(500),
  category: z.string().max(100),
  status: z.enum(ticketStatuses),
  priority: z.enum(ticketPriorities),
  openedAt: isoDateTimeSchema,
  resolvedAt: isoDateTimeSchema.nullable(),
  deleted: deletedSchema,
};

/** A support ticket raised by a customer. */
export const ticketSchema = z.object({ id: recordIdSchema, ...ticketFields });
/** A support ticket raised by a customer. */
export type Ticket = z.infer<typeof ticketSchema>;
