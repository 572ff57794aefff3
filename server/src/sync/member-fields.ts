import { serverWrittenMemberFields } from '../../../shared/domain/team-member';
import type { CheckedMutation, Rejection } from './mutation-check';

const serverWritten: readonly string[] = serverWrittenMemberFields;

/**
 * Team member records (PROTOCOL.md 1.1): on a user's member record the server alone writes
 * userId, name, email, access and active. On a record of a person without a login, a client may
 * not link a user or grant access, so nobody can pose as a user.
 */
export function refuseMemberFields(m: CheckedMutation, isUserRecord: boolean): Rejection | null {
  for (const [field, update] of m.fields) {
    if (isUserRecord && serverWritten.includes(field)) {
      return { reason: 'forbidden', field, message: `The server keeps "${field}" of a user's member record; an admin changes it under Team` };
    }
    if (!isUserRecord && (field === 'userId' || field === 'access') && update.value !== null) {
      return { reason: 'forbidden', field, message: `Only the server links a team member to a login ("${field}")` };
    }
  }
  return null;
}
