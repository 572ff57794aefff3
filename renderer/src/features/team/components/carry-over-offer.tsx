import { useState } from 'react';
import { useMe } from '../../../lib/me';
import { readSession } from '../../../lib/server-session';
import { carryOverOwnership } from '../api/team-writes';
import { useMember, useOwnedCount } from '../api/use-team';

const askedKey = (userId: string) => `rapport.carryOver.${userId}`;

/** After joining a team: offers once to make the signed-in member the owner of what this device's person owned. */
export function CarryOverOffer() {
  const session = readSession();
  const local = useMe((s) => s.localMemberId);
  const person = useMember(session && local !== session.userId ? local : null);
  const owned = useOwnedCount(person ? person.id : null);
  const [answered, setAnswered] = useState(() => (session ? localStorage.getItem(askedKey(session.userId)) !== null : true));
  const [done, setDone] = useState<string | null>(null);
  if (done) return <p role="status" className="muted">{done}</p>;
  if (!session || answered || !person || person.deleted || !owned) return null;
  const answer = async (carry: boolean) => {
    localStorage.setItem(askedKey(session.userId), carry ? 'carried' : 'kept');
    if (carry) {
      const moved = await carryOverOwnership(person.id, session.userId);
      setDone(`${moved} record${moved === 1 ? '' : 's'} of ${person.name} now belong to ${session.name}.`);
    }
    setAnswered(true);
  };
  return (
    <div className="card" role="group" aria-label="Carry over your records">
      <p>On this device you were <strong>{person.name}</strong>, who owns {owned} record{owned === 1 ? "" : "s"} (accounts, commitments, escalations). Make them yours as <strong>{session.name}</strong> on the team?</p>
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => void answer(true)}>Carry them over</button>
        <button type="button" className="button" onClick={() => void answer(false)}>Keep {person.name} separate</button>
      </div>
    </div>
  );
}
