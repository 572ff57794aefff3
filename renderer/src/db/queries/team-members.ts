import type { TeamMember } from '../../../../shared/domain/team-member';
import { db } from '../instance';

/** Live (not deleted) team members, by name. */
export async function readTeamMembers(): Promise<TeamMember[]> {
  return (await db.teamMembers.orderBy('name').toArray()).filter((m) => !m.deleted);
}
