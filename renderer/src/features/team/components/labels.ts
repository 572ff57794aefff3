import type { TeamAccess, TeamMember } from '../../../../../shared/domain/team-member';

/** Job roles in words. */
export const roleLabels: Record<TeamMember['role'], string> = { manager: 'Manager', coordinator: 'Coordinator', specialist: 'Specialist', lead: 'Team lead' };

/** Server access levels in words. */
export const accessLabels: Record<TeamAccess, string> = { admin: 'Admin', member: 'Member', viewer: 'Viewer' };
