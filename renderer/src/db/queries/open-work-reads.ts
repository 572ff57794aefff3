import type { Commitment } from '../../../../shared/domain/commitment';
import { escalationStatuses, finishedEscalationStatuses, type Escalation, type EscalationEvent } from '../../../../shared/domain/escalation';
import type { RecoveryProgram, RecoveryTarget } from '../../../../shared/domain/recovery';
import type { SurveyFollowUp } from '../../../../shared/domain/survey-follow-up';
import type { SurveyResponse } from '../../../../shared/domain/survey-response';
import type { RapportDb } from '../db';
import { readIndexEquals } from './index-reads';

// The open-work reads over a given database: the app's own (open-work.ts, recovery.ts) and the
// due-alert worker's connection share them. No import of the app's database instance here.

/** Commitments still to be kept (open or renegotiated to a new date), deleted ones included for the caller to drop. */
export function readOpenCommitmentsIn(db: RapportDb): Promise<Commitment[]> {
  // Two equality reads of the status index (not anyOf(), which some IndexedDB implementations run as
  // a slow multi-range cursor), observed by a live query as the whole table.
  return readIndexEquals(db, db.commitments, 'status', ['open', 'renegotiated']);
}

/** The statuses of escalations still being worked. */
const activeStatuses = escalationStatuses.filter((s) => !finishedEscalationStatuses.includes(s));

/** Escalations not yet resolved or closed, deleted ones included for the caller to drop. */
export async function readOpenEscalationsIn(db: RapportDb): Promise<Escalation[]> {
  // One equality read per open status (each its own short task) instead of noneOf()'s multi-range cursor.
  const parts = await db.transaction('r', db.escalations, () => Promise.all(activeStatuses.map((s) => db.escalations.where('status').equals(s).toArray())));
  return parts.flat();
}

/** Timeline events of the given escalations. */
export function readEscalationEventsIn(db: RapportDb, escalationIds: string[]): Promise<EscalationEvent[]> {
  return db.escalationEvents.where('escalationId').anyOf(escalationIds).toArray();
}

/** Every account's name by id (deleted ones too: old work still names its account). */
export async function readAccountNamesIn(db: RapportDb): Promise<Map<string, string>> {
  // From the name index alone: no account record is read and deserialised for its name.
  const names = new Map<string, string>();
  await db.accounts.orderBy('name').eachKey((name, cursor) => { names.set(String(cursor.primaryKey), String(name)); });
  return names;
}

/** What the due alerts look at: open commitments and escalations, their timelines, and account names. */
export type OpenWork = { commitments: Commitment[]; escalations: Escalation[]; events: EscalationEvent[]; followUps: SurveyFollowUp[]; accountNames: Map<string, string> };

/** Reads the open work (commitments, escalations and their events; deleted ones dropped) with the names of accounts. */
export async function readOpenWorkIn(db: RapportDb): Promise<OpenWork> {
  const [commitments, escalations, accountNames, followUps] = await Promise.all([
    readOpenCommitmentsIn(db), readOpenEscalationsIn(db), readAccountNamesIn(db), db.surveyFollowUps.where('stage').notEqual('closed').toArray(),
  ]);
  const events = await readEscalationEventsIn(db, escalations.map((e) => e.id));
  return {
    commitments: commitments.filter((c) => !c.deleted), escalations: escalations.filter((e) => !e.deleted), events: events.filter((e) => !e.deleted),
    followUps: followUps.filter((f) => !f.deleted), accountNames,
  };
}

/** The active recovery programs, their live targets and the survey answers of accounts sent a follow-up survey (what reminders look at). */
export type ActiveRecovery = { programs: RecoveryProgram[]; targets: RecoveryTarget[]; responses: SurveyResponse[] };

/** Reads the active recovery programs, their live targets and the answers of surveyed accounts (deleted ones dropped). */
export async function readActiveRecoveryIn(db: RapportDb): Promise<ActiveRecovery> {
  const programs = (await db.recoveryPrograms.where('status').equals('active').toArray()).filter((p) => !p.deleted);
  const targets = (await db.recoveryTargets.where('programId').anyOf(programs.map((p) => p.id)).toArray()).filter((t) => !t.deleted);
  const surveyed = [...new Set(targets.filter((t) => t.surveyRequestedAt !== null).map((t) => t.accountId))];
  const responses = surveyed.length === 0 ? [] : await db.surveyResponses.where('accountId').anyOf(surveyed).toArray();
  return { programs, targets, responses: responses.filter((r) => !r.deleted) };
}
