import type { z } from 'zod';
import { accountFields } from './account';
import { accountEventFields } from './account-event';
import { commitmentFields } from './commitment';
import { conflictFields } from './conflict';
import { contactFields } from './contact';
import { escalationEventFields, escalationFields } from './escalation';
import { expansionOpportunityFields } from './expansion';
import { healthSnapshotFields } from './health-snapshot';
import { recoveryProgramFields, recoveryTargetFields } from './recovery';
import { reviewFields } from './review';
import { surveyFollowUpFields } from './survey-follow-up';
import { surveyResponseFields } from './survey-response';
import { teamMemberFields } from './team-member';
import { ticketFields } from './ticket';
import { touchFields } from './touch';
import { usagePointFields } from './usage-point';

/** Every synced record type, by its protocol `entity` name, with the zod schema of each field. */
export const entityFields = {
  accounts: accountFields,
  contacts: contactFields,
  touches: touchFields,
  tickets: ticketFields,
  usagePoints: usagePointFields,
  surveyResponses: surveyResponseFields,
  commitments: commitmentFields,
  escalations: escalationFields,
  escalationEvents: escalationEventFields,
  reviews: reviewFields,
  healthSnapshots: healthSnapshotFields,
  recoveryPrograms: recoveryProgramFields,
  recoveryTargets: recoveryTargetFields,
  expansionOpportunities: expansionOpportunityFields,
  teamMembers: teamMemberFields,
  conflicts: conflictFields,
  accountEvents: accountEventFields,
  surveyFollowUps: surveyFollowUpFields,
} as const satisfies Record<string, Record<string, z.ZodType>>;

/** The name of a synced record type. */
export type EntityName = keyof typeof entityFields;

/** All entity names, in a stable order. */
export const entityNames = Object.keys(entityFields) as EntityName[];

/** The record type (id plus fields) of an entity. */
export type EntityRecord<E extends EntityName> = { id: string } & {
  [F in keyof (typeof entityFields)[E]]: z.infer<(typeof entityFields)[E][F]>;
};

/** The fields of an entity's record, without its id. */
export type EntityFields<E extends EntityName> = Omit<EntityRecord<E>, 'id'>;

/** Whether a string names a known entity. */
export function isEntityName(name: string): name is EntityName {
  return Object.prototype.hasOwnProperty.call(entityFields, name);
}

/** The outcome of checking one field value against its entity's schema. */
export type FieldCheck = { ok: true; value: unknown } | { ok: false; reason: 'unknown_field' | 'invalid_value'; message: string };

/** Validates one field value of one entity against the shared schema (used by client and server). */
export function checkFieldValue(entity: EntityName, field: string, value: unknown): FieldCheck {
  const fields: Record<string, z.ZodType> = entityFields[entity];
  if (!Object.prototype.hasOwnProperty.call(fields, field)) {
    return { ok: false, reason: 'unknown_field', message: `${entity} has no field "${field}"` };
  }
  const schema = fields[field];
  if (!schema) return { ok: false, reason: 'unknown_field', message: `${entity} has no field "${field}"` };
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid_value', message: `${entity}.${field}: ${issue?.message ?? 'invalid value'}` };
  }
  return { ok: true, value: parsed.data };
}
