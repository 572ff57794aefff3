import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamMember } from '../../../shared/domain/team-member';
import { db } from './instance';

/** Live team members by name; an empty list while loading. */
export function useTeamMembers(): TeamMember[] {
  return useLiveQuery(async () => (await db.teamMembers.orderBy('name').toArray()).filter((m) => !m.deleted), []) ?? [];
}
