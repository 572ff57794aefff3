import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaItem, Review } from '../../../../../shared/domain/review';
import { followUpSummary, lineAt } from '../../../../../shared/domain/review/follow-up';
import { useAccountContacts, useAccountOptions } from '../../../db/queries/account-options';
import { useTeamMembers } from '../../../db/use-team-members';
import { useMe } from '../../../lib/me';
import { useNavigation } from '../../../lib/navigation';
import { describeError } from '../../../lib/storage-error';
import { createMeetingDraft, forgetLeftoverNotes, leftoverMeetingNotes, type MeetingNotes } from '../api/meeting-draft';
import { meetingLeadEvidence } from '../../../../../shared/domain/review/meeting-lead';
import { userZone } from '../../../lib/now';
import { useToasts } from '../../../lib/toast';
import { commitInMeeting, endMeeting, flagLeadInMeeting, saveReview } from '../api/review-writes';
import { useAccountMoney, useReview, useReviewCommitments } from '../api/use-reviews';
import { MeetingAgenda } from './meeting-agenda';
import { MeetingCommitmentDialog } from './meeting-commitment-dialog';
import { MeetingLeadDialog } from './meeting-lead-dialog';
import { MeetingSide } from './meeting-side';
import { MeetingSummary } from './meeting-summary';

/** Props of MeetingMode. */
export type MeetingModeProps = { reviewId: string };

/** Full-screen meeting mode for one review (reload-safe: notes are kept on every keystroke). */
export function MeetingMode({ reviewId }: MeetingModeProps) {
  const review = useReview(reviewId);
  if (review === undefined) return <div className="meeting" role="status">Opening the meeting…</div>;
  if (review === null) return <div className="meeting"><p>This review does not exist.</p></div>;
  return <MeetingRoom key={review.id} initial={review} />;
}

