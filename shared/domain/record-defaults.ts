import { reviewPlanningDefaults } from './review';
import { entityFields, type EntityFields, type EntityName } from './entities';

/** The value each defaulted field of an entity takes when a new record does not give one. */
type DefaultsOf<E extends EntityName> = (nowIso: string) => Partial<EntityFields<E>>;

const today = (nowIso: string) => nowIso.slice(0, 10);

/**
 * Defaults of every entity, in one place: record factories, imports, the sample portfolio and the
 * server's "complete creates" rule (PROTOCOL.md 1.1) all read them. A field missing here has no
 * default: a new record must carry it.
 */
export const entityDefaults: { [E in EntityName]: DefaultsOf<E> } = {
  accounts: (now) => ({
    externalId: null, segment: 'smb', tier: 'tier_3', arrMinor: 0, currency: 'USD', renewalDate: null,
    lifecycleStage: 'adopting', ownerId: null, industry: '', tags: [], createdAt: now, deleted: false,
    website: '', phone: '', billingCity: '', billingCountry: '', description: '', surveyCadenceDays: null,
  }),
  contacts: () => ({ title: '', email: '', phone: '', role: 'user', sentiment: 'neutral', lastContactedAt: null, deleted: false }),
  touches: (now) => ({ contactId: null, kind: 'note', details: '', at: now, authorId: null, deleted: false }),
  tickets: (now) => ({ externalId: null, category: '', status: 'open', priority: 'normal', openedAt: now, resolvedAt: null, deleted: false }),
  usagePoints: () => ({ deleted: false }),
  surveyResponses: (now) => ({ contactId: null, comment: '', respondedAt: now, deleted: false, theme: '' }),
  commitments: (now) => ({
    accountId: null, details: '', owedBy: 'us', ownerId: null, toContactId: null, dueDate: today(now), dueTime: null,
    sourceKind: 'manual', sourceId: null, status: 'open', renegotiatedReason: '', customerConfirmed: false,
    completedAt: null, remindAt: null, createdAt: now, deleted: false,
  }),
  escalations: (now) => ({
    description: '', severity: 'S3', departments: [], ownerId: null, openedAt: now, targetResolutionDate: null,
    status: 'open', rootCause: '', resolution: '', resolvedAt: null, deleted: false,
  }),
  escalationEvents: (now) => ({ kind: 'note', department: null, body: '', fromStatus: null, toStatus: null, at: now, authorId: null, deleted: false }),
  reviews: () => ({
    kind: 'check_in', status: 'planned', agenda: '', notes: '', managerAssessment: null, followUpSummary: '', deleted: false,
    ...reviewPlanningDefaults(),
  }),
  healthSnapshots: () => ({ components: {}, deleted: false }),
  recoveryPrograms: (now) => ({
    description: '', startedAt: now, status: 'active', ownerId: null, deleted: false, customerExplanation: '', outreachTemplate: '', surveyTemplate: '',
  }),
  recoveryTargets: () => ({
    stage: 'pending', outcome: null, assigneeId: null, contactedAt: null, notes: '', deleted: false, impact: null, impactNote: '',
    creditMinor: 0, creditCurrency: 'USD', fixDate: null, workaround: '', followedUpAt: null, escalationId: null, surveyRequestedAt: null,
  }),
  expansionOpportunities: (now) => ({
    context: '', estimatedArrMinor: 0, currency: 'USD', stage: 'identified', ownerId: null, createdAt: now, deleted: false,
    kind: 'product', timing: null, championContactId: null, evidence: '', needConfirmed: false, valueConfirmed: false,
    timingConfirmed: false, championConfirmed: false, lostReason: '', valueWonMinor: 0, handedOffAt: null, closedAt: null, source: 'account_page',
  }),
  teamMembers: () => ({ email: '', role: 'specialist', userId: null, access: null, active: true, deleted: false }),
  conflicts: () => ({ resolved: false, deleted: false }),
  accountEvents: (now) => ({
    at: now, fromArrMinor: null, toArrMinor: null, currency: 'USD', fromStage: null, toStage: null, renewalDate: null,
    note: '', authorId: null, deleted: false,
  }),
  surveyFollowUps: (now) => ({
    contactId: null, ownerId: null, stage: 'open', openedAt: now, firstContactAt: null, rootCause: '', action: '', outcome: null,
    rescuedById: null, closedAt: null, deleted: false,
  }),
};

/** The fields of an entity a new record must carry because they have no default. */
export function requiredFields(entity: EntityName): string[] {
  const defaults = entityDefaults[entity]('1970-01-01T00:00:00.000Z') as Record<string, unknown>;
  return Object.keys(entityFields[entity]).filter((field) => !(field in defaults));
}

/** The fields a create lacks that have no default (empty when the create is complete). */
export function missingRequiredFields(entity: EntityName, given: Iterable<string>): string[] {
  const present = new Set(given);
  return requiredFields(entity).filter((field) => !present.has(field));
}

/** Every field of a new record: the given ones, and the default of each field not given. */
export function newRecordFields<E extends EntityName>(entity: E, given: Partial<EntityFields<E>>, nowIso: string): EntityFields<E> {
  const fields = entityDefaults[entity](nowIso) as Record<string, unknown>;
  for (const [field, value] of Object.entries(given)) if (value !== undefined) fields[field] = value;
  return fields as EntityFields<E>;
}

/** The defaults of the fields a partial record lacks (what the server writes with a create). */
export function defaultsFor(entity: EntityName, given: Iterable<string>, nowIso: string): Record<string, unknown> {
  const present = new Set(given);
  const defaults = entityDefaults[entity](nowIso) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(defaults).filter(([field]) => !present.has(field)));
}
