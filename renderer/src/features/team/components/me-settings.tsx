import { useEffect, useState } from 'react';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { useMe } from '../../../lib/me';
import { readSession } from '../../../lib/server-session';
import { checkPerson } from '../api/person-form';
import { addPerson, updatePerson } from '../api/team-writes';
import { useMember, useTeam } from '../api/use-team';
import { CarryOverOffer } from './carry-over-offer';
import { PersonFields } from './person-fields';

type PersonValue = Pick<TeamMember, 'name' | 'email' | 'role'>;

/** Settings → You: this device's person (name, email, job role), or the signed-in user when on a team server. */
export function MeSettings() {
  const me = useMe((s) => s.memberId);
  const setMe = useMe((s) => s.setMemberId);
  const member = useMember(me);
  const team = useTeam() ?? [];
  const session = readSession();
  const [value, setValue] = useState<PersonValue>({ name: '', email: '', role: 'specialist' });
  const [errors, setErrors] = useState<Partial<Record<'name' | 'email', string>>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => { if (member) setValue({ name: member.name, email: member.email, role: member.role }); }, [member]);
  const save = async () => {
    const checked = checkPerson(value);
    if (!checked.ok) { setErrors(checked.errors); return; }
    setErrors({});
    // A signed-in user's name and email are the server's; only the job role is theirs to change here.
    if (member && session) await updatePerson(member.id, { role: checked.value.role });
    else if (member) await updatePerson(member.id, checked.value);
    else setMe(await addPerson(checked.value));
    setSaved(true);
  };
  return (
    <section className="card" aria-labelledby="me-title">
      <h2 id="me-title">You</h2>
      {session ? (
        <p className="muted">Signed in to the team server as <strong>{session.name}</strong> ({session.email}): your accounts and commitments are the ones shown as &quot;mine&quot;.</p>
      ) : (
        <p className="muted">Who uses this device: your accounts and commitments are the ones shown as &quot;mine&quot;.</p>
      )}
      <form className="toolbar wrap" aria-label="About you" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <PersonFields idPrefix="settings-me" value={value} onChange={(v) => { setValue(v); setSaved(false); }} errors={errors} />
        <button type="submit" className="button">{member ? 'Save' : 'Save as me'}</button>
        {saved ? <span className="muted" role="status">Saved</span> : null}
        {session ? null : (
          <select className="input" aria-label="I am" value={me ?? ''} onChange={(e) => setMe(e.target.value || null)}>
            <option value="">Not chosen</option>
            {team.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        )}
      </form>
      <CarryOverOffer />
    </section>
  );
}
