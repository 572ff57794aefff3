import type { Commitment } from '../../../../shared/domain/commitment';
import type { Escalation, EscalationEvent } from '../../../../shared/domain/escalation';
import { isOpenConflict, openConflictsByAccount } from '../../../../shared/domain/conflict-badges';
import { isEntityName, type EntityName } from '../../../../shared/domain/entities';
import { db } from '../instance';
import { readAccountNamesIn, readEscalationEventsIn, readOpenCommitmentsIn, readOpenEscalationsIn, readOpenWorkIn, type OpenWork } from './open-work-reads';

/** Commitments still to be kept (open or renegotiated to a new date), deleted ones included for the caller to drop. */
export function readOpenCommitments(): Promise<Commitment[]> {
  return readOpenCommitmentsIn(db);
}

/** Escalations not yet resolved or closed, deleted ones included for the caller to drop. */
export function readOpenEscalations(): Promise<Escalation[]> {
  return readOpenEscalationsIn(db);
}

/** Timeline events of the given escalations. */
export function readEscalationEvents(escalationIds: string[]): Promise<EscalationEvent[]> {
  return readEscalationEventsIn(db, escalationIds);
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

export type { OpenWork } from './open-work-reads';

/** Reads the open work (commitments, escalations and their events; deleted ones dropped) with the names of accounts. */
export function readOpenWork(): Promise<OpenWork> {
  return readOpenWorkIn(db);
}

/** Every account's name by id (deleted ones too: old work still names its account). */
export function readAccountNames(): Promise<Map<string, string>> {
  return readAccountNamesIn(db);
}
