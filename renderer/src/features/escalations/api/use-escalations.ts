import { useLiveQuery } from 'dexie-react-hooks';
import type { Escalation, EscalationEvent } from '../../../../../shared/domain/escalation';
import { db } from '../../../db/instance';

/** Every live escalation with its timeline events and the names the list shows; undefined while loading. */
export type EscalationsView = { escalations: Escalation[]; events: EscalationEvent[]; accountNames: Map<string, string>; memberNames: Map<string, string> };

/** Reads escalations, their events, and account and member names. */
export function useEscalations(): EscalationsView | undefined {
  return useLiveQuery(async () => {
    const [escalations, events, accounts, members] = await Promise.all([
      db.escalations.toArray(), db.escalationEvents.toArray(), db.accounts.toArray(), db.teamMembers.toArray(),
    ]);
    return {
      escalations: escalations.filter((e) => !e.deleted),
      events: events.filter((e) => !e.deleted),
      accountNames: new Map(accounts.map((a) => [a.id, a.name])),
      memberNames: new Map(members.map((m) => [m.id, m.name])),
    };
  }, []);
}

/** One escalation with its timeline (oldest first) and account name; null when it does not exist. */
export function useEscalation(id: string): { escalation: Escalation; events: EscalationEvent[]; accountName: string } | null | undefined {
  return useLiveQuery(async () => {
    const escalation = await db.escalations.get(id);
    if (!escalation) return null;
    const [events, account] = await Promise.all([db.escalationEvents.where('escalationId').equals(id).toArray(), db.accounts.get(escalation.accountId)]);
    return { escalation, events: events.filter((e) => !e.deleted).sort((a, b) => a.at.localeCompare(b.at)), accountName: account?.name ?? 'Unknown account' };
  }, [id]);
}