function MeetingRoom({ initial }: { initial: Review }) {
  const go = useNavigation((s) => s.go);
  const me = useMe((s) => s.memberId);
  const live = useReview(initial.id) ?? initial;
  const contacts = useAccountContacts(initial.accountId);
  const members = useTeamMembers();
  const made = useReviewCommitments(initial.id, initial.accountId);
  const accountName = useAccountOptions()?.find((a) => a.id === initial.accountId)?.name ?? 'your team';
  const [notes, setNotes] = useState<MeetingNotes>(() => leftoverMeetingNotes(initial.id) ?? { agendaItems: initial.agendaItems, notes: initial.notes, assessmentComment: initial.assessmentComment });
  const [current, setCurrent] = useState(0);
  const [asking, setAsking] = useState<{ line: string; details: string } | null>(null);
  const [leading, setLeading] = useState<string | null>(null);
  const caret = useRef<{ text: string; caret: number; fallback: string } | null>(null);
  const account = useAccountMoney(initial.accountId);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState(initial.status === 'held');
  const draft = useMemo(() => createMeetingDraft(initial.id), [initial.id]);
  const notesRef = useRef(notes);
  notesRef.current = notes;

  // Notes left by a reload or crash go to the database first; the page hiding saves what is pending.
  useEffect(() => {
    const leftover = leftoverMeetingNotes(initial.id);
    if (leftover) void saveReview(initial.id, leftover).then(() => forgetLeftoverNotes(initial.id)).catch((e: unknown) => setError(describeError(e)));
    const onHide = () => { void draft.flush(); };
    window.addEventListener('pagehide', onHide);
    return () => { window.removeEventListener('pagehide', onHide); void draft.flush(); };
  }, [draft, initial.id]);

  const change = (next: MeetingNotes) => { setNotes(next); draft.change(next); };
  const changeItem = (id: string, patch: Partial<AgendaItem>) => change({ ...notesRef.current, agendaItems: notesRef.current.agendaItems.map((i) => (i.id === id ? { ...i, ...patch } : i)) });
  const flush = () => { draft.flush().catch((e: unknown) => setError(describeError(e))); };

  const askCommitment = (text: string, at: number, fallback: string) => setAsking({ line: lineAt(text, at) || fallback, details: fallback });
  const askLead = (text: string, at: number, fallback: string) => setLeading(lineAt(text, at) || fallback);
  // The button takes the line where the caret was last (or the current agenda item).
  const askLeadFromButton = () => {
    const last = caret.current;
    const item = notes.agendaItems[current];
    if (last) askLead(last.text, last.caret, last.fallback);
    else setLeading(item ? (item.notes.trim().split('\n').at(-1) ?? '') || item.text : '');
  };
  const names = { accountName, contacts: Object.fromEntries(contacts.map((c) => [c.id, c.name])), members: Object.fromEntries(members.map((m) => [m.id, m.name])) };

  const finish = async () => {
    try {
      await draft.flush();
      const heldAt = new Date().toISOString();
      const summary = followUpSummary({ ...live, ...notesRef.current, heldAt }, made, names);
      await endMeeting(initial.id, { ...notesRef.current, healthRating: live.healthRating, followUpSummary: summary }, heldAt);
      setEnded(true);
    } catch (e) {
      setError(describeError(e));
    }
  };

  if (ended && live.status === 'held') {
    return <MeetingSummary review={live} onReopen={() => setEnded(false)} onClose={() => go({ section: 'reviews', recordId: initial.id })} />;
  }
  return (
    <div className="meeting" role="dialog" aria-modal="true" aria-labelledby="meeting-title">
      <header className="meeting-header">
        <div><h1 id="meeting-title" tabIndex={-1}>{live.title}</h1><span className="muted">Meeting mode · notes are saved as you type · Ctrl+Enter in a note turns its line into a commitment · Ctrl+Shift+Enter into an expansion lead</span></div>
        <div className="actions">
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={askLeadFromButton} title="Turns the current line into an expansion lead (Ctrl+Shift+Enter)">Expansion lead</button>
          <button type="button" className="button" onClick={() => { flush(); go({ section: 'reviews', recordId: initial.id }); }}>Leave</button>
          <button type="button" className="button primary" onClick={() => void finish()}>End meeting</button>
        </div>
      </header>
      {error ? <p className="error" role="alert">Could not save: {error}</p> : null}
      <div className="meeting-body">
        <MeetingAgenda items={notes.agendaItems} current={current} onSelect={setCurrent} onChange={changeItem} onBlur={flush}
          onCommit={askCommitment} onLead={askLead} onCaret={(text, at, fallback) => { caret.current = { text, caret: at, fallback }; }} generalNotes={notes.notes} onGeneralNotes={(text) => change({ ...notesRef.current, notes: text })} />
        <MeetingSide review={live} contacts={contacts} commitments={made} comment={notes.assessmentComment}
          onComment={(text) => change({ ...notesRef.current, assessmentComment: text })} onBlur={flush}
          onSave={(patch) => { void saveReview(initial.id, patch).catch((e: unknown) => setError(describeError(e))); }} />
      </div>
      {asking ? (
        <MeetingCommitmentDialog line={asking.line} details={asking.details} contacts={contacts} members={members} defaultOwnerId={me}
          onClose={() => setAsking(null)}
          onSave={async (input) => {
            await commitInMeeting(live, notesRef.current, input);
            draft.settled();
          }} />
      ) : null}
      {leading !== null ? (
        <MeetingLeadDialog line={leading} evidence={meetingLeadEvidence(leading, live, userZone)} currency={account?.currency ?? 'USD'} contacts={contacts} attendeeIds={live.attendeeContactIds}
          onClose={() => setLeading(null)}
          onSave={async (input) => {
            await flagLeadInMeeting(live, notesRef.current, input, me);
            draft.settled();
            useToasts.getState().show({ message: `Expansion lead flagged on ${accountName}: it is on the Leads screen` });
          }} />
      ) : null}
    </div>
  );
}
