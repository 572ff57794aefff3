import { useState } from 'react';
import { followUpClock, followUpClockLabel, followUpStageLabels, openFollowUps } from '../../../../../shared/domain/closed-loop';
import { surveyLabel } from '../../../../../shared/domain/survey-rules';
import { useNow } from '../../../lib/now';
import { useFollowUps, type FollowUpRow } from '../api/use-surveys';
import { FollowUpStepDialog } from './follow-up-step-dialog';

/** Props of FollowUpsPanel. */
export type FollowUpsPanelProps = { accountId?: string; limit?: number; onOpenAccount?: (accountId: string) => void };

/** Open closed-loop follow-ups with their first-contact clock (on Today, the Surveys screen and an account page). */
export function FollowUpsPanel({ accountId, limit, onOpenAccount }: FollowUpsPanelProps) {
  const rows = useFollowUps();
  const now = useNow();
  const [moving, setMoving] = useState<FollowUpRow | null>(null);
  if (!rows) return null;
  const open = openFollowUps(rows.filter((f) => accountId === undefined || f.accountId === accountId));
  if (accountId === undefined && limit !== undefined && open.length === 0) return null;
  const shown = limit === undefined ? open : open.slice(0, limit);
  return (
    <section className="card follow-ups" aria-labelledby={`follow-ups-title${accountId ? '-account' : ''}`}>
      <h2 id={`follow-ups-title${accountId ? '-account' : ''}`}>Survey follow-ups <span className="muted">{open.length}</span></h2>
      {open.length === 0 ? <p className="muted">No open follow-up. A detractor (NPS 0–6) or a CSAT of 1–2 recorded or imported opens one here.</p> : (
        <ul className="list" aria-label="Open survey follow-ups">
          {shown.map((f) => {
            const clock = followUpClock(f, now);
            return (
              <li key={f.id}>
                <span>
                  {onOpenAccount ? <button type="button" className="link" onClick={() => onOpenAccount(f.accountId)}>{f.accountName}</button> : <strong>{f.accountName}</strong>}
                  <span className="muted"> · {f.response ? surveyLabel(f.response) : 'answer removed'} · {followUpStageLabels[f.stage]}{f.ownerName ? ` · ${f.ownerName}` : ''}</span>
                </span>
                <span className="end toolbar">
                  <span className={`badge ${clock.overdue ? 'danger' : clock.contacted ? 'ok' : 'warn'}`}>{followUpClockLabel(clock)}</span>
                  {f.rescuedBy ? <span className="badge ok">later {surveyLabel(f.rescuedBy)}</span> : null}
                  <button type="button" className="button" onClick={() => setMoving(f)} aria-label={`Move on the follow-up of ${f.accountName}`}>Move on…</button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < open.length ? <p className="muted">{open.length - shown.length} more on the Surveys screen.</p> : null}
      {moving ? <FollowUpStepDialog followUp={moving} onClose={() => setMoving(null)} /> : null}
    </section>
  );
}
