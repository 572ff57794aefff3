import { useState } from 'react';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { useMe } from '../../../lib/me';
import { readSession } from '../../../lib/server-session';
import { checkPerson } from '../api/person-form';
import { addPerson } from '../api/team-writes';
import { useTeam } from '../api/use-team';
import { PersonFields } from './person-fields';

const laterKey = 'rapport.me.later';

/** First run: "Who are you?" — name and email kept as this device's person, so "Mine" works at once. */
export function WhoAreYou() {
  const me = useMe((s) => s.memberId);
  const setMe = useMe((s) => s.setMemberId);
  const team = useTeam();
  const [later, setLater] = useState(() => localStorage.getItem(laterKey) === 'yes');
  const [value, setValue] = useState<Pick<TeamMember, 'name' | 'email' | 'role'>>({ name: '', email: '', role: 'specialist' });
  const [errors, setErrors] = useState<Partial<Record<'name' | 'email', string>>>({});
  if (me || later || readSession() || team === undefined) return null;
  const save = async () => {
    const checked = checkPerson(value);
    if (!checked.ok) { setErrors(checked.errors); return; }
    setMe(await addPerson(checked.value));
  };
  return (
    <section className="card who-are-you" aria-labelledby="who-title">
      <h2 id="who-title">Who are you?</h2>
      <p className="muted">Your name makes &quot;Mine&quot;, Today and reminders yours from the first minute. It stays on this device until you join a team server; change it in Settings.</p>
      <form className="toolbar wrap" aria-label="Who are you" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <PersonFields idPrefix="me" value={value} onChange={setValue} errors={errors} />
        <button type="submit" className="button primary">Save</button>
        {team.length > 0 ? (
          <select className="input" aria-label="Or I am" value="" onChange={(e) => { if (e.target.value) setMe(e.target.value); }}>
            <option value="">…or I am one of the team</option>
            {team.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        ) : null}
        <button type="button" className="link" onClick={() => { localStorage.setItem(laterKey, 'yes'); setLater(true); }}>Later</button>
      </form>
    </section>
  );
}
