// Workload for team leads: what each person owns and how it is going. Overdue predicates come from
// commitment-rules (isOverdue) and escalation-rules (updateStatus), never restated here.
import type { Account } from './account';
import type { Escalation } from './escalation';
import { isOverdue, keptRate, type CommitmentLike, type KeptRate } from './commitment-rules';
import { isActiveEscalation, updateStatus, type EscalationEventLike, type EscalationLike, type UpdateCadence } from './escalation-rules';
import type { Instant } from './local-date';

/** One person's load: accounts and ARR owned (minor units per currency), what is overdue, kept-on-time. */
export type Workload = {
  memberId: string;
  accounts: number;
  arrByCurrency: Record<string, number>;
  commitmentsOverdue: number;
  updatesOverdue: number;
  kept: KeptRate;
};

/** What {@link workloadByPerson} reads. */
export type WorkloadInput = {
  memberIds: readonly string[];
  accounts: readonly Pick<Account, 'ownerId' | 'arrMinor' | 'currency' | 'deleted'>[];
  commitments: readonly CommitmentLike[];
  escalations: readonly (EscalationLike & Pick<Escalation, 'ownerId'>)[];
  events: readonly EscalationEventLike[];
  now: Instant;
  zone: string;
  cadence?: UpdateCadence;
};

/**
 * Per person in `memberIds` (in that order): live accounts they own and their ARR per currency,
 * commitments we owe that they own and are overdue, active escalations they own whose customer
 * update is overdue, and their kept-on-time rate (commitments owed by us that they own).
 */
export function workloadByPerson(input: WorkloadInput): Workload[] {
  const rows = new Map<string, Workload>(input.memberIds.map((id) => [id, {
    memberId: id, accounts: 0, arrByCurrency: {}, commitmentsOverdue: 0, updatesOverdue: 0, kept: { kept: 0, due: 0, rate: null },
  }]));
  for (const a of input.accounts) {
    const row = a.ownerId === null || a.deleted ? undefined : rows.get(a.ownerId);
    if (!row) continue;
    row.accounts += 1;
    row.arrByCurrency[a.currency] = (row.arrByCurrency[a.currency] ?? 0) + a.arrMinor;
  }
  const owned = new Map<string, CommitmentLike[]>();
  for (const c of input.commitments) {
    if (c.owedBy !== 'us' || c.ownerId === null || !rows.has(c.ownerId)) continue;
    owned.set(c.ownerId, [...(owned.get(c.ownerId) ?? []), c]);
  }
  for (const [id, list] of owned) {
    const row = rows.get(id);
    if (!row) continue;
    row.commitmentsOverdue = list.filter((c) => isOverdue(c, input.now, input.zone)).length;
    row.kept = keptRate(list, input.now, input.zone);
  }
  for (const e of input.escalations) {
    const row = e.ownerId === null ? undefined : rows.get(e.ownerId);
    if (!row || !isActiveEscalation(e)) continue;
    if (updateStatus(e, input.events, input.now, input.cadence)?.overdue) row.updatesOverdue += 1;
  }
  return [...rows.values()];
}
