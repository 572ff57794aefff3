import { dueAlerts, type DueAlert } from '../../../../shared/domain/due-alerts';
import type { UpdateCadence } from '../../../../shared/domain/escalation-rules';
import type { RapportDb } from '../db';
import { readActiveRecoveryIn, readOpenWorkIn } from '../queries/open-work-reads';

/** What the app asks the due-alert worker: the alerts due in (lastCheckedAt, now] for this person, zone and cadence. */
export type DueAlertRequest = {
  type: 'check'; requestId: number; dbName: string; lastCheckedAt: number; now: number; zone: string; myMemberId: string | null; cadence: UpdateCadence;
};

/** What the due-alert worker answers: the notifications to show, or why the check failed (in words). */
export type DueAlertReply = { type: 'alerts'; requestId: number; alerts: DueAlert[] } | { type: 'alerts-error'; requestId: number; message: string };

/** Reads the open work and active recovery from `db` and returns the alerts due in the request's window (what the worker runs). */
export async function checkDueAlerts(db: RapportDb, request: DueAlertRequest): Promise<DueAlert[]> {
  const [work, recovery] = await Promise.all([readOpenWorkIn(db), readActiveRecoveryIn(db)]);
  return dueAlerts({
    ...work, recovery, lastCheckedAt: request.lastCheckedAt, now: request.now, zone: request.zone, myMemberId: request.myMemberId, cadence: request.cadence,
  });
}

/**
 * Answers due-alert requests over a database opened by name (one connection per name, kept):
 * the worker's message handler, and the in-process stand-in where there is no Worker.
 */
export function createDueAlertAnswerer(open: (dbName: string) => RapportDb): (request: DueAlertRequest) => Promise<DueAlertReply> {
  const opened = new Map<string, RapportDb>();
  return async (request) => {
    try {
      let db = opened.get(request.dbName);
      if (!db) { db = open(request.dbName); opened.set(request.dbName, db); }
      return { type: 'alerts', requestId: request.requestId, alerts: await checkDueAlerts(db, request) };
    } catch (e) {
      return { type: 'alerts-error', requestId: request.requestId, message: e instanceof Error ? e.message : String(e) };
    }
  };
}
