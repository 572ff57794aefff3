import { teamMemberFields, type TeamMember } from '../../../../../shared/domain/team-member';

/** A person's editable fields, checked with the shared schema: the clean values, or a message per field. */
export function checkPerson(value: Pick<TeamMember, 'name' | 'email' | 'role'>):
  { ok: true; value: Pick<TeamMember, 'name' | 'email' | 'role'> } | { ok: false; errors: Partial<Record<'name' | 'email', string>> } {
  const name = teamMemberFields.name.safeParse(value.name);
  const email = teamMemberFields.email.safeParse(value.email.trim());
  if (name.success && email.success) return { ok: true, value: { name: name.data, email: email.data, role: value.role } };
  return { ok: false, errors: { name: name.error?.issues[0]?.message, email: email.error?.issues[0]?.message } };
}
