import { useState } from 'react';
import type { Review } from '../../../../../shared/domain/review';

/** Props of MeetingSummary. */
export type MeetingSummaryProps = { review: Review; onReopen: () => void; onClose: () => void };

/** After the meeting: the follow-up ready to paste into an email, with a copy button. */
export function MeetingSummary({ review, onReopen, onClose }: MeetingSummaryProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(review.followUpSummary);
      setCopied('Copied. Paste it into an email.');
    } catch {
      setCopied('Could not reach the clipboard: select the text and copy it.');
    }
  };
  return (
    <div className="meeting" role="dialog" aria-modal="true" aria-labelledby="summary-title">
      <header className="meeting-header">
        <div><h1 id="summary-title" tabIndex={-1}>Meeting held: follow-up</h1><span className="muted">{review.title}</span></div>
        <div className="actions">
          <button type="button" className="button" onClick={onReopen}>Back to notes</button>
          <button type="button" className="button" onClick={onClose}>Done</button>
          <button type="button" className="button primary" onClick={() => void copy()}>Copy follow-up</button>
        </div>
      </header>
      {copied ? <p className="muted" role="status">{copied}</p> : null}
      <pre className="follow-up" aria-label="Follow-up summary">{review.followUpSummary}</pre>
    </div>
  );
}
