import { useState } from 'react';
import { teamAccessLevels, type TeamAccess } from '../../../../../shared/domain/team-member';
import { minPasswordLength } from '../../../../../shared/sync/protocol';
import { useToasts } from '../../../lib/toast';
import { addServerUser } from '../api/admin-users';
import { accessLabels } from './labels';

/** An admin adds a user to the team server: email, name, a temporary password to hand over, access. */
export function AddUserForm({ onAdded }: { onAdded: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [access, setAccess] = useState<TeamAccess>('member');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) { setError('Give the user\u2019s email address'); return; }
    if (!name.trim()) { setError('Give the user a name'); return; }
    if (password.length < minPasswordLength) { setError(`Temporary passwords have at least ${minPasswordLength} characters`); return; }
    setBusy(true);
    const result = await addServerUser({ email: email.trim(), name: name.trim(), password, access });
    setBusy(false);
    if (!result.ok) { setError(result.message); return; }
    useToasts.getState().show({ message: `${name.trim()} can now sign in with ${email.trim()} and the temporary password` });
    setEmail(''); setName(''); setPassword(''); setError(null);
    onAdded();
  };
  return (
    <form className="toolbar wrap" aria-label="Add a user to the team server" noValidate onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <label className="field">Email<input className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
      <label className="field">Name<input className="input" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label className="field">Temporary password<input className="input" type="text" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
      <label className="field">Access
        <select className="input" value={access} onChange={(e) => setAccess(e.target.value as TeamAccess)}>
          {teamAccessLevels.map((a) => <option key={a} value={a}>{accessLabels[a]}</option>)}
        </select>
      </label>
      <button type="submit" className="button primary" disabled={busy}>{busy ? 'Adding…' : 'Add user'}</button>
      {error ? <span className="error" role="alert">{error}</span> : null}
    </form>
  );
}
