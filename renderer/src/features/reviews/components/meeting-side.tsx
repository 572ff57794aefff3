import type { Commitment } from '../../../../../shared/domain/commitment';
import { sentiments, type Contact } from '../../../../../shared/domain/contact';
import type { Review } from '../../../../../shared/domain/review';
import { showDate } from '../../../lib/format';

/** Props of MeetingSide. */
export type MeetingSideProps = {
  review: Review; contacts: Contact[]; commitments: Commitment[]; comment: string;
  onComment: (text: string) => void; onBlur: () => void; onSave: (patch: Partial<Pick<Review, 'attendeeContactIds' | 'attendeeSentiments' | 'healthRating'>>) => void;
};

const ratingWords = ['', 'In trouble', 'Worried', 'Steady', 'Good', 'Thriving'];

/** Meeting mode's side column: who attended and how they came across, the manager's assessment, and the commitments made so far. */
export function MeetingSide({ review, contacts, commitments, comment, onComment, onBlur, onSave }: MeetingSideProps) {
  const toggle = (id: string) => onSave({ attendeeContactIds: review.attendeeContactIds.includes(id) ? review.attendeeContactIds.filter((x) => x !== id) : [...review.attendeeContactIds, id] });
  return (
    <aside className="meeting-side">
      <section aria-labelledby="meeting-attendees">
        <h2 id="meeting-attendees">Attendees</h2>
        {contacts.length === 0 ? <p className="muted">No stakeholders recorded.</p> : (
          <ul className="list">
            {contacts.map((c) => {
              const here = review.attendeeContactIds.includes(c.id);
              return (
                <li key={c.id}>
                  <label className="check"><input type="checkbox" checked={here} onChange={() => toggle(c.id)} />{c.name}</label>
                  {here ? (
                    <select aria-label={`How ${c.name} came across`} className="end" value={review.attendeeSentiments[c.id] ?? c.sentiment}
                      onChange={(e) => onSave({ attendeeSentiments: { ...review.attendeeSentiments, [c.id]: e.target.value as Contact['sentiment'] } })}>
                      {sentiments.map((s) => <option key={s} value={s}>{s}</option>)}
                    </select>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="meeting-assessment">
        <h2 id="meeting-assessment">Your health assessment</h2>
        <div className="segmented" role="group" aria-label="Health assessment, 1 to 5">
          {[1, 2, 3, 4, 5].map((n) => (
            <button key={n} type="button" aria-pressed={review.healthRating === n} title={ratingWords[n]} onClick={() => onSave({ healthRating: review.healthRating === n ? null : n })}>{n}</button>
          ))}
        </div>
        <p className="muted">{review.healthRating ? `${review.healthRating} — ${ratingWords[review.healthRating]}` : 'Not rated yet'}</p>
        <textarea className="input" aria-label="Assessment comment" rows={3} placeholder="Why…" value={comment} onBlur={onBlur} onChange={(e) => onComment(e.target.value)} />
      </section>
      <section aria-labelledby="meeting-commitments">
        <h2 id="meeting-commitments">Commitments made ({commitments.length})</h2>
        {commitments.length === 0 ? <p className="muted">None yet. Ctrl+Enter in a note turns its line into one.</p> : (
          <ul className="list" aria-label="Commitments made in this meeting">
            {commitments.map((c) => <li key={c.id}><span className="badge">{c.owedBy === 'us' ? 'Ours' : 'Theirs'}</span><span>{c.title}</span><span className="muted end">{showDate(c.dueDate)}</span></li>)}
          </ul>
        )}
      </section>
    </aside>
  );
}
