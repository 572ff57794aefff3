import type { TeamMember } from '../../../../../shared/domain/team-member';
import { data, db } from '../../../db/instance';

/** What a person enters for someone on the team without a login. */
export type PersonInput = Pick<TeamMember, 'name' | 'email' | 'role'>;

/** Adds a person without a login (a coordinator, a specialist) to the team; returns their id. */
export function addPerson(input: PersonInput): Promise<string> {
  return data.create('teamMembers', { ...input, userId: null, access: null, active: true });
}

/** Renames a person, or changes their email or job role (fields of server users' records that clients may write: the job role). */
export function updatePerson(id: string, patch: Partial<PersonInput>): Promise<void> {
  return data.update('teamMembers', id, patch);
}

/**
 * Carries this device's person over to the signed-in member when joining a team: their accounts,
 * commitments and escalations get the member as owner and the local person is removed, in one
 * transaction. Returns how many records moved.
 */
export async function carryOverOwnership(fromId: string, toId: string): Promise<number> {
  return data.command(async (w) => {
    let moved = 0;
    for (const entity of ['accounts', 'commitments', 'escalations'] as const) {
      const ids = await db.table(entity).where('ownerId').equals(fromId).primaryKeys();
      for (const id of ids) await w.update(entity, String(id), { ownerId: toId });
      moved += ids.length;
    }
    if (await db.teamMembers.get(fromId)) await w.update('teamMembers', fromId, { deleted: true });
    return moved;
  });
}
