import { showDateTime } from '../../../lib/format';
import { useEffect, useState } from 'react';
import { conflictAuthor } from '../../../../../shared/domain/conflict';
import type { Rejection } from '../../../db/db';
import { canCorrect, correctRejection, dismissRejection, keepTheirs, rejectionText, restoreMine } from '../api/conflict-actions';
import { useSyncFacts } from '../api/use-sync-facts';

/** Props of ConflictsInbox. */
export type ConflictsInboxProps = { myUserId: string };

const show = rejectionText;

/** Concurrent edits that lost (with both values, who and when) and edits the server refused (with the reason and what was typed). */
export function ConflictsInbox({ myUserId }: ConflictsInboxProps) {
  const { conflicts, rejections, setAside, heldForClock, recordNames, members } = useSyncFacts();
  const who = (userId: string | null) => conflictAuthor(userId, myUserId, members);
  const label = (entity: string, id: string) => recordNames.get(`${entity}:${id}`) ?? `${entity} ${id.slice(0, 8)}`;
  return (
    <>
      <h3>Conflicts {conflicts.length > 0 ? <span className="badge warn">{conflicts.length}</span> : null}</h3>
      {conflicts.length === 0 ? <p className="muted">No conflicting edits. When two people change the same field at once, the other value lands here — nothing is dropped.</p> : (
        <table className="table" aria-label="Conflicts">
          <thead><tr><th scope="col">Record</th><th scope="col">Field</th><th scope="col">Kept</th><th scope="col">Not kept</th><th scope="col">When</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id}>
                <td>{label(c.entity, c.recordId)}</td><td>{c.field}</td>
                <td>{show(c.keptValue)} <span className="muted">({who(c.keptBy)})</span></td>
                <td>{show(c.lostValue)} <span className="muted">({who(c.lostBy)})</span></td>
                <td>{showDateTime(c.at)}</td>
                <td>
                  <button type="button" className="button" onClick={() => void keepTheirs(c)}>Keep {c.keptBy === myUserId ? 'mine' : 'theirs'}</button>{' '}
                  <button type="button" className="link" onClick={() => void restoreMine(c)}>Restore {c.lostBy === myUserId ? 'mine' : 'the other'}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rejections.length > 0 ? (
        <>
          <h3>Edits the server refused</h3>
          <table className="table" aria-label="Rejected edits">
            <thead><tr><th scope="col">Record</th><th scope="col">Field</th><th scope="col">What you typed</th><th scope="col">Why</th><th scope="col" /></tr></thead>
            <tbody>
              {rejections.map((r) => (
                <tr key={r.seq}>
                  <td>{label(r.entity, r.recordId)}</td><td>{r.field ?? '—'}</td><td><code>{show(r.typed)}</code></td><td>{r.message}</td>
                  <td><RejectionActions rejection={r} label={label(r.entity, r.recordId)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {heldForClock > 0 ? (
        <p className="muted" role="status">
          {heldForClock === 1 ? '1 edit waits' : `${heldForClock} edits wait`} for this device&apos;s clock: the server refused {heldForClock === 1 ? 'it' : 'them'} because the clock ran ahead.
          Nothing is lost — set the correct date and time and {heldForClock === 1 ? 'it is' : 'they are'} sent again.
        </p>
      ) : null}
      {setAside.length > 0 ? (
        <>
          <h3>Records set aside <span className="badge warn">{setAside.length}</span></h3>
          <p className="muted">These came from the team server incomplete, so no screen shows them yet. They come back by themselves once the device that wrote them sends the rest.</p>
          <table className="table" aria-label="Records set aside">
            <thead><tr><th scope="col">Record</th><th scope="col">What is wrong</th><th scope="col">Since</th></tr></thead>
            <tbody>
              {setAside.map((r) => (
                <tr key={`${r.entity}:${r.id}`}><td>{r.entity} {r.id.slice(0, 8)}</td><td>{r.problem}</td><td>{showDateTime(r.at)}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}

/** Copy, Correct… (an inline editor checked like any edit) and Dismiss for one refused edit. */
function RejectionActions({ rejection, label }: { rejection: Rejection; label: string }) {
  const [correctable, setCorrectable] = useState<boolean | null>(null);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => rejectionText(rejection.typed));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => { void canCorrect(rejection).then(setCorrectable); }, [rejection]);
  const dismiss = () => rejection.seq !== undefined && void dismissRejection(rejection.seq);
  const save = async () => {
    const result = await correctRejection(rejection, text);
    if (!result.ok) setProblem(result.message);
  };
  if (editing) {
    const id = `correct-${rejection.seq ?? 'new'}`;
    return (
      <form className="inline-form" aria-label={`Correct ${rejection.field ?? 'the edit'} of ${label}`} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <input
          className="input" autoFocus aria-label={`New ${rejection.field ?? 'value'}`} value={text} aria-invalid={problem !== null} aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => { setText(e.target.value); setProblem(null); }}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(false); setProblem(null); } }}
        />
        <button type="submit" className="button primary">Save</button>{' '}
        <button type="button" className="link" onClick={() => { setEditing(false); setProblem(null); }}>Cancel</button>
        {problem ? <p id={`${id}-problem`} className="error" role="alert">{problem}</p> : null}
      </form>
    );
  }
  return (
    <>
      <button type="button" className="link" onClick={() => void navigator.clipboard?.writeText(rejectionText(rejection.typed))}>Copy</button>{' '}
      {correctable ? <><button type="button" className="link" onClick={() => setEditing(true)}>Correct…</button>{' '}</> : null}
      <button type="button" className="link" onClick={dismiss}>Dismiss</button>
      {correctable === false && rejection.field !== null ? <span className="muted"> (the record is gone)</span> : null}
    </>
  );
}
