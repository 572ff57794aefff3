import type { Commitment } from '../../../../shared/domain/commitment';
import { escalationStatuses, finishedEscalationStatuses, type Escalation, type EscalationEvent } from '../../../../shared/domain/escalation';
import type { SurveyFollowUp } from '../../../../shared/domain/survey-follow-up';
import { isOpenConflict, openConflictsByAccount } from '../../../../shared/domain/conflict-badges';
import { isEntityName, type EntityName } from '../../../../shared/domain/entities';
import { db } from '../instance';

/** Commitments still to be kept (open or renegotiated to a new date), deleted ones included for the caller to drop. */
export async function readOpenCommitments(): Promise<Commitment[]> {
  // Two equality scans beat anyOf(), which some IndexedDB implementations run as a slow multi-range cursor.
  const [open, renegotiated] = await Promise.all([
    db.commitments.where('status').equals('open').toArray(),
    db.commitments.where('status').equals('renegotiated').toArray(),
  ]);
  return open.concat(renegotiated);
}

/** The statuses of escalations still being worked. */
const activeStatuses = escalationStatuses.filter((s) => !finishedEscalationStatuses.includes(s));

/** Escalations not yet resolved or closed, deleted ones included for the caller to drop. */
export async function readOpenEscalations(): Promise<Escalation[]> {
  // One equality read per open status (each its own short task) instead of noneOf()'s multi-range cursor.
  const parts = await db.transaction('r', db.escalations, () => Promise.all(activeStatuses.map((s) => db.escalations.where('status').equals(s).toArray())));
  return parts.flat();
}

/** Timeline events of the given escalations. */
export function readEscalationEvents(escalationIds: string[]): Promise<EscalationEvent[]> {
  return db.escalationEvents.where('escalationId').anyOf(escalationIds).toArray();
}

/** Open conflicts per account (directly, or through a record of the account), for the badges. */
export async function readOpenConflictsByAccount(): Promise<Map<string, number>> {
  const open = (await db.conflicts.toArray()).filter(isOpenConflict);
  const owners = new Map<string, string | null>();
  const byEntity = new Map<EntityName, string[]>();
  for (const c of open) {
    if (c.entity === 'accounts' || !isEntityName(c.entity)) continue;
    byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c.recordId]);
  }
  for (const [entity, ids] of byEntity) {
    const records = (await db.table(entity).bulkGet(ids)) as ({ accountId?: unknown } | undefined)[];
    ids.forEach((id, i) => owners.set(`${entity}:${id}`, typeof records[i]?.accountId === 'string' ? (records[i]?.accountId as string) : null));
  }
  return openConflictsByAccount(open, (entity, id) => owners.get(`${entity}:${id}`));
}

/** What the due alerts look at: open commitments and escalations, their timelines, and account names. */
export type OpenWork = { commitments: Commitment[]; escalations: Escalation[]; events: EscalationEvent[]; followUps: SurveyFollowUp[]; accountNames: Map<string, string> };

/** Reads the open work (commitments, escalations and their events; deleted ones dropped) with the names of accounts. */
export async function readOpenWork(): Promise<OpenWork> {
  const [commitments, escalations, accountNames, followUps] = await Promise.all([
    readOpenCommitments(), readOpenEscalations(), readAccountNames(), db.surveyFollowUps.where('stage').notEqual('closed').toArray(),
  ]);
  const events = await readEscalationEvents(escalations.map((e) => e.id));
  return {
    commitments: commitments.filter((c) => !c.deleted), escalations: escalations.filter((e) => !e.deleted), events: events.filter((e) => !e.deleted),
    followUps: followUps.filter((f) => !f.deleted), accountNames,
  };
}

/** Every account's name by id (deleted ones too: old work still names its account). */
export async function readAccountNames(): Promise<Map<string, string>> {
  // From the name index alone: no account record is read and deserialised for its name.
  const names = new Map<string, string>();
  await db.accounts.orderBy('name').eachKey((name, cursor) => { names.set(String(cursor.primaryKey), String(name)); });
  return names;
}
