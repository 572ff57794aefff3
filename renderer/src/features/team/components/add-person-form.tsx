import { useState } from 'react';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { useToasts } from '../../../lib/toast';
import { checkPerson } from '../api/person-form';
import { addPerson } from '../api/team-writes';
import { PersonFields } from './person-fields';

type PersonValue = Pick<TeamMember, 'name' | 'email' | 'role'>;
const empty: PersonValue = { name: '', email: '', role: 'specialist' };

/** Adds someone without a login (a coordinator, a specialist) so they can own accounts and commitments. */
export function AddPersonForm() {
  const [value, setValue] = useState<PersonValue>(empty);
  const [errors, setErrors] = useState<Partial<Record<'name' | 'email', string>>>({});
  const add = async () => {
    const checked = checkPerson(value);
    if (!checked.ok) { setErrors(checked.errors); return; }
    await addPerson(checked.value);
    useToasts.getState().show({ message: `Added ${checked.value.name} to the team` });
    setValue(empty);
    setErrors({});
  };
  return (
    <form className="toolbar wrap" aria-label="Add a person without a login" noValidate onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <PersonFields idPrefix="new-person" value={value} onChange={setValue} errors={errors} />
      <button type="submit" className="button">Add person</button>
    </form>
  );
}
