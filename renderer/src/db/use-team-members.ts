import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamMember } from '../../../shared/domain/team-member';
import { readTeamMembers } from './queries/team-members';

const none: TeamMember[] = [];

/** Live team members by name; an empty list while loading. */
export function useTeamMembers(): TeamMember[] {
  return useLiveQuery(readTeamMembers, []) ?? none;
}
