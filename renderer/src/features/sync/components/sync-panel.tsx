import { useState } from 'react';
import { readSession } from '../../../lib/server-session';
import { useSyncFacts } from '../api/use-sync-facts';
import { dropSampleBeforeJoining, useHasSample } from '../api/sample-before-join';
import { signIn, signOut } from '../api/sign-in';
import { syncNow } from '../api/sync-runner';
import { useSyncStatus } from '../stores/sync-status';
import { insecureServerWarning } from '../../../../../shared/sync/server-address';
import { ConflictsInbox } from './conflicts-inbox';
import { SignInStorageNote } from './sign-in-storage-note';

/** Settings → Team server: sign in and out, sync state, travel readiness, conflicts and rejected edits. */
export function SyncPanel() {
  const session = readSession();
  const status = useSyncStatus();
  const { pending } = useSyncFacts();
  const [url, setUrl] = useState(session?.url ?? 'http://127.0.0.1:8787');
  const [email, setEmail] = useState(session?.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasSample = useHasSample();
  const [dropSample, setDropSample] = useState(true);
  const submit = async () => {
    if (!/^https?:\/\/\S+$/.test(url.trim())) { setError('Give the server address, like http://127.0.0.1:8787'); return; }
    if (!email.trim() || !password) { setError('Give your email and password'); return; }
    setBusy(true);
    const result = await signIn(url, email.trim(), password);
    setBusy(false);
    if (!result.ok) { setError(result.message); return; }
    // Only before this database's first sync: afterwards the sample is already on the server.
    if (result.firstJoin && hasSample && dropSample) await dropSampleBeforeJoining();
    window.location.reload();
  };
  const signedIn = session !== null && status.state !== 'signed-out';
  const ready = signedIn && pending === 0 && status.state === 'idle';
  const plainHttp = insecureServerWarning(url);
  return (
    <section className="card" aria-labelledby="sync-title">
      <h2 id="sync-title">Team server</h2>
      {signedIn ? (
        <>
          <p>Syncing as <strong>{session.name}</strong> ({session.email}) with {session.url}.</p>
          <p className={ready ? 'badge ok' : 'badge warn'} role="status" aria-label="Ready for travel">
            {ready ? `Ready for travel: everything is pushed and pulled (last sync ${status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString() : 'just now'})` : `Not ready for travel: ${notReadyReason(pending, status.state, status.message)}`}
          </p>
          <div className="toolbar">
            <button type="button" className="button" onClick={syncNow}>Sync now</button>
            <button type="button" className="button" onClick={() => void signOut().then(() => window.location.reload())}>Sign out</button>
          </div>
          <ConflictsInbox myUserId={session.userId} />
        </>
      ) : (
        <form className="form-grid" aria-label="Sign in to a team server" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
          <p className="span-2 muted">Rapport works fully offline. Sign in to your team&apos;s server to sync: this device&apos;s data joins the team; another team gets a separate database.</p>
          <label className="field span-2">Server address<input className="input" value={url} aria-describedby={plainHttp ? 'server-address-warning' : undefined} onChange={(e) => setUrl(e.target.value)} /></label>
          {plainHttp ? <p id="server-address-warning" className="span-2 form-warning">{plainHttp}</p> : null}
          <label className="field">Email<input className="input" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
          <label className="field">Password<input className="input" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
          {hasSample ? (
            <label className="check span-2">
              <input type="checkbox" checked={dropSample} onChange={(e) => setDropSample(e.target.checked)} />
              Remove the sample portfolio first, so it is not shared with your team (your own records stay)
            </label>
          ) : null}
          {error ? <p className="span-2 error" role="alert">{error}</p> : null}
          {status.state === 'signed-out' && status.message ? <p className="span-2 error">{status.message}</p> : null}
          <div className="span-2 form-actions"><button type="submit" className="button primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button></div>
        </form>
      )}
      <SignInStorageNote />
    </section>
  );
}

/** Why this device is not ready to go offline, in words. */
function notReadyReason(pending: number, state: string, message: string | null): string {
  const parts: string[] = [];
  if (pending > 0) parts.push(`${pending} change${pending === 1 ? '' : 's'} not yet on the server`);
  if (state === 'syncing') parts.push('receiving the team\u2019s latest changes');
  if (message) parts.push(message);
  return parts.join(' — ') || 'not synced yet';
}
