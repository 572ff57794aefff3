import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { workloadByPerson, type Workload } from '../../../../../shared/domain/workload';
import { db } from '../../../db/instance';
import { useUpdateCadence } from '../../../lib/cadence-settings';
import { userZone } from '../../../lib/now';

/** Every live team member (active or not) by name; undefined while loading. */
export function useTeam(): TeamMember[] | undefined {
  return useLiveQuery(async () => (await db.teamMembers.orderBy('name').toArray()).filter((m) => !m.deleted), []);
}

/** One team member, or null when there is none with that id (undefined while loading). */
export function useMember(id: string | null): TeamMember | null | undefined {
  return useLiveQuery(async () => (id ? (await db.teamMembers.get(id)) ?? null : null), [id]);
}

/** How many accounts, commitments and escalations a person owns (to decide whether to offer a carry-over). */
export function useOwnedCount(memberId: string | null): number | undefined {
  return useLiveQuery(async () => {
    if (!memberId) return 0;
    const counts = await Promise.all((['accounts', 'commitments', 'escalations'] as const).map((e) => db.table(e).where('ownerId').equals(memberId).count()));
    return counts.reduce((a, b) => a + b, 0);
  }, [memberId]);
}

/** Workload of every live member, at `now`; undefined while loading. */
export function useWorkload(now: number): Workload[] | undefined {
  const cadence = useUpdateCadence((s) => s.cadence);
  return useLiveQuery(async () => {
    const [members, accounts, commitments, escalations, events] = await Promise.all([
      db.teamMembers.orderBy('name').toArray(), db.accounts.toArray(), db.commitments.toArray(), db.escalations.toArray(), db.escalationEvents.toArray(),
    ]);
    return workloadByPerson({
      memberIds: members.filter((m) => !m.deleted).map((m) => m.id),
      accounts, commitments: commitments.filter((c) => !c.deleted), escalations: escalations.filter((e) => !e.deleted), events, now, zone: userZone, cadence,
    });
  }, [Math.floor(now / 60_000), cadence]);
}
